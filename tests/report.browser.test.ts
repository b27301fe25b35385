import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { chromium } from 'playwright-core'
import { describe, expect, test } from 'vitest'
import { reportCommand } from '../src/commands/report.js'
import type { Fact } from '../src/schema/fact.js'
import { runCommand, spawnCli } from './helpers/cli.js'
import { datasetPair } from './helpers/dataset-pair.js'
import { factIn } from './helpers/facts.js'
import { projectRoot } from './helpers/project.js'

/** Debian's chromium, which CI installs (.ci/run); playwright's own browser builds cannot be fetched here. */
const chromiumPath = '/usr/bin/chromium'

const hostileName = '<b>hostile.txt'
const hostileText = 'Before <script>alert(1)</script> and <img src=x onerror=alert(1)> the Hanoi office opened.\n'
const nestedText = 'The president visited Hanoi on 8 May 2024 and pledged 5 million USD.\n'

function extraSources(): Record<string, { text: string; facts: Fact[] }> {
  const nested = (quote: string, fields: Parameters<typeof factIn>[3]) => factIn(nestedText, 'sources/nested.txt', quote, fields)
  const hanoi = nested('Hanoi', { kind: 'entity', type: 'place', name: 'Hanoi' })
  return {
    [hostileName]: {
      text: hostileText,
      facts: [
        factIn(hostileText, `sources/${hostileName}`, '<script>alert(1)</script>', {
          kind: 'entity',
          type: 'organization',
          name: '<script>alert(1)</script>'
        }),
        factIn(hostileText, `sources/${hostileName}`, 'Hanoi', { kind: 'entity', type: 'place', name: 'Hanoi' })
      ]
    },
    'nested.txt': {
      text: nestedText,
      facts: [
        // An event trigger holding an entity and a date, and a second event crossing the date's end.
        nested('visited Hanoi on 8 May 2024', {
          kind: 'event',
          type: 'visit',
          date: { value: '2024-05-08', grain: 'day' },
          participants: [hanoi.id]
        }),
        hanoi,
        nested('8 May 2024', { kind: 'date', type: 'point', value: '2024-05-08', grain: 'day' }),
        nested('2024 and pledged', { kind: 'event', type: 'support_pledged', date: null, participants: [] }),
        nested('5 million USD', { kind: 'figure', type: 'money', value: 5e6, unit: 'USD', qualifier: 'actual' })
      ]
    }
  }
}

const missing = existsSync(chromiumPath) ? '' : ` (skipped: no chromium at ${chromiumPath}; .ci/run installs it)`

/** Debian's chromium, headless, with a profile of its own. */
const launchChromium = () =>
  chromium.launchPersistentContext(mkdtempSync(path.join(tmpdir(), 'factline-chromium-')), {
    executablePath: chromiumPath,
    headless: true,
    args: launchArgs
  })

const launchArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync'
]

