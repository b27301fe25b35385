import { createWriteStream } from 'node:fs'
import { open } from 'node:fs/promises'
import { once } from 'node:events'
import { finished } from 'node:stream/promises'
import { withPath } from '../errors.js'

/** The lines of a UTF-8 file, without their newlines, read a piece at a time: memory holds one piece, not the file. */
export async function* readLines(file: string, pieceBytes = 1 << 16): AsyncGenerator<string> {
  const handle = await open(file, 'r')
  try {
    const piece = Buffer.allocUnsafe(pieceBytes)
    let rest = Buffer.alloc(0)
    for (;;) {
      const { bytesRead } = await handle.read(piece, 0, pieceBytes, null)
      if (bytesRead === 0) break
      const bytes = rest.length > 0 ? Buffer.concat([rest, piece.subarray(0, bytesRead)]) : piece.subarray(0, bytesRead)
      let start = 0
      // A newline byte never occurs inside a UTF-8 sequence, so cutting the bytes there never splits a character.
      for (let newline = bytes.indexOf(0x0a); newline !== -1; newline = bytes.indexOf(0x0a, start)) {
        yield bytes.toString('utf8', start, newline)
        start = newline + 1
      }
      // Copied: the piece is read into again.
      rest = Buffer.from(bytes.subarray(start))
    }
    if (rest.length > 0) yield rest.toString('utf8')
  } finally {
    await handle.close()
  }
}

export interface TextWriter {
  /** Resolves when the text may be followed by more without piling up in memory. */
  readonly write: (text: string) => Promise<void>
  readonly close: () => Promise<void>
}

/**
 * Writes text to a new file through a stream, waiting whenever the stream
 * holds as much as it should. A failed write (a full disk) rejects the next
 * call, with the file named, instead of escaping as an unhandled event.
 */
export function textWriter(file: string): TextWriter {
  const stream = createWriteStream(file)
  let failed: Error | undefined
  stream.on('error', (error) => (failed ??= withPath(error, file)))
  const check = () => {
    if (failed !== undefined) throw failed
  }
  return {
    async write(text) {
      check()
      if (!stream.write(text)) {
        // Whichever comes first ends both waits: a wait left behind would hold its listeners until the stream closes.
        const waits = new AbortController()
        await Promise.race([once(stream, 'drain', waits), once(stream, 'close', waits)]).catch(() => undefined)
        waits.abort()
      }
      check()
    },
    async close() {
      check()
      stream.end()
      await finished(stream).catch((error: unknown) => {
        throw withPath(error, file)
      })
    }
  }
}
