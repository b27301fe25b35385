import type { Point, Position } from 'unist'
import type { VFile } from 'vfile'
import type { VFileMessage } from 'vfile-message'
import { codeUrl, codes, messageSource, type Code } from './codes.js'

/** Where a message points: a point, or a span as a start and an end point. */
export type Place = Point | Position

export interface MessageDetails {
  readonly place?: Place
  /** What was found, for the reporter and the manifest. */
  readonly actual?: string
  readonly note?: string
  readonly cause?: unknown
}

/**
 * Emits a message of `code` on `file`, stamped with its `ruleId`, `source`,
 * `url` and fatality, as unified-lint-rule stamps lint messages. Never throws:
 * a fatal message marks the file as failed and the batch goes on.
 */
export function report(file: VFile, code: Code, details: MessageDetails = {}): VFileMessage {
  const { fatal, reason } = codes[code]
  const message = file.message(details.actual ? `${reason} (found ${details.actual})` : reason, {
    ...(details.place ? { place: details.place } : {}),
    ruleId: code,
    source: messageSource,
    ...(details.cause instanceof Error ? { cause: details.cause } : {})
  })
  message.fatal = fatal ? true : false
  message.url = codeUrl(code)
  if (details.actual) message.actual = details.actual
  if (details.note) message.note = details.note
  return message
}

export function hasFatal(file: VFile): boolean {
  return file.messages.some((message) => message.fatal === true)
}
