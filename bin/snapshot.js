// The startup snapshot of `factline extract`: a file of V8's heap in which every module extraction needs is
// loaded and its rules, gazetteers and lexicons built (src/snapshot/extract.ts), made once by the build, so that
// a run of `extract` deserializes them instead of loading and building them at each start.
// `buildSnapshot` makes it (bin/build.js); `usableSnapshot` tells the bin whether there is one made from the
// code there is, by the Node that runs, for the dist/ where it lies; else the bin runs extract as every command.
// Every start of the bin loads this module: what only the build needs is loaded there.
import { readFileSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { pathToFileURL } from 'node:url'

/** The files of the snapshot of the dist/ folder `dist`. */
export function snapshotFiles(dist) {
  const folder = path.join(dist, 'snapshot')
  return {
    entry: path.join(folder, 'extract.js'),
    bundle: path.join(folder, 'extract.cjs'),
    blob: path.join(folder, 'extract.blob'),
    // What the blob was made from; not JSON, so the pipeline's fingerprint (src/run/fingerprint.ts) leaves it out.
    state: path.join(folder, 'extract.blob-state')
  }
}

/**
 * What a blob is valid for: the Node that made it (V8 reads no other's), the folder it was made in (its
 * modules know their files by path) and the state of the sources of dist/ (bin/build.js), kept as it is:
 * hashing it would load a hash function at every start.
 */
export function blobState(dist, sourceState) {
  return `${JSON.stringify({ node: process.version, arch: process.arch, dist })}\n${sourceState}`
}

/**
 * The blob to start `extract` from, or undefined when there is none, or it was made from other code, by
 * another Node or in another folder, or FACTLINE_SNAPSHOT=off asks for none.
 */
export function usableSnapshot(dist) {
  if (process.env.FACTLINE_SNAPSHOT === 'off') return undefined
  const files = snapshotFiles(dist)
  try {
    const sourceState = readFileSync(path.join(dist, '.source-state'), 'utf8')
    return readFileSync(files.state, 'utf8') === blobState(dist, sourceState) ? files.blob : undefined
  } catch {
    return undefined
  }
}

/**
 * Makes the blob from the JavaScript of dist/ (built from `sourceState`), and checks it: `extract` started
 * from it must print what it prints without it. A blob that cannot be made or checked is left out, with a
 * line on stderr: `extract` then starts as every command does, only slower.
 */
export async function buildSnapshot(esbuild, dist, sourceState) {
  const { spawnSync } = await import('node:child_process')
  const files = snapshotFiles(dist)
  rmSync(files.state, { force: true })
  rmSync(files.blob, { force: true })
  try {
    await esbuild.build({
      entryPoints: [files.entry],
      outfile: files.bundle,
      bundle: true,
      format: 'cjs',
      platform: 'node',
      target: 'node20',
      logLevel: 'error',
      // A native package, and the compiler of TypeScript configs: loaded from node_modules when a run needs them.
      external: ['@duckdb/node-api', 'esbuild'],
      plugins: [modulePlaces(dist)]
    })
    const built = spawnSync(process.execPath, ['--snapshot-blob', files.blob, '--build-snapshot', files.bundle], {
      cwd: dist,
      encoding: 'utf8'
    })
    if (built.status !== 0) throw new Error(lastLines(built.stderr || `exit ${built.status ?? built.signal}`))
    checkSnapshot(spawnSync, dist, files.blob)
    writeFileSync(files.state, blobState(dist, sourceState))
  } catch (error) {
    rmSync(files.blob, { force: true })
    process.stderr.write(`factline: no startup snapshot for extract (${error.message}); extract starts without one\n`)
  } finally {
    rmSync(files.bundle, { force: true })
  }
}

/** `extract` of a sentence of each language, from the blob and without it: the same records, or an error. */
function checkSnapshot(spawnSync, dist, blob) {
  const bin = path.join(path.dirname(dist), 'bin', 'factline.js')
  const input = 'Exports rose 12% to $850 million in 2024.\n\nNăm 2024, kim ngạch thương mại đạt 850 triệu USD, tăng 20,5%.\n'
  // From a folder with no config of a project: the defaults, whatever the checkout's config says.
  const run = (args) => spawnSync(process.execPath, args, { cwd: path.parse(dist).root, input, encoding: 'utf8' })
  const withBlob = run(['--snapshot-blob', blob, bin, 'extract'])
  const without = run([path.join(dist, 'cli.js'), 'extract'])
  if (withBlob.status !== 0 || withBlob.stdout !== without.stdout || withBlob.stderr !== without.stderr)
    throw new Error(`extract from the snapshot differs from extract without it: ${lastLines(withBlob.stderr) || 'other records'}`)
}

function lastLines(text) {
  return text.trim().split('\n').slice(-3).join(' ').slice(0, 300)
}

/**
 * What the modules of dist/ ask of their own place, fixed in the bundle: `import.meta.url` is the URL of the
 * module's file in dist/ (where the files it reads lie), and a package loaded with
 * `createRequire(import.meta.url)(NAME)` is bundled like an import, since a snapshot holds no module loaded
 * from a file at run time.
 */
const modulePlaces = (dist) => ({
  name: 'module-places',
  setup(build) {
    build.onLoad({ filter: /\.js$/ }, (args) => {
      if (!args.path.startsWith(`${dist}${path.sep}`)) return undefined
      const text = readFileSync(args.path, 'utf8')
      const url = JSON.stringify(pathToFileURL(args.path).href)
      return {
        contents: text
          .replace(/\bcreateRequire\(import\.meta\.url\)\(/gu, 'require(')
          .replace(/(?<!['"])\bimport\.meta\.url\b(?!['"])/gu, url),
        loader: 'js'
      }
    })
  }
})
