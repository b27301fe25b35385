import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, test } from 'vitest'
import { staging } from '../src/io/staging.js'
import { removePendingSync, removeTemporaryFiles } from '../src/io/write-atomic.js'

let root: string
let out: string

beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), 'factline-staging-test-'))
  out = path.join(root, 'out')
  mkdirSync(out)
})
afterEach(() => rmSync(root, { recursive: true, force: true }))

/** Every file under `folder`, relative, sorted. */
function filesUnder(folder: string): string[] {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(folder, path.join(entry.parentPath, entry.name)))
    .sort()
}

describe('staging the files of a dataset', () => {
  test('should keep the names it staged on disk, in a journal, not in a list that grows with the batch', async () => {
    const staged = staging(out)
    const names = ['a.facts.jsonl', 'folder/b.facts.jsonl', 'line\nbreak.facts.jsonl']
    for (const name of names) await staged.write(name, `content of ${name}`)
    const journal = filesUnder(out).find((name) => name.startsWith('.staged.'))
    const lines = readFileSync(path.join(out, journal!), 'utf8').trimEnd().split('\n')
    expect(lines.map((line) => JSON.parse(line) as string)).toEqual(names)
    await staged.close()
  })

  test('should put every file in place on commit, the last one after the others and after what runs before it', async () => {
    writeFileSync(path.join(out, 'stale.facts.jsonl'), 'gone')
    const source = path.join(root, 'copied')
    writeFileSync(source, 'a copy')
    const staged = staging(out)
    await staged.write('a.facts.jsonl', 'new a')
    await staged.copy('manifest.json', source)
    await staged.write('b/c.facts.jsonl', 'new c')
    const seenBefore: string[][] = []
    await staged.commit('manifest.json', async () => {
      seenBefore.push(filesUnder(out).filter((name) => !name.endsWith('.tmp')))
      rmSync(path.join(out, 'stale.facts.jsonl'))
    })
    expect(seenBefore).toEqual([['a.facts.jsonl', 'b/c.facts.jsonl', 'stale.facts.jsonl']])
    expect(filesUnder(out).filter((name) => !name.endsWith('.tmp'))).toEqual(['a.facts.jsonl', 'b/c.facts.jsonl', 'manifest.json'])
    expect(readFileSync(path.join(out, 'manifest.json'), 'utf8')).toBe('a copy')
    await staged.close()
    expect(filesUnder(out)).toEqual(['a.facts.jsonl', 'b/c.facts.jsonl', 'manifest.json'])
  })

  test('should leave the dataset as it was when closed without a commit', async () => {
    writeFileSync(path.join(out, 'a.facts.jsonl'), 'old a')
    const staged = staging(out)
    await staged.write('a.facts.jsonl', 'new a')
    await staged.write('b.facts.jsonl', 'new b')
    expect(filesUnder(out).filter((name) => !name.startsWith('.staged.'))).toHaveLength(3)
    await staged.close()
    expect(filesUnder(out)).toEqual(['a.facts.jsonl'])
    expect(readFileSync(path.join(out, 'a.facts.jsonl'), 'utf8')).toBe('old a')
  })

  test('should have the staged files removed by a process ending on a signal', async () => {
    const staged = staging(out)
    await staged.write('a.facts.jsonl', 'new a')
    await staged.write('folder/b.facts.jsonl', 'new b')
    removePendingSync()
    expect(filesUnder(out)).toEqual([])
    await staged.close()
  })

  test('should leave nothing, journal included, that the next run does not remove when the process is killed', async () => {
    writeFileSync(path.join(out, 'a.facts.jsonl'), 'old a')
    const staged = staging(out)
    await staged.write('a.facts.jsonl', 'new a')
    await staged.write('folder/b.facts.jsonl', 'new b')
    // What a process killed without a chance to clean up leaves, and a later run's lock holder finds.
    await removeTemporaryFiles(out)
    expect(filesUnder(out)).toEqual(['a.facts.jsonl'])
    // This process's own handler, which a killed one never ran, finds nothing left to remove.
    removePendingSync()
    await staged.close()
    expect(filesUnder(out)).toEqual(['a.facts.jsonl'])
  })

  test('should name the target when a file cannot be staged, and leave no temporary file', async () => {
    const staged = staging(out)
    await expect(staged.copy('a.facts.jsonl', path.join(root, 'missing'))).rejects.toThrow('a.facts.jsonl')
    await staged.close()
    expect(filesUnder(out)).toEqual([])
  })
})