describe('review page in a browser', () => {
  test.skipIf(missing !== '')(
    `should show highlights, records, filters and diff marks${missing}`,
    async () => {
      const pair = datasetPair(extraSources())
      const { code } = await runCommand(reportCommand, pair.root, ['--out', 'output', '--diff', 'old', '--file', 'review/report.html'])
      expect(code).toBe(0)
      const file = path.join(pair.root, 'review/report.html')

      const context = await launchChromium()
      try {
        const page = await context.newPage()
        await page.setViewportSize({ width: 1280, height: 900 })
        const dialogs: string[] = []
        page.on('dialog', async (dialog) => {
          dialogs.push(dialog.message())
          await dialog.dismiss()
        })
        const errors: string[] = []
        page.on('pageerror', (error) => errors.push(error.message))
        await page.goto(pathToFileURL(file).href)

        // Every mark's pieces, joined by key, say its record's quote and carry its kind's class.
        const pieces = await page.$$eval('.text mark.fact', (nodes) =>
          nodes.map((node) => ({
            key: node.getAttribute('data-key')!,
            text: node.textContent!,
            classes: node.getAttribute('class')!.split(' ')
          }))
        )
        const data = JSON.parse((await page.textContent('#factline-data'))!) as Record<string, { record: Fact; status?: string }>
        // The pieces of a split mark never hold one another: their texts joined are the quote.
        const byKey = new Map<string, { text: string; classes: string[] }>()
        for (const piece of pieces) {
          const entry = byKey.get(piece.key) ?? { text: '', classes: piece.classes }
          entry.text += piece.text
          byKey.set(piece.key, entry)
        }
        const marks = { byKey: [...byKey].map(([key, entry]) => ({ key, ...entry, ...data[key]! })) }
        const current = readDataset(pair.next)
        const placed = marks.byKey.filter((mark) => mark.status !== 'removed')
        expect(placed.map((mark) => mark.record.id).sort()).toEqual(
          current
            .filter((record) => record.source !== 'sources/gone.txt')
            .map((record) => record.id)
            .sort()
        )
        for (const mark of marks.byKey) {
          expect(mark.classes).toContain(`k-${mark.record.kind}`)
          expect(mark.text).toBe(mark.record.quote)
        }
        const quoteOf = async (selector: string) => page.$$eval(selector, (nodes) => nodes.map((node) => node.textContent))
        expect(await quoteOf('mark.k-event mark.k-entity')).toEqual(['Hanoi'])
        expect(await page.$$eval('mark[title="event/support_pledged"]', (nodes) => nodes.map((node) => node.textContent).join(''))).toBe(
          '2024 and pledged'
        )

        // Diff marks: in the text where the text is the same, listed for a source whose text is gone.
        expect(await quoteOf('.text mark.d-added')).toEqual(['WTO', 'Geneva'])
        expect(await quoteOf('.text mark.d-changed')).toEqual(['Japan', '8 November 1972', '850 triệu USD'])
        expect(await quoteOf('.text mark.d-removed')).toEqual(['20,5%'])
        expect(await quoteOf('details.unplaced mark.d-removed')).toEqual(['5 billion USD', '2023'])

        // Clicking a span pins its record in the panel, with old and new values of a change.
        await page.click('mark.d-changed[title="figure/money (changed)"]')
        const panel = await page.textContent('#panel-body')
        expect(panel).toContain('figure/money changed')
        expect(panel).toContain('"VND" → "USD"')
        expect(panel).toContain(pair.facts.moneyNew.id)
        const screenshot = path.join(mkdtempSync(path.join(tmpdir(), 'factline-report-')), 'report.png')
        await page.screenshot({ path: screenshot, fullPage: true })
        console.log(`screenshot: ${screenshot}`)
        await page.click('text=WTO')
        expect(await page.textContent('#panel-body')).toContain('entity/organization added')

        // The filter hides a kind's highlight and leaves the others.
        const background = (selector: string) =>
          page.$eval(selector, (node) => node.ownerDocument.defaultView!.getComputedStyle(node).backgroundColor)
        const figureColour = await background('mark.k-figure')
        await page.uncheck('input[data-filter="k"][value="figure"]')
        expect(await background('mark.k-figure')).toBe('rgba(0, 0, 0, 0)')
        expect(await background('mark.k-entity')).not.toBe('rgba(0, 0, 0, 0)')
        await page.check('input[data-filter="k"][value="figure"]')
        expect(await background('mark.k-figure')).toBe(figureColour)
        await page.uncheck('input[data-filter="l"][value="en"]')
        expect(await page.isVisible('section.source[data-lang="en"]')).toBe(false)
        await page.check('input[data-filter="l"][value="en"]')

        // Markup in an article and in a file name is text, never markup.
        const hostile = page.locator('section.source', { hasText: hostileName })
        expect(await hostile.locator('h2 .path').textContent()).toBe(`sources/${hostileName}`)
        expect(await hostile.locator('.text').textContent()).toBe(hostileText)
        expect(await page.locator('section.source img, section.source h2 b, main script').count()).toBe(0)
        await page.click('text=<script>alert(1)</script>')
        expect(await page.textContent('#panel-body')).toContain('"<script>alert(1)</script>"')
        expect(dialogs).toEqual([])
        expect(errors).toEqual([])
      } finally {
        await context.close()
      }
    },
    60_000
  )
})

