import { open, stat } from 'node:fs/promises'

/** Whether two files hold the same bytes, read a piece of each at a time; false when either cannot be read. */
export async function sameFiles(a: string, b: string, pieceBytes = 1 << 20): Promise<boolean> {
  try {
    if ((await stat(a)).size !== (await stat(b)).size) return false
    const first = await open(a, 'r')
    const second = await open(b, 'r').catch(async (error: unknown) => {
      await first.close()
      throw error
    })
    try {
      const pieces = [Buffer.allocUnsafe(pieceBytes), Buffer.allocUnsafe(pieceBytes)] as const
      for (;;) {
        const [one, two] = await Promise.all([first.read(pieces[0], 0, pieceBytes, null), second.read(pieces[1], 0, pieceBytes, null)])
        if (one.bytesRead !== two.bytesRead) return false
        if (one.bytesRead === 0) return true
        if (!pieces[0].subarray(0, one.bytesRead).equals(pieces[1].subarray(0, two.bytesRead))) return false
      }
    } finally {
      await Promise.all([first.close(), second.close()])
    }
  } catch {
    return false
  }
}
