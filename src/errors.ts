import path from 'node:path'
import { EvalInputError } from './eval/input-error.js'

/**
 * A mistake of the person at the command line (a folder that does not exist,
 * an output that is a file, sources inside the output): one line that names
 * the file and says what to do, exit 2, no stack trace.
 */
export class UsageError extends Error {
  override readonly name = 'UsageError'
}

/**
 * A step of a sharded run that cannot run its plan as it is (a shard missing
 * or unfinished, a source changed since the plan): one line, exit 3, which
 * tells a batch engine that running it again as it is would not mend it.
 */
export class StepError extends Error {
  override readonly name = 'StepError'
}

/** What a system error of the file system means to a person, and whether it is theirs to fix (exit 2) or a fault (exit 1). */
const systemErrors: Readonly<Record<string, { readonly means: string; readonly fix: string; readonly exitCode: 1 | 2 }>> = {
  ENOSPC: { means: 'no space left on device', fix: 'free some space and run again', exitCode: 1 },
  EDQUOT: { means: 'disk quota exceeded', fix: 'free some space and run again', exitCode: 1 },
  EIO: { means: 'input/output error', fix: 'check the disk and run again', exitCode: 1 },
  EACCES: { means: 'permission denied', fix: 'make it writable, or choose another folder', exitCode: 2 },
  EPERM: { means: 'operation not permitted', fix: 'make it writable, or choose another folder', exitCode: 2 },
  EROFS: { means: 'read-only file system', fix: 'choose a folder on a writable disk', exitCode: 2 },
  ENOENT: { means: 'no such file or folder', fix: 'check the path', exitCode: 2 },
  ENOTDIR: { means: 'a file stands where a folder is expected', fix: 'check the path', exitCode: 2 },
  EISDIR: { means: 'a folder stands where a file is expected', fix: 'check the path', exitCode: 2 },
  ENAMETOOLONG: { means: 'name too long', fix: 'use a shorter path', exitCode: 2 }
}

export interface SystemErrorInfo {
  readonly code: string
  /** The file the error is about, as given to the call that failed; empty when unknown. */
  readonly path: string
  readonly means: string
  readonly fix: string
  readonly exitCode: 1 | 2
}

/** What a file-system error says, when it is one this module can explain. */
export function systemErrorInfo(error: unknown): SystemErrorInfo | undefined {
  if (!(error instanceof Error) || !('code' in error) || typeof error.code !== 'string') return undefined
  const known = systemErrors[error.code]
  if (!known) return undefined
  const file = 'path' in error && typeof error.path === 'string' ? error.path : ''
  return { code: error.code, path: file, ...known }
}

/** Gives a file-system error the path it is about when the call that failed did not say (a write on an open file). */
export function withPath<E>(error: E, file: string): E {
  if (error instanceof Error && 'code' in error && !('path' in error && error.path)) Object.assign(error, { path: file })
  return error
}

/** One line for an error a person can act on, and its exit code; undefined for a bug, whose stack trace is worth seeing. */
export function describeFailure(command: string, error: unknown, cwd: string): { line: string; exitCode: number } | undefined {
  if (error instanceof UsageError) return { line: `${command}: ${error.message}`, exitCode: 2 }
  if (error instanceof StepError) return { line: `${command}: ${error.message}`, exitCode: 3 }
  if (error instanceof FaultError) return { line: error.message, exitCode: error.exitCode }
  if (error instanceof EvalInputError) return { line: `${command}: ${error.message}`, exitCode: 2 }
  const info = systemErrorInfo(error)
  if (!info) return undefined
  const where = info.path ? ` ${shown(info.path, cwd)}` : ''
  return { line: `${command}: ${info.means}:${where || ' (no file named)'}; ${info.fix}`, exitCode: info.exitCode }
}

/** A path as a person typed it: relative to the current folder when inside it. */
export function shown(file: string, cwd: string): string {
  const relative = path.relative(cwd, file)
  return relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative.split(path.sep).join('/') : file
}

/** A command that could not finish for a reason it can say in a line (a full disk, a cache changed under it): the line, and exit 1 unless told. */
export class FaultError extends Error {
  override readonly name = 'FaultError'
  constructor(
    message: string,
    readonly exitCode: 1 | 2 = 1
  ) {
    super(message)
  }
}
