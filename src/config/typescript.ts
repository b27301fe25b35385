import { createHash } from 'node:crypto'
import { existsSync, readFileSync } from 'node:fs'
import { mkdir } from 'node:fs/promises'
import { isBuiltin } from 'node:module'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import type { Plugin } from 'esbuild'
import { importModule } from '../io/import-module.js'
import { toolVersion } from '../version.js'

/**
 * A TypeScript config turned into one ES module of JavaScript, without loader hooks: hooks would route every
 * module loaded after the config (the whole pipeline) through a thread of their own, which costs more than
 * the config itself. esbuild compiles the config with the files of the project it imports; packages stay
 * imports of their own files (resolved as Node resolves them from the config), and `import.meta.url`,
 * `import.meta.dirname`, `__dirname`, `__filename` and `require` are the config's own, so it runs as if
 * from its folder, in either module system.
 */
interface Compiled {
  readonly code: string
  /** Every file of the project compiled in, with the hash of its content: the compiled module holds while they do. */
  readonly inputs: Readonly<Record<string, string>>
}

/** What a cached entry is valid for, besides its inputs: the tool that compiled it. */
const compiler = `factline ${toolVersion}, esbuild esm bundle v1`

/**
 * The module of the config `file`. The compiled JavaScript is kept in
 * `node_modules/.cache/factline/` (the nearest from the config, as other tools
 * keep theirs), so a start whose config and imported files are unchanged
 * runs no compiler; a project without node_modules compiles it every time.
 */
export async function importTypeScript(file: string): Promise<unknown> {
  const entry = cacheEntry(file)
  const cached = entry === undefined ? undefined : readCached(entry)
  if (cached !== undefined) {
    try {
      return await importCode(cached.code)
    } catch {
      // A package it imported moved or went: compiled again below, and its error, if any, is the one said.
    }
  }
  const compiled = await compile(file)
  if (entry !== undefined) await writeCached(entry, compiled)
  return importCode(compiled.code)
}

function importCode(code: string): Promise<unknown> {
  return importModule(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`)
}

async function compile(file: string): Promise<Compiled> {
  const esbuild = await importModule<typeof import('esbuild')>('esbuild')
  const folder = path.dirname(file)
  const url = pathToFileURL(file).href
  const result = await esbuild.build({
    entryPoints: [file],
    absWorkingDir: folder,
    bundle: true,
    write: false,
    metafile: true,
    format: 'esm',
    platform: 'node',
    target: `node${process.versions.node}`,
    logLevel: 'silent',
    banner: {
      js: `import { createRequire as __factlineCreateRequire } from 'node:module'; const require = __factlineCreateRequire(${JSON.stringify(file)});`
    },
    define: {
      'import.meta.url': JSON.stringify(url),
      'import.meta.dirname': JSON.stringify(folder),
      'import.meta.filename': JSON.stringify(file),
      __dirname: JSON.stringify(folder),
      __filename: JSON.stringify(file)
    },
    plugins: [packagesByPath]
  })
  const inputs = Object.fromEntries(
    Object.keys(result.metafile.inputs).map((input) => {
      const absolute = path.resolve(folder, input)
      return [absolute, contentHash(readFileSync(absolute))]
    })
  )
  return { code: result.outputFiles[0]!.text, inputs }
}

/**
 * Leaves packages out of the bundle, each an import of the file Node would
 * load from the config's folder (an absolute URL, or a path for `require`), so
 * the compiled module runs from anywhere.
 */
const packagesByPath: Plugin = {
  name: 'packages-by-path',
  setup(build) {
    build.onResolve({ filter: /^[^./]/ }, async (args) => {
      // The resolution asked for below: esbuild's own.
      if (args.pluginData === packagesByPath) return undefined
      if (isBuiltin(args.path)) return { path: args.path, external: true }
      const found = await build.resolve(args.path, { kind: args.kind, resolveDir: args.resolveDir, pluginData: packagesByPath })
      if (found.errors.length > 0) return { errors: found.errors }
      const required = args.kind === 'require-call' || args.kind === 'require-resolve'
      return { path: required ? found.path : pathToFileURL(found.path).href, external: true }
    })
  }
}

interface CacheEntry {
  readonly file: string
}

/** Where the compiled config is kept: one file per config, in the nearest node_modules above it; none without one. */
function cacheEntry(config: string): CacheEntry | undefined {
  for (let folder = path.dirname(config); ; folder = path.dirname(folder)) {
    const modules = path.join(folder, 'node_modules')
    if (existsSync(modules)) return { file: path.join(modules, '.cache', 'factline', `config-${contentHash(config).slice(0, 16)}.json`) }
    if (path.dirname(folder) === folder) return undefined
  }
}

/** The cached compilation, when it was made by this compiler from the files as they are now. */
function readCached(entry: CacheEntry): Compiled | undefined {
  let cached: Compiled & { readonly compiler?: string }
  try {
    cached = JSON.parse(readFileSync(entry.file, 'utf8')) as typeof cached
  } catch {
    return undefined
  }
  if (cached.compiler !== compiler || typeof cached.code !== 'string') return undefined
  for (const [input, hash] of Object.entries(cached.inputs ?? {})) {
    let content: Buffer
    try {
      content = readFileSync(input)
    } catch {
      return undefined
    }
    if (contentHash(content) !== hash) return undefined
  }
  return cached
}

/** Keeps a compilation; a cache that cannot be written (a read-only folder) only means compiling again next time. */
async function writeCached(entry: CacheEntry, compiled: Compiled): Promise<void> {
  try {
    await mkdir(path.dirname(entry.file), { recursive: true })
    const { writeAtomic } = await import('../io/write-atomic.js')
    await writeAtomic(entry.file, JSON.stringify({ compiler, ...compiled }))
  } catch {
    // Nothing to do: the config loads from the compilation in hand.
  }
}

function contentHash(content: string | Uint8Array): string {
  return createHash('sha256').update(content).digest('hex')
}
