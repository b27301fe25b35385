/**
 * Where a run reads and writes: one `source` whatever the invocation, distinct
 * outputs for several folders, nothing deleted or written that is not the
 * dataset's, and names too long for a temporary file.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, test } from 'vitest'
import { runCli } from './helpers/cli.js'
import { tempProject } from './helpers/project.js'

const english = 'Trade between them touched $850 million in 2024, up 9 percent.\n'
const other = 'Exports to Japan fell to $3 billion in 2019 after the talks.\n'

function sourcesOf(file: string): string[] {
  return [
    ...new Set(
      readFileSync(file, 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((line) => (JSON.parse(line) as { source: string }).source)
    )
  ]
}

describe('the source of a record', () => {
  test('should be the same whether the folder is the configured one or given, so a diff of the two runs is empty', async () => {
    const root = tempProject({ 'a.txt': english, 'sub/b.md': other })
    expect((await runCli(root, ['run'])).code).toBe(0)
    expect((await runCli(root, ['run', 'sources', '--out', 'elsewhere'])).code).toBe(0)
    expect(sourcesOf(path.join(root, 'elsewhere', 'a.txt.facts.jsonl'))).toEqual(['sources/a.txt'])
    expect(readFileSync(path.join(root, 'elsewhere', 'sub', 'b.md.facts.jsonl'), 'utf8')).toBe(
      readFileSync(path.join(root, 'output', 'sub', 'b.md.facts.jsonl'), 'utf8')
    )
    const diff = await runCli(root, ['diff', 'output', 'elsewhere'])
    expect(diff.code).toBe(0)
  })

  test('should be relative to the folder given when it is outside the project', async () => {
    const root = tempProject({})
    const outside = mkdtempSync(path.join(tmpdir(), 'factline-outside-'))
    mkdirSync(path.join(outside, 'x'))
    writeFileSync(path.join(outside, 'x', 'a.txt'), english)
    expect((await runCli(root, ['run', outside, '--out', 'out'])).code).toBe(0)
    expect(sourcesOf(path.join(root, 'out', 'x', 'a.txt.facts.jsonl'))).toEqual(['x/a.txt'])
  })
})

describe('several folders in one run', () => {
  test('should refuse two sources that would write one output, naming both, and write nothing', async () => {
    const root = tempProject({ 'd1/a.txt': english, 'd2/a.txt': other })
    const result = await runCli(root, ['run', 'sources/d1', 'sources/d2', '--out', 'out'])
    expect(result.code).toBe(2)
    expect(result.stderr).toContain('sources/d1/a.txt')
    expect(result.stderr).toContain('sources/d2/a.txt')
    expect(existsSync(path.join(root, 'out'))).toBe(false)
  })

  test('should write the sources of folders that do not collide, each once in the manifest, and be up to date at once', async () => {
    const root = tempProject({ 'd1/a.txt': english, 'd2/b.txt': other })
    expect((await runCli(root, ['run', 'sources/d1', 'sources/d2', '--out', 'out'])).code).toBe(0)
    const manifest = JSON.parse(readFileSync(path.join(root, 'out', 'manifest.json'), 'utf8'))
    expect(manifest.sources.map((source: { path: string }) => source.path)).toEqual(['sources/d1/a.txt', 'sources/d2/b.txt'])
    expect((await runCli(root, ['run', 'sources/d1', 'sources/d2', '--out', 'out', '--check'])).code).toBe(0)
  })

  test('should refuse a folder inside another one given', async () => {
    const root = tempProject({ 'd1/sub/a.txt': english })
    const result = await runCli(root, ['run', 'sources/d1', 'sources/d1/sub', '--out', 'out'])
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(/sources\/d1\/sub.*inside.*sources\/d1/u)
  })
})

describe('the output folder', () => {
  test('should be refused when it holds the sources or lies inside them', async () => {
    const root = tempProject({ 'a.txt': english })
    writeFileSync(path.join(root, 'sources', 'notes.txt.facts.jsonl'), 'my notes\n')
    mkdirSync(path.join(root, 'other'))
    writeFileSync(path.join(root, 'other', 'x.facts.jsonl'), 'kept\n')
    for (const out of ['.', 'sources', 'sources/out']) {
      const result = await runCli(root, ['run', '--out', out])
      expect(result.code, out).toBe(2)
      expect(result.stderr, out).toMatch(/sources/u)
    }
    expect(readFileSync(path.join(root, 'sources', 'notes.txt.facts.jsonl'), 'utf8')).toBe('my notes\n')
    expect(readFileSync(path.join(root, 'other', 'x.facts.jsonl'), 'utf8')).toBe('kept\n')
    expect(existsSync(path.join(root, 'sources', 'out'))).toBe(false)
  })

  test('should delete only the outputs its manifest lists, never a file of the user', async () => {
    const root = tempProject({ 'a.txt': english, 'b.txt': other })
    await runCli(root, ['run'])
    writeFileSync(path.join(root, 'output', 'mine.facts.jsonl'), 'mine\n')
    rmSync(path.join(root, 'sources', 'b.txt'))
    expect((await runCli(root, ['run'])).code).toBe(0)
    expect(existsSync(path.join(root, 'output', 'b.txt.facts.jsonl'))).toBe(false)
    expect(readFileSync(path.join(root, 'output', 'mine.facts.jsonl'), 'utf8')).toBe('mine\n')
  })

  test('should never write or delete through a symbolic link to a folder outside it', async () => {
    const root = tempProject({ 'sub/a.txt': english, 'b.txt': other })
    const outside = mkdtempSync(path.join(tmpdir(), 'factline-outside-'))
    writeFileSync(path.join(outside, 'a.txt.facts.jsonl'), 'not the dataset\n')
    mkdirSync(path.join(root, 'output'))
    symlinkSync(outside, path.join(root, 'output', 'sub'))
    const result = await runCli(root, ['run'])
    expect(result.code).toBe(1)
    expect(result.stderr).toContain('write/outside-output')
    expect(readdirSync(outside)).toEqual(['a.txt.facts.jsonl'])
    expect(readFileSync(path.join(outside, 'a.txt.facts.jsonl'), 'utf8')).toBe('not the dataset\n')
    expect(existsSync(path.join(root, 'output', 'b.txt.facts.jsonl'))).toBe(true)
  })
})

describe('a name too long for a temporary file', () => {
  test('should be written when the output name fits, and be a per-file error when it does not, on every run', async () => {
    const fits = `${'n'.repeat(228)}.txt`
    const tooLong = `${'l'.repeat(246)}.txt`
    const root = tempProject({ [fits]: english, [tooLong]: english, 'b.txt': other })
    for (let round = 0; round < 2; round++) {
      const result = await runCli(root, ['run'])
      expect(result.code).toBe(1)
      expect(result.stderr).toContain('write/name-too-long')
      expect(existsSync(path.join(root, 'output', `${fits}.facts.jsonl`))).toBe(true)
      expect(existsSync(path.join(root, 'output', 'b.txt.facts.jsonl'))).toBe(true)
    }
  })
})
