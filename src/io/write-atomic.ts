import { randomBytes } from 'node:crypto'
import { copyFile, mkdir, open, readdir, rename, rm } from 'node:fs/promises'
import path from 'node:path'

/** A temporary file of `writeAtomic`: `.NAME.` then 12 hex digits then `.tmp`. */
const temporaryName = /^\..+\.[0-9a-f]{12}\.tmp$/su

/**
 * Writes `content` to `target` through a temporary file in the same folder and
 * a rename, so a reader sees the old file or the new one, never half of one,
 * even if the process is killed mid-write.
 */
export async function writeAtomic(target: string, content: string | Uint8Array): Promise<void> {
  await replaceAtomic(target, async (temporary) => {
    const handle = await open(temporary, 'w')
    try {
      await handle.writeFile(content)
      await handle.sync()
    } finally {
      await handle.close()
    }
  })
}

/** Copies the file `from` to `target` as `writeAtomic` writes: a file too large to hold in memory is never read whole. */
export async function copyAtomic(from: string, target: string): Promise<void> {
  await replaceAtomic(target, async (temporary) => {
    await copyFile(from, temporary)
    const handle = await open(temporary, 'r+')
    try {
      await handle.sync()
    } finally {
      await handle.close()
    }
  })
}

/** Has `fill` write a temporary file beside `target`, then renames it to `target`. */
async function replaceAtomic(target: string, fill: (temporary: string) => Promise<void>): Promise<void> {
  await mkdir(path.dirname(target), { recursive: true })
  const temporary = path.join(path.dirname(target), `.${path.basename(target)}.${randomBytes(6).toString('hex')}.tmp`)
  try {
    await fill(temporary)
    await rename(temporary, target)
  } catch (error) {
    await rm(temporary, { force: true })
    throw error
  }
}

/**
 * Removes the temporary files a killed process left under `folder`. Only the
 * holder of the folder's lock may call it: another writer's temporary files
 * would go too.
 */
export async function removeTemporaryFiles(folder: string): Promise<string[]> {
  let entries: string[]
  try {
    entries = await readdir(folder, { recursive: true })
  } catch {
    return []
  }
  const leftovers = entries.filter((entry) => temporaryName.test(path.basename(entry)))
  await Promise.all(leftovers.map((entry) => rm(path.join(folder, entry), { force: true })))
  return leftovers
}
