import type { VFile } from 'vfile'
import { reporter } from 'vfile-reporter'

/** Prints the messages of the files that have any, as vfile-reporter lays them out. */
export function printMessages(files: readonly VFile[], stream: NodeJS.WritableStream, color: boolean): void {
  const withMessages = files.filter((file) => file.messages.length > 0)
  if (withMessages.length === 0) return
  stream.write(`${reporter(withMessages, { quiet: true, color })}\n`)
}
