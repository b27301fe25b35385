import type { Point, Position } from 'unist'
import { VFile } from 'vfile'
import type { ClaimInput } from '../claims/input.js'
import type { ManifestSource } from '../io/manifest.js'

/** One source to process, as sent to a worker: plain data only. */
export interface SourceTask {
  /** Absolute path to read. */
  readonly path: string
  /** `source` of its records. */
  readonly sourcePath: string
  /** Its bytes, read once: hashed for the cache and extracted, so both see the same text. */
  readonly bytes: Uint8Array
}

/** A message as it crosses threads and the cache. */
export interface PlainMessage {
  readonly reason: string
  readonly place: Point | Position | undefined
  readonly ruleId: string | undefined
  readonly source: string | undefined
  readonly fatal: boolean | undefined
  readonly url: string | undefined
  readonly note: string | undefined
}

/** What processing one source gives: plain data, so it can be cached and sent between threads. */
export interface SourceResult {
  readonly sourcePath: string
  /** The JSON lines, or `undefined` when the source was skipped. */
  readonly output: string | undefined
  readonly manifest: ManifestSource
  readonly messages: readonly PlainMessage[]
  /** What claims need of its records: the batch merges them without parsing the output back. */
  readonly claimInputs: readonly ClaimInput[]
}

export function toPlainMessages(file: VFile): PlainMessage[] {
  return file.messages.map((message) => ({
    reason: message.reason,
    place: message.place ?? undefined,
    ruleId: message.ruleId ?? undefined,
    source: message.source ?? undefined,
    fatal: message.fatal ?? undefined,
    url: message.url ?? undefined,
    note: message.note ?? undefined
  }))
}

/** A VFile carrying the messages of a result, for vfile-reporter. */
export function toReportFile(path: string, messages: readonly PlainMessage[]): VFile {
  const file = new VFile({ path })
  for (const plain of messages) {
    const message = file.message(plain.reason, {
      ...(plain.place ? { place: plain.place } : {}),
      ...(plain.ruleId ? { ruleId: plain.ruleId } : {}),
      ...(plain.source ? { source: plain.source } : {})
    })
    message.fatal = plain.fatal
    if (plain.url) message.url = plain.url
    if (plain.note) message.note = plain.note
  }
  return file
}
