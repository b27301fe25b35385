import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, test } from 'vitest'
import { manifestSpill, writeManifest, type ManifestSource } from '../src/io/manifest.js'

const folders: string[] = []
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true })
})

const head = { tool: { name: 'factline', version: '0.1.0' }, schemaVersion: '1', configHash: 'abc' }

function source(name: string, problems: ManifestSource['problems'] = []): ManifestSource {
  return {
    path: `sources/${name}`,
    sha256: 'f'.repeat(64),
    bytes: 120,
    language: name.startsWith('vi') ? 'vi' : 'en',
    skipped: problems.some((problem) => problem.fatal),
    facts: { figure: 2, date: 1, entity: 3, event: 0 },
    problems
  }
}

async function written(sources: readonly ManifestSource[], pieceChars: number, fanIn: number): Promise<string> {
  const folder = mkdtempSync(path.join(tmpdir(), 'factline-manifest-test-'))
  folders.push(folder)
  const spill = manifestSpill(pieceChars, fanIn)
  try {
    for (const one of sources) await spill.add([one])
    const file = path.join(folder, 'manifest.json')
    await writeManifest(file, head, spill.sorted())
    return readFileSync(file, 'utf8')
  } finally {
    await spill.close()
  }
}

describe('writeManifest', () => {
  const sources = [
    source('vi-hà-nội.txt'),
    source('b.txt', [{ ruleId: 'long-line', source: 'segment', reason: 'Line 3 is\nlong', place: '3:1', fatal: false }]),
    source('a.txt', [{ ruleId: 'empty', source: 'read', reason: 'Empty "file"', place: '', fatal: true }]),
    source('sub/c.md')
  ]

  test.each([
    [1, 64],
    [1, 2],
    [1 << 30, 64]
  ])(
    'should write the bytes JSON.stringify gives the manifest with its sources sorted by path, set aside in pieces of %i characters merged %i at a time',
    async (pieceChars, fanIn) => {
      const sorted = [...sources].sort((a, b) => (a.path < b.path ? -1 : 1))
      expect(await written(sources, pieceChars, fanIn)).toBe(`${JSON.stringify({ ...head, sources: sorted }, null, 2)}\n`)
    }
  )

  test('should write an empty list of sources as JSON.stringify does', async () => {
    expect(await written([], 1, 64)).toBe(`${JSON.stringify({ ...head, sources: [] }, null, 2)}\n`)
  })
})
