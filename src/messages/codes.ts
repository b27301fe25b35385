/**
 * Every message factline emits: a code (the `ruleId`), whether it stops the
 * file, and its reason in the form "Unexpected …, expected …". The README has
 * a section per code; `url` points at it.
 */
export const codes = {
  'read/empty': { fatal: true, reason: 'Unexpected empty file, expected text' },
  'read/binary': { fatal: true, reason: 'Unexpected binary content (NUL or control bytes), expected text' },
  'read/utf16': { fatal: true, reason: 'Unexpected UTF-16 text, expected UTF-8' },
  'read/not-utf8': { fatal: true, reason: 'Unexpected byte sequence that is not UTF-8, expected UTF-8 text' },
  'read/too-large': { fatal: true, reason: 'Unexpected file larger than the configured limit, expected at most `limits.maxFileBytes`' },
  'read/unreadable': { fatal: true, reason: 'Unexpected error reading the file, expected a readable file' },
  'walk/outside-root': { fatal: true, reason: 'Unexpected link to a path outside the sources folder, expected a file inside it' },
  'walk/loop': { fatal: true, reason: 'Unexpected symbolic link loop, expected a file' },
  'walk/not-a-file': { fatal: true, reason: 'Unexpected pipe, socket or device, expected a regular file' },
  'walk/unreadable': { fatal: true, reason: 'Unexpected error listing a folder, expected a readable folder' },
  'segment/long-line': {
    fatal: false,
    reason: 'Unexpected line longer than `limits.maxLineLength`, expected shorter lines: it was read in pieces'
  },
  'extract/truncated': {
    fatal: false,
    reason: 'Unexpected number of candidate readings, expected fewer: matching stopped early in this block'
  },
  'extract/too-many-facts': {
    fatal: false,
    reason: 'Unexpected number of facts, expected at most `limits.maxFactsPerFile`: the rest were dropped and the file read no further'
  },
  'extract/unsettled-currency': {
    fatal: false,
    reason:
      'Unexpected currency sign that several currencies share, expected a country named in the text to choose one: the amount has no unit'
  },
  'extract/failed': { fatal: true, reason: 'Unexpected error in an extractor, expected facts or none' },
  'schema/invalid': { fatal: true, reason: 'Unexpected record that does not validate, expected a record of the schema' },
  'write/outside-output': {
    fatal: true,
    reason: 'Unexpected output path outside the output folder (through a symbolic link or a file), expected a folder inside it'
  },
  'write/name-too-long': {
    fatal: true,
    reason: 'Unexpected output name longer than 255 bytes, expected a name the file system takes: rename the source'
  },
  'lang/unsupported': {
    fatal: true,
    reason: 'Unexpected text in a language factline does not read, expected English or Vietnamese'
  }
} as const satisfies Record<string, { fatal: boolean; reason: string }>

export type Code = keyof typeof codes

/** Codes of messages that say facts of the file were dropped: the run exits 1, as for an error. */
const droppingCodes: ReadonlySet<string> = new Set<Code>(['extract/truncated', 'extract/too-many-facts'])

export function dropsFacts(ruleId: string): boolean {
  return droppingCodes.has(ruleId)
}

export const messageSource = 'factline'

export function codeUrl(code: Code): string {
  return `https://github.com/factline/factline#${code.replace('/', '')}`
}
