import { execFileSync } from 'node:child_process'
import path from 'node:path'
import { describe, expect, test } from 'vitest'
import { commands } from '../src/commands/index.js'
import { runCli } from './helpers/cli.js'
import { projectRoot, tempProject } from './helpers/project.js'

describe('commands', () => {
  test('should expose exactly these commands', () => {
    expect(commands.map((command) => command.name).sort()).toEqual(
      [
        'cache',
        'claims',
        'diff',
        'eval',
        'export',
        'extract',
        'finalize',
        'plan',
        'reduce',
        'report',
        'run',
        'schema',
        'shard',
        'timeline'
      ].sort()
    )
  })

  test('should print the JSON Schema of a record, one branch per kind', async () => {
    const { code, stdout } = await runCli(projectRoot, ['schema'])
    expect(code).toBe(0)
    const schema = JSON.parse(stdout)
    expect(schema.oneOf.map((branch: { properties: { kind: { const: string } } }) => branch.properties.kind.const)).toEqual([
      'figure',
      'date',
      'entity',
      'event'
    ])
    expect(schema.oneOf[0].required).toEqual(expect.arrayContaining(['id', 'kind', 'type', 'source', 'lang', 'span', 'quote']))
  })

  test('should extract from standard input with source "-" and the language given', async () => {
    const root = tempProject({})
    const { code, stdout } = await runCli(root, ['extract', '--lang', 'vi'], 'Năm 2024, kim ngạch đạt 850 triệu USD.')
    expect(code).toBe(0)
    const records = stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line))
    expect(records.length).toBeGreaterThan(0)
    expect(new Set(records.map((record) => `${record.source} ${record.lang}`))).toEqual(new Set(['- vi']))
  })

  test('should refuse extract in a language it does not know', async () => {
    const { code, stderr } = await runCli(projectRoot, ['extract', '--lang', 'fr'])
    expect(code).toBe(2)
    expect(stderr).toMatch(/^extract: expected --lang auto, en or vi, found fr\nusage:\n/u)
  })

  test('should run as `factline` through its bin, with help', () => {
    const help = execFileSync(process.execPath, [path.join(projectRoot, 'bin/factline.js'), '--help'], { encoding: 'utf8' })
    expect(help).toMatch(/^usage: factline <command> \[options\]/u)
    for (const command of commands) expect(help).toContain(`  ${command.name}`)
  })
})