describe('review page on a laptop and on a phone', () => {
  test.skipIf(missing !== '')(
    `should put the changes first, collapse the entity claims, and fit 1366x768 and a phone's width${missing}`,
    async () => {
      // The committed dataset against an older one: three records it did not have, one it had in addition, one value it gave otherwise.
      const root = mkdtempSync(path.join(tmpdir(), 'factline-review-'))
      cpSync(path.join(projectRoot, 'sources'), path.join(root, 'sources'), { recursive: true })
      cpSync(path.join(projectRoot, 'output'), path.join(root, 'output'), {
        recursive: true,
        filter: (from) => !from.includes('.factline-cache')
      })
      cpSync(path.join(root, 'output'), path.join(root, 'old'), { recursive: true })
      const files = readdirSync(path.join(root, 'old')).filter((name) => name.endsWith('.facts.jsonl'))
      const edit = (name: string, change: (records: Fact[]) => Fact[]) => {
        const file = path.join(root, 'old', name)
        const records = readFileSync(file, 'utf8')
          .split('\n')
          .filter(Boolean)
          .map((line) => JSON.parse(line) as Fact)
        writeFileSync(
          file,
          change(records)
            .map((record) => `${JSON.stringify(record)}\n`)
            .join('')
        )
      }
      edit(files[0]!, (records) => records.slice(3))
      edit(files[1]!, (records) => [...records, { ...records[0]!, id: 'ffffffffffffffff' }])
      edit(files[2]!, (records) => {
        const at = records.findIndex((record) => record.kind === 'figure' && record.value !== undefined)
        return records.map((record, index) => (index === at && record.kind === 'figure' ? { ...record, value: record.value! + 1 } : record))
      })
      const { code } = await spawnCli(root, ['report', '--diff', 'old', '-q'])
      expect(code).toBe(0)
      const url = pathToFileURL(path.join(root, 'output', 'report.html')).href
      const shots = mkdtempSync(path.join(tmpdir(), 'factline-report-'))
      const context = await launchChromium()
      try {
        const laptop = await context.newPage()
        await laptop.setViewportSize({ width: 1366, height: 768 })
        await laptop.goto(url)
        const top = (selector: string) => laptop.$eval(selector, (node) => node.getBoundingClientRect().top)
        // On the first screen: the contents, and the changes right after them.
        expect(await top('nav.toc')).toBeLessThan(768)
        expect(await top('#changes')).toBeLessThan(768)
        expect(await top('#changes')).toBeLessThan(await top('#claims'))
        expect(await top('#claims')).toBeLessThan(await top('section.source'))
        const changes = await laptop.$$eval('#changes li.change', (nodes) => nodes.map((node) => node.className))
        expect(changes.sort()).toEqual(['change d-added', 'change d-added', 'change d-added', 'change d-changed', 'change d-removed'])
        // Entity claims are there, closed; the other claims are open to read.
        expect(await laptop.$eval('details#entity-claims', (node) => node.hasAttribute('open'))).toBe(false)
        expect(await laptop.isVisible('details#entity-claims .claim')).toBe(false)
        expect(await laptop.isVisible('#claims > .claim')).toBe(true)
        // The contents lead to every part of the page.
        const targets = await laptop.$$eval('nav.toc a', (links) => links.map((link) => link.getAttribute('href')!))
        for (const target of targets) expect(await laptop.locator(target).count()).toBe(1)
        expect(await laptop.$eval('html', (node) => node.scrollWidth)).toBeLessThanOrEqual(1366)
        await laptop.screenshot({ path: path.join(shots, 'laptop-1366x768.png') })
        await laptop.click('#changes mark.fact')
        expect(await laptop.isVisible('#panel-body table')).toBe(true)
        await laptop.screenshot({ path: path.join(shots, 'laptop-record.png') })

        const phone = await context.newPage()
        await phone.setViewportSize({ width: 390, height: 844 })
        await phone.goto(url)
        // No sideways scrolling; the record sheet shows only when a mark is tapped, at the bottom, and closes.
        expect(await phone.$eval('html', (node) => node.scrollWidth)).toBeLessThanOrEqual(390)
        expect(await phone.isVisible('#panel')).toBe(false)
        await phone.screenshot({ path: path.join(shots, 'phone-390x844.png') })
        await phone.click('#changes mark.fact')
        expect(await phone.isVisible('#panel')).toBe(true)
        const sheet = await phone.$eval('#panel', (node) => node.getBoundingClientRect())
        expect(sheet.bottom).toBeCloseTo(844, 0)
        expect(sheet.top).toBeGreaterThan(844 / 2)
        await phone.screenshot({ path: path.join(shots, 'phone-record.png') })
        await phone.click('#panel-close')
        expect(await phone.isVisible('#panel')).toBe(false)
        console.log(`screenshots: ${shots}`)
      } finally {
        await context.close()
      }
    },
    60_000
  )
})

function readDataset(folder: string): Fact[] {
  return ['deal.txt', 'edited.txt', 'fresh.txt', hostileName, 'nested.txt'].flatMap((name) =>
    readFileSync(path.join(folder, `${name}.facts.jsonl`), 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as Fact)
  )
}
