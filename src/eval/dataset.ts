import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { isIgnored, isProblem, walk } from '../io/walk.js'
import { modes, type Mode } from './agree.js'
import { goldToItem, readGold, type GoldFile } from './gold.js'
import { inputError } from './input-error.js'
import type { Item } from './item.js'
import { goldKinds, type GoldKind } from './kinds.js'
import { eventDateShares, type EventDateShares } from './event-dates.js'
import { matchItems, type Matching } from './match.js'
import { datasetFiles, datasetSuffix, readRecords, recordToItems } from './predictions.js'
import { scoreMatchings, type Scores } from './score.js'
import { readSourceText, type SourceText } from './source.js'

export interface EvalOptions {
  /** Folder of `<stem>.gold.jsonl` files. */
  readonly gold: string
  /** The dataset folder (`factline run`'s output). */
  readonly out: string
  /** Root the dataset's sources are relative to; default: each record's `source`, relative to `cwd`. */
  readonly sources?: string | undefined
  /** Score only this kind. */
  readonly kind?: GoldKind | undefined
  /** Where relative paths start; default: the process's working directory. */
  readonly cwd?: string | undefined
}

/** A gold item no prediction stands for, or a prediction no gold item stands for. */
export interface Miss {
  readonly side: 'missed' | 'spurious'
  /** The source, as shown (relative to `cwd`). */
  readonly source: string
  readonly item: Item
  /** Whether lenient matching pairs it after all. */
  readonly lenient: boolean
}

export interface Evaluation {
  readonly scores: Scores
  /** Strict misses, by source, line and position. */
  readonly misses: readonly Miss[]
  /** Problems that do not stop the scoring, such as a gold file without dataset file. */
  readonly warnings: readonly string[]
  /** How often matched events carry the gold's date; absent when events are not scored. */
  readonly eventDates?: EventDateShares
}

/** Scores the dataset against the gold, for scripts: the numbers `factline eval` prints. */
export async function scoreDataset(options: EvalOptions): Promise<Scores> {
  return (await evaluateDataset(options)).scores
}

/** Scores the dataset against the gold and lists the misses; throws `EvalInputError` on bad input. */
export async function evaluateDataset(options: EvalOptions): Promise<Evaluation> {
  const cwd = options.cwd ?? process.cwd()
  const shown = (file: string) => path.relative(cwd, file).split(path.sep).join('/') || '.'
  const goldFolder = path.resolve(cwd, options.gold)
  const out = path.resolve(cwd, options.out)
  const kinds = options.kind === undefined ? goldKinds : [options.kind]
  const goldFiles = await readGold(goldFolder, shown(goldFolder))
  const dataset = await datasetFiles(out, shown(out))

  const sources = await Promise.all(
    goldFiles.map(async (goldFile) => {
      const relative = dataset.get(goldFile.stem)
      const records = relative === undefined ? [] : await readRecords(path.join(out, relative), shown(path.join(out, relative)))
      const sourceFile = await locateSource(goldFile, out, relative, records[0]?.source, options.sources, cwd)
      const source = await readSourceText(sourceFile, shown(sourceFile))
      const keep = (item: Item) => (kinds as readonly GoldKind[]).includes(item.fields.kind)
      return {
        source,
        warning:
          relative === undefined
            ? `${goldFile.shown}: no dataset file for \`${goldFile.stem}\` under ${shown(out)}: every gold item counts as missed`
            : undefined,
        gold: goldFile.entries.map((entry) => goldToItem(entry, goldFile.shown, source)).filter(keep),
        predicted: records.flatMap(recordToItems).filter(keep)
      }
    })
  )

  const matchings = Object.fromEntries(
    modes.map((mode) => [mode, sources.map(({ gold, predicted }) => matchItems(gold, predicted, mode))])
  ) as Record<Mode, Matching[]>
  const scores: Scores = {
    files: goldFiles.length,
    strict: scoreMatchings(matchings.strict, kinds),
    lenient: scoreMatchings(matchings.lenient, kinds)
  }
  const misses = sources.flatMap(({ source }, index) => listMisses(source, matchings.strict[index]!, matchings.lenient[index]!))
  const warnings = sources.flatMap(({ warning }) => (warning === undefined ? [] : [warning]))
  const eventDates = (kinds as readonly GoldKind[]).includes('event') ? eventDateShares(sources) : undefined
  return { scores, misses, warnings, ...(eventDates ? { eventDates } : {}) }
}

/**
 * The source a gold file annotates. With `--sources`, the dataset file's
 * path names it (`OUT/sub/x.txt.facts.jsonl` → `SOURCES/sub/x.txt`), else a
 * search of the folder for `<stem>.txt` or `<stem>.md`. Without, the records'
 * `source` field names it, else the manifest's list of sources, relative to `cwd`.
 */
async function locateSource(
  goldFile: GoldFile,
  out: string,
  datasetRelative: string | undefined,
  recordSource: string | undefined,
  sourcesRoot: string | undefined,
  cwd: string
): Promise<string> {
  const stemOf = (file: string) => path.posix.basename(file).replace(/\.[^.]*$/u, '')
  if (sourcesRoot !== undefined) {
    const root = path.resolve(cwd, sourcesRoot)
    if (datasetRelative !== undefined) return path.join(root, datasetRelative.slice(0, -datasetSuffix.length))
    // The first source of that stem in the walk's order; the walk stops there.
    for await (const found of walk(root)) {
      if (!isProblem(found) && !isIgnored(found) && stemOf(found.relative) === goldFile.stem) return found.path
    }
    throw inputError(
      goldFile.shown,
      undefined,
      `Unexpected gold without source, expected \`${goldFile.stem}.txt\` or \`${goldFile.stem}.md\` under ${sourcesRoot}`
    )
  }
  if (recordSource !== undefined) return path.resolve(cwd, recordSource)
  const listed = (await manifestSources(out)).find((source) => stemOf(source) === goldFile.stem)
  if (listed !== undefined) return path.resolve(cwd, listed)
  throw inputError(
    goldFile.shown,
    undefined,
    'Unexpected gold whose source neither a record nor the manifest names, expected --sources DIR'
  )
}

/** The source paths `manifest.json` lists; none when it is missing or unreadable. */
async function manifestSources(out: string): Promise<string[]> {
  try {
    const manifest: unknown = JSON.parse(await readFile(path.join(out, 'manifest.json'), 'utf8'))
    const sources = (manifest as { sources?: unknown }).sources
    return Array.isArray(sources)
      ? sources.flatMap((source: { path?: unknown }) => (typeof source?.path === 'string' ? [source.path] : []))
      : []
  } catch {
    return []
  }
}

function listMisses(source: SourceText, strict: Matching, lenient: Matching): Miss[] {
  const lenientMissed = new Set(lenient.missed)
  const lenientSpurious = new Set(lenient.spurious)
  return [
    ...strict.missed.map((item) => ({ side: 'missed' as const, source: source.shown, item, lenient: !lenientMissed.has(item) })),
    ...strict.spurious.map((item) => ({ side: 'spurious' as const, source: source.shown, item, lenient: !lenientSpurious.has(item) }))
  ].sort((a, b) => a.item.line - b.item.line || (a.item.spans[0]?.start ?? 0) - (b.item.spans[0]?.start ?? 0))
}
