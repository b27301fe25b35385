import { realpath } from 'node:fs/promises'
import path from 'node:path'

/** The real path of `file`, or, when it does not exist (yet, or any more), its nearest existing parent's joined with the rest. */
export async function realOrPlanned(file: string): Promise<string> {
  try {
    return await realpath(file)
  } catch {
    const parent = path.dirname(file)
    return parent === file ? file : path.join(await realOrPlanned(parent), path.basename(file))
  }
}
