/**
 * The command runs the JavaScript built from src/, and never a build older
 * than src/: in a copy of the checkout, an edit of a module is rebuilt by the
 * next command, which says so, and runs the edited code.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, expect, test } from 'vitest'
import { spawnCli } from './helpers/cli.js'
import { projectRoot } from './helpers/project.js'

const copy = mkdtempSync(path.join(tmpdir(), 'factline-build-'))
afterAll(() => rmSync(copy, { recursive: true, force: true }))

test('should rebuild dist/ when src/ changed since it was built, and only then', async () => {
  for (const entry of ['bin', 'src', 'package.json', 'tsconfig.json'])
    cpSync(path.join(projectRoot, entry), path.join(copy, entry), { recursive: true })
  symlinkSync(path.join(projectRoot, 'node_modules'), path.join(copy, 'node_modules'))
  const bin = path.join(copy, 'bin', 'factline.js')
  const version = (JSON.parse(readFileSync(path.join(projectRoot, 'package.json'), 'utf8')) as { version: string }).version
  const first = await spawnCli(copy, ['--version'], { bin })
  expect(first).toEqual({ code: 0, stdout: `${version}\n`, stderr: 'factline: src/ changed since dist/ was built; rebuilding\n' })
  expect(await spawnCli(copy, ['--version'], { bin })).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' })
  // An edit of the sources, and a new module: the next command runs it and builds that.
  const cli = path.join(copy, 'src', 'cli.ts')
  writeFileSync(
    cli,
    readFileSync(cli, 'utf8').replace('io.stdout.write(`${toolVersion}\\n`)', 'io.stdout.write(`${toolVersion} (edited)\\n`)')
  )
  writeFileSync(path.join(copy, 'src', 'extra.ts'), 'export const extra = 1\n')
  const edited = await spawnCli(copy, ['--version'], { bin })
  expect(edited).toEqual({ code: 0, stdout: `${version} (edited)\n`, stderr: 'factline: src/ changed since dist/ was built; rebuilding\n' })
  expect(readFileSync(path.join(copy, 'dist', 'extra.js'), 'utf8')).toContain('extra = 1')
  // A module removed from src/ is gone from dist/ too.
  rmSync(path.join(copy, 'src', 'extra.ts'))
  expect((await spawnCli(copy, ['--version'], { bin })).stderr).toBe('factline: src/ changed since dist/ was built; rebuilding\n')
  expect(() => readFileSync(path.join(copy, 'dist', 'extra.js'))).toThrow()
}, 120_000)
