/**
 * The output folder's lock on a file system without hard links (FAT, some
 * network shares): it is created, then its pid written, and still turns a
 * second run away.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, test, vi } from 'vitest'
import { acquireLock, LockError, lockName } from '../src/io/lock.js'

vi.mock('node:fs/promises', async (original) => ({
  ...(await original<typeof import('node:fs/promises')>()),
  link: () => Promise.reject(Object.assign(new Error('operation not permitted'), { code: 'EPERM' }))
}))

describe('the lock where hard links fail', () => {
  test('should be taken with the pid in it, refuse a second holder, and leave no file of its own behind', async () => {
    const out = mkdtempSync(path.join(tmpdir(), 'factline-lock-'))
    const lock = await acquireLock(out)
    expect(readFileSync(path.join(out, lockName), 'utf8')).toBe(String(process.pid))
    await expect(acquireLock(out)).rejects.toBeInstanceOf(LockError)
    await lock.release()
    expect(existsSync(path.join(out, lockName))).toBe(false)
    expect(readdirSync(out)).toEqual([])
    rmSync(out, { recursive: true, force: true })
  })
})
