import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import { compromise } from './compromise.js'

/** compromise's lexicon: the words it knows, each with its tag. */
export type Lexicon = Readonly<Record<string, string | undefined>>

/**
 * compromise's lexicon as the build saw it, beside this module: most English
 * text asks only the lexicon (is a capital a known word?), and reading it is
 * a tenth of loading compromise. It is used only with the compromise it was
 * taken from: any other version installed loads compromise for its own.
 */
const snapshotFile = new URL('./compromise-lexicon.json', import.meta.url)

interface Snapshot {
  readonly compromise: string
  readonly lexicon: Lexicon
}

let lexicon: Lexicon | undefined

/** compromise's lexicon, from the build's snapshot when it matches the compromise installed, else from compromise itself. */
export function compromiseLexicon(): Lexicon {
  lexicon ??= snapshotLexicon() ?? liveLexicon()
  return lexicon
}

function snapshotLexicon(): Lexicon | undefined {
  let snapshot: Snapshot
  try {
    snapshot = JSON.parse(readFileSync(snapshotFile, 'utf8')) as Snapshot
  } catch {
    return undefined
  }
  const version = installedVersion()
  return version !== undefined && snapshot.compromise === version ? snapshot.lexicon : undefined
}

function liveLexicon(): Lexicon {
  return (compromise().model() as { one: { lexicon: Lexicon } }).one.lexicon
}

/** The version of the compromise this module loads (its package.json is not among its exports: found above its entry). */
function installedVersion(): string | undefined {
  for (let folder = path.dirname(createRequire(import.meta.url).resolve('compromise')); ; folder = path.dirname(folder)) {
    const manifest = path.join(folder, 'package.json')
    if (existsSync(manifest)) {
      const { name, version } = JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string; version?: string }
      if (name === 'compromise') return version
    }
    if (path.dirname(folder) === folder) return undefined
  }
}

/** Writes the snapshot beside this module: the build does, once the JavaScript of dist/ is in place. */
export function writeLexiconSnapshot(): void {
  const version = installedVersion()
  if (version === undefined) throw new Error('factline: cannot find the version of compromise installed')
  writeFileSync(snapshotFile, `${JSON.stringify({ compromise: version, lexicon: liveLexicon() } satisfies Snapshot)}\n`)
}
