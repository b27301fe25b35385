#!/usr/bin/env node
// Builds dist/ from src/: each TypeScript module transpiled to JavaScript on its own (esbuild, no
// bundling, so dist/ mirrors src/ and every path a module reads beside itself still holds), the
// other files of src/ copied, a snapshot of compromise's lexicon written, the startup snapshot of extract
// made (bin/snapshot.js), and with --declarations the types of the public entry (tsc).
// `npm ci` runs it through `prepare`; the bin calls `ensureBuilt`, so code edited in src/ never
// runs stale: dist/ records the state of src/ it was built from, and is rebuilt when that changed.
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { buildSnapshot } from './snapshot.js'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const src = path.join(root, 'src')
const dist = path.join(root, 'dist')
const stateFile = path.join(dist, '.source-state')
const lockFolder = path.join(root, '.factline-build.lock')
/** A lock older than this was left by a build that died: builds take seconds. */
const staleLockMs = 120_000

/**
 * The state of src/ (and of the scripts that build dist/) as names, sizes and modification times of every file
 * and folder: an edit, a new file, a deletion or a checkout of another branch changes it. Kept as
 * it is, not hashed: every start compares it, and loading a hash function would cost more than
 * the comparison.
 */
export function sourceState() {
  const entries = readdirSync(src, { recursive: true, encoding: 'utf8' }).sort()
  const lines = ['.', ...entries].map((name) => {
    const info = statSync(path.join(src, name))
    return `${name}\u0000${info.size}\u0000${info.mtimeMs}\n`
  })
  // The scripts that build dist/ are part of its state too.
  const builders = ['build.js', 'snapshot.js'].map((name) => {
    const info = statSync(fileURLToPath(new URL(name, import.meta.url)))
    return `${name}\u0000${info.size}\u0000${info.mtimeMs}`
  })
  return `${lines.join('')}${builders.join('\n')}`
}

function builtState() {
  try {
    return readFileSync(stateFile, 'utf8')
  } catch {
    return undefined
  }
}

/**
 * Makes dist/ match src/ before it runs. An installed package has no src/: its dist/ is what was
 * packed. In a checkout, a dist/ built from another state of src/ is rebuilt, and says so on stderr.
 */
export async function ensureBuilt() {
  if (!existsSync(src)) return
  if (builtState() === sourceState()) return
  await withLock(async () => {
    // Another process may have built it while this one waited.
    if (builtState() === sourceState()) return
    process.stderr.write('factline: src/ changed since dist/ was built; rebuilding\n')
    await build({ declarations: false })
  })
}

/** Builds dist/ whole: JavaScript always, declarations when asked (the package's types; a run needs none). */
export async function build({ declarations }) {
  const state = sourceState()
  let esbuild
  try {
    esbuild = await import('esbuild')
  } catch {
    throw new Error('factline: cannot rebuild dist/ from src/ without esbuild; run `npm ci`')
  }
  rmSync(dist, { recursive: true, force: true })
  const files = readdirSync(src, { recursive: true, encoding: 'utf8' }).filter((name) => statSync(path.join(src, name)).isFile())
  const modules = files.filter((name) => name.endsWith('.ts') && !name.endsWith('.d.ts'))
  await esbuild.build({
    entryPoints: modules.map((name) => path.join(src, name)),
    outdir: dist,
    outbase: src,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    logLevel: 'warning'
  })
  for (const name of files.filter((file) => !file.endsWith('.ts'))) {
    mkdirSync(path.dirname(path.join(dist, name)), { recursive: true })
    cpSync(path.join(src, name), path.join(dist, name))
  }
  // compromise's lexicon, which English text reads without loading compromise (src/dimensions/entity/en/lexicon.ts).
  const lexicon = await import(pathToFileURL(path.join(dist, 'dimensions', 'entity', 'en', 'lexicon.js')).href)
  lexicon.writeLexiconSnapshot()
  await writeRegexRequirements()
  await writeAlternations()
  await buildSnapshot(esbuild, dist, state)
  if (declarations) {
    // Loaded only here: every start of the bin loads this script, and a child process is seldom needed.
    const { execFileSync } = await import('node:child_process')
    execFileSync(
      process.execPath,
      [path.join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', path.join(root, 'tsconfig.build.json')],
      {
        stdio: 'inherit'
      }
    )
  }
  writeFileSync(stateFile, state)
}

/**
 * What each regex of the rules needs a text to hold, worked out from its expression (src/engine/literals.ts), so
 * that a start reads them instead of parsing every regex.
 */
async function writeRegexRequirements() {
  const load = (name) => import(pathToFileURL(path.join(dist, ...name.split('/'))).href)
  const [{ dimensions }, { languageRules }, { langs }, prefilter] = await Promise.all(
    ['dimensions/index.js', 'dimensions/rule-names.js', 'lang.js', 'engine/prefilter.js'].map(load)
  )
  const items = langs.flatMap((lang) =>
    languageRules(lang, dimensions).flatMap(({ pattern }) => pattern.filter((item) => item.kind === 'regex'))
  )
  writeFileSync(path.join(dist, 'engine', prefilter.builtRequirementsFile), JSON.stringify(prefilter.requirementsOf(items)))
}

/**
 * The word lists the pipeline's modules make into patterns as they load (src/engine/alternation.ts), with their
 * patterns, so that a start reads them instead of building each.
 */
async function writeAlternations() {
  const load = (name) => import(pathToFileURL(path.join(dist, ...name.split('/'))).href)
  await load('pipeline.js')
  const { builtAlternationsFile, madeAlternations } = await load('engine/alternation.js')
  writeFileSync(path.join(dist, 'engine', builtAlternationsFile), JSON.stringify(madeAlternations()))
}

/** Runs `task` alone among the processes building this checkout (tests spawn several commands at once). */
async function withLock(task) {
  for (;;) {
    try {
      mkdirSync(lockFolder)
      break
    } catch (error) {
      if (error.code !== 'EEXIST') throw error
      try {
        if (Date.now() - statSync(lockFolder).mtimeMs > staleLockMs) rmSync(lockFolder, { recursive: true, force: true })
      } catch {
        // Released meanwhile.
      }
      await new Promise((resolve) => setTimeout(resolve, 50))
    }
  }
  try {
    await task()
  } finally {
    rmSync(lockFolder, { recursive: true, force: true })
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await withLock(() => build({ declarations: true }))
}
