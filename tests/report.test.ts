import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { ElementContent } from 'hast'
import { describe, expect, test } from 'vitest'
import { claimsFileName, serializeClaims } from '../src/claims/serialize.js'
import type { Claim } from '../src/claims/types.js'
import { reportCommand } from '../src/commands/report.js'
import { markText, type Mark } from '../src/report/marks.js'
import type { Fact } from '../src/schema/fact.js'
import { embeddedJson } from '../src/report/page.js'
import { runCommand } from './helpers/cli.js'
import { datasetPair } from './helpers/dataset-pair.js'
import { factIn } from './helpers/facts.js'

/** The tree as `[key text…]`, so nesting reads at a glance. */
function outline(nodes: readonly ElementContent[]): string {
  return nodes
    .map((node) =>
      node.type === 'text' ? node.value : node.type === 'element' ? `[${String(node.properties.dataKey)} ${outline(node.children)}]` : ''
    )
    .join('')
}

const mark = (start: number, end: number, key: string): Mark => ({ start, end, key, classes: [], title: key })

describe('marks over the text', () => {
  test('should nest a span inside another', () => {
    const text = 'He visited Hanoi today.'
    expect(outline(markText(text, [mark(11, 16, 'entity'), mark(3, 16, 'event')]))).toBe('He [event visited [entity Hanoi]] today.')
  })

  test('should split a span that crosses another into pieces with the same key', () => {
    const text = 'on 8 May 2024 and pledged'
    expect(outline(markText(text, [mark(3, 13, 'date'), mark(9, 25, 'event')]))).toBe('on [date 8 May [event 2024]][event  and pledged]')
  })

  test('should keep spans with the same range apart and ignore spans outside the text', () => {
    expect(outline(markText('2024', [mark(0, 4, 'a'), mark(0, 4, 'b'), mark(2, 9, 'c')]))).toBe('[a [b 2024]]')
  })
})

describe('factline report', () => {
  test('should write one page whose embedded data cannot close its script element', async () => {
    const text = 'Before </script><script>alert(1)</script> and <img src=x onerror=alert(1)>.\n'
    const record = factIn(text, 'sources/<b>x.txt', '</script><script>alert(1)</script>', {
      kind: 'entity',
      type: 'organization',
      name: '</script>'
    })
    const pair = datasetPair({ '<b>x.txt': { text, facts: [record] } })
    const { code, stderr } = await runCommand(reportCommand, pair.root, ['--out', 'output'])
    expect({ code, stderr }).toEqual({ code: 0, stderr: 'report: wrote output/report.html\n' })
    const html = readFileSync(path.join(pair.root, 'output', 'report.html'), 'utf8')
    expect(html.match(/<script/gu)).toHaveLength(2)
    expect(html).not.toContain('<img')
    expect(html).not.toContain('<b>')
    expect(html).toContain('&#x3C;img src=x onerror=alert(1)>')
    expect(html).not.toMatch(/https?:\/\//u)
  })

  test('should escape what would end a script element or a line in embedded JSON', () => {
    expect(embeddedJson({ quote: '</script>&\u2028' })).toBe('{"quote":"\\u003c/script\\u003e\\u0026\\u2028"}')
    expect(JSON.parse(embeddedJson({ quote: '</script>&\u2028' }))).toEqual({ quote: '</script>&\u2028' })
  })

  test('should show a claim of two sources side by side, each quote opening its record', async () => {
    const pair = datasetPair()
    const records = (name: string) =>
      readFileSync(path.join(pair.root, 'output', name), 'utf8')
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line) as Fact)
    const wto = records('fresh.txt.facts.jsonl').find((record) => record.quote === 'WTO')!
    const vietnam = records('deal.txt.facts.jsonl').find((record) => record.quote === 'Vietnam')!
    const support = (record: Fact) => ({ source: record.source, id: record.id, line: 1, quote: record.quote, lang: record.lang })
    const claim: Claim = {
      id: 'c1',
      kind: 'entity',
      about: 'organization <WTO>',
      status: 'conflict',
      values: [
        { value: 'WTO', support: [support(wto)] },
        { value: 'Vietnam', support: [support(vietnam)] }
      ],
      note: 'made up',
      sources: [vietnam.source, wto.source]
    }
    writeFileSync(
      path.join(pair.root, 'output', claimsFileName),
      serializeClaims([claim, { ...claim, id: 'c2', status: 'single', sources: [wto.source] }])
    )
    expect((await runCommand(reportCommand, pair.root, ['--out', 'output'])).code).toBe(0)
    const html = readFileSync(path.join(pair.root, 'output', 'report.html'), 'utf8')
    const section = html.slice(html.indexOf('<section id="claims"'), html.indexOf('</section>', html.indexOf('<section id="claims"')))
    expect(section).toContain('Claims with more than one source (1)')
    expect(section).toContain('organization &#x3C;WTO>')
    expect(section.match(/<div class="side">/gu)).toHaveLength(2)
    const keys = [...section.matchAll(/data-key="([^"]+)"/gu)].map((match) => match[1])
    expect(keys).toHaveLength(2)
    // The same keys mark the records in the texts, so the panel shows the same record.
    for (const key of keys) expect(html.match(new RegExp(`data-key="${key}"`, 'gu'))!.length).toBeGreaterThan(1)
  })

  test('should refuse a dataset folder that does not exist', async () => {
    const pair = datasetPair()
    const { code, stderr } = await runCommand(reportCommand, pair.root, ['--out', 'nowhere'])
    expect(code).toBe(2)
    expect(stderr).toContain('nowhere: Unexpected missing dataset folder')
  })
})

describe('report --diff with a crafted dataset', () => {
  test('should read no file outside the sources folder, whatever path a record names', async () => {
    const pair = datasetPair()
    const secretText = 'PRIVATE KEY 424242 Trade touched $850 million.\n'
    const outside = mkdtempSync(path.join(tmpdir(), 'factline-secret-'))
    const secret = path.join(outside, 'id_secret.txt')
    writeFileSync(secret, secretText)
    writeFileSync(path.join(pair.root, 'notes.txt'), secretText)
    const crafted = (source: string) =>
      `${JSON.stringify(factIn(secretText, source, '$850 million', { kind: 'figure', type: 'money', value: 850e6, unit: 'USD', qualifier: 'actual' }))}\n`
    mkdirSync(path.join(pair.root, 'crafted'))
    writeFileSync(path.join(pair.root, 'crafted', 'absolute.txt.facts.jsonl'), crafted(secret))
    writeFileSync(path.join(pair.root, 'crafted', 'climbing.txt.facts.jsonl'), crafted(path.relative(pair.root, secret)))
    writeFileSync(path.join(pair.root, 'crafted', 'project.txt.facts.jsonl'), crafted('notes.txt'))
    writeFileSync(path.join(pair.root, 'output', 'leak.txt.facts.jsonl'), crafted(secret))
    const { code } = await runCommand(reportCommand, pair.root, ['--out', 'output', '--diff', 'crafted'])
    expect(code).toBe(0)
    const html = readFileSync(path.join(pair.root, 'output', 'report.html'), 'utf8')
    expect(html).not.toContain('PRIVATE KEY')
    expect(html).toContain('outside the sources folder')
  })
})
