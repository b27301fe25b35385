/**
 * Mistakes people make at the command line, run as they would run them: each
 * gets one line that names the file and says what to do, exit 2, and never a
 * stack trace; a reader that closes the pipe early ends the command quietly.
 */
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, test } from 'vitest'
import { runBin, type BinResult } from './helpers/bin.js'
import { projectRoot, tempProject } from './helpers/project.js'

const english = 'Trade between them touched $850 million in 2024, up 9 percent.\n'

/** One line on stderr holding each of `words`, exit 2, no stack trace. */
function expectOneLine(result: BinResult, ...words: string[]): void {
  const lines = result.stderr.trimEnd().split('\n')
  expect(lines, result.stderr).toHaveLength(1)
  expect(result.stderr).not.toMatch(/^\s+at /mu)
  for (const word of words) expect(result.stderr).toContain(word)
  expect(result.code, result.stderr).toBe(2)
}

describe('a mistake at the command line', () => {
  test('should name a missing sources folder, and create no output folder', async () => {
    const root = tempProject({})
    expectOneLine(await runBin(root, ['run', 'nosuch', '--out', 'made']), 'nosuch')
    expect(existsSync(path.join(root, 'made'))).toBe(false)
  }, 30_000)

  test('should name an output that is a file', async () => {
    const root = tempProject({ 'a.txt': english })
    writeFileSync(path.join(root, 'afile'), 'x')
    expectOneLine(await runBin(root, ['run', '--out', 'afile']), 'afile')
    expect(readFileSync(path.join(root, 'afile'), 'utf8')).toBe('x')
  }, 30_000)

  test('should name a config that does not parse or that throws', async () => {
    const root = tempProject({ 'a.txt': english })
    writeFileSync(path.join(root, 'pipeline.config.ts'), 'export default { sources: "sources",, }\n')
    expectOneLine(await runBin(root, ['run']), 'pipeline.config.ts')
    writeFileSync(path.join(root, 'pipeline.config.ts'), 'throw new Error("no config today")\n')
    expectOneLine(await runBin(root, ['run']), 'pipeline.config.ts', 'no config today')
  }, 30_000)

  test('should name a gold file that is a folder', async () => {
    const root = tempProject({})
    mkdirSync(path.join(root, 'gold', 'x.gold.jsonl'), { recursive: true })
    mkdirSync(path.join(root, 'output'))
    expectOneLine(await runBin(root, ['eval', '--gold', 'gold']), 'x.gold.jsonl')
  }, 30_000)

  test('should name the line of a broken claims file, for claims and for report', async () => {
    const root = tempProject({})
    mkdirSync(path.join(root, 'output'))
    writeFileSync(path.join(root, 'output', 'claims.jsonl'), '{"id":"c1"\n')
    expectOneLine(await runBin(root, ['claims']), 'claims.jsonl:1')
    expectOneLine(await runBin(root, ['report']), 'claims.jsonl:1')
  }, 30_000)

  test('should name an output folder it may not write', async () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'factline-readonly-'))
    const mounted = spawnSync('mount', ['-t', 'tmpfs', '-o', 'ro,size=1m', 'tmpfs', folder])
    if (mounted.status !== 0) {
      console.info('read-only output not tested: cannot mount a read-only tmpfs here')
      return
    }
    try {
      const root = tempProject({ 'a.txt': english })
      expectOneLine(await runBin(root, ['run', '--out', path.join(folder, 'output')]), path.join(folder, 'output'))
    } finally {
      spawnSync('umount', [folder])
      rmSync(folder, { recursive: true, force: true })
    }
  }, 30_000)
})

describe('a closed pipe', () => {
  test('should end `claims --all | head -1` quietly', () => {
    const root = tempProject({})
    mkdirSync(path.join(root, 'output'))
    const claims = readFileSync(path.join(projectRoot, 'output', 'claims.jsonl'), 'utf8')
    writeFileSync(path.join(root, 'output', 'claims.jsonl'), claims.repeat(20))
    const bin = path.join(projectRoot, 'bin', 'factline.js')
    const shell = spawnSync('bash', ['-c', `set -o pipefail; node ${JSON.stringify(bin)} claims --all | head -1`], {
      cwd: root,
      encoding: 'utf8'
    })
    expect(shell.stdout.split('\n')).toHaveLength(2)
    expect(shell.stderr).not.toMatch(/EPIPE|Error|^\s+at /mu)
    expect(shell.status).toBe(0)
  }, 30_000)
})
