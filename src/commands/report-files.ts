import type { VFile } from 'vfile'

/**
 * Prints the messages of the files that have any, as vfile-reporter lays them out. The reporter (and
 * the colour support it brings) is loaded only when there is a message to print: most starts have none.
 */
export async function printMessages(files: readonly VFile[], stream: NodeJS.WritableStream, color: boolean): Promise<void> {
  const withMessages = files.filter((file) => file.messages.length > 0)
  if (withMessages.length === 0) return
  const { reporter } = await import('vfile-reporter')
  stream.write(`${reporter(withMessages, { quiet: true, color })}\n`)
}
