import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, test } from 'vitest'
import type { ClaimInput } from '../src/claims/input.js'
import type { ManifestSource } from '../src/io/manifest.js'
import { resultCache } from '../src/run/cache.js'
import type { SourceResult } from '../src/run/task.js'

const folders: string[] = []
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true })
})

function cacheIn(): { folder: string; cache: ReturnType<typeof resultCache> } {
  const folder = mkdtempSync(path.join(tmpdir(), 'factline-cache-'))
  folders.push(folder)
  return { folder, cache: resultCache(folder, 'config', 'fingerprint') }
}

const result: SourceResult = {
  sourcePath: 'sources/a.txt',
  output: '{"quote":"850 triệu USD"}\n{"quote":"Hà Nội"}\n',
  manifest: { source: 'sources/a.txt' } as unknown as ManifestSource,
  messages: [],
  claimInputs: [{ kind: 'figure', about: 'trade' }] as unknown as ClaimInput[]
}

function entryFile(folder: string): string {
  const [shard] = readdirSync(folder)
  const [entry] = readdirSync(path.join(folder, shard!))
  return path.join(folder, shard!, entry!)
}

describe('resultCache', () => {
  test('should give back the output as its UTF-8 bytes and the claim inputs when asked', async () => {
    const { cache } = cacheIn()
    const key = cache.key(Buffer.from('source text'), 'sources/a.txt')
    await cache.set(key, result)
    const found = await cache.get(key)
    expect(found?.output.toString('utf8')).toBe(result.output)
    expect(found?.manifest).toEqual(result.manifest)
    expect(await cache.claimInputs(key, found!.claimsAt)).toEqual(result.claimInputs)
  })

  test('should not read an entry cut short or broken as a result', async () => {
    const { folder, cache } = cacheIn()
    const key = cache.key(Buffer.from('source text'), 'sources/a.txt')
    await cache.set(key, result)
    const file = entryFile(folder)
    const whole = readFileSync(file)
    writeFileSync(file, whole.subarray(0, whole.indexOf(0x0a) + 5))
    expect(await cache.get(key)).toBeUndefined()
    writeFileSync(file, whole.subarray(0, 10))
    expect(await cache.get(key)).toBeUndefined()
  })

  test('should miss a key it never stored', async () => {
    const { cache } = cacheIn()
    expect(await cache.get(cache.key(Buffer.from('other'), 'sources/b.txt'))).toBeUndefined()
  })
})
