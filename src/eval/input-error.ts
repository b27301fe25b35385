/**
 * Bad input to the scoring: a missing folder, a gold line that does not
 * validate, a dataset record that is not a record. The message starts with
 * `file:line` when there is one; the command prints it and exits 2.
 */
export class EvalInputError extends Error {
  override readonly name = 'EvalInputError'
}

/** `file:line: reason`, the place every input problem is reported at. */
export function inputError(file: string, line: number | undefined, reason: string): EvalInputError {
  return new EvalInputError(`${line === undefined ? file : `${file}:${line}`}: ${reason}`)
}
