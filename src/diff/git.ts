import { spawn } from 'node:child_process'
import { realpath } from 'node:fs/promises'
import path from 'node:path'
import { realOrPlanned } from '../io/real-path.js'
import { manifestName, outputSuffix } from '../run/run.js'
import { parseDataset, type Dataset } from './dataset.js'

/** A revision that git does not know, or a folder that is not in a repository: a usage error. */
export class GitRevisionError extends Error {
  override readonly name = 'GitRevisionError'
}

/**
 * Reads the dataset committed at `revision` in the folder `out` (absolute) of
 * the repository around `cwd`, straight from git's objects: the work tree is
 * never touched.
 */
export async function readDatasetAtRevision(cwd: string, revision: string, out: string): Promise<Dataset> {
  const top = (
    await git(['rev-parse', '--show-toplevel'], cwd).catch(() => {
      throw new GitRevisionError(`Unexpected folder outside a git repository, expected one for --git (${cwd})`)
    })
  )
    .toString('utf8')
    .trim()
  const commit = await git(['rev-parse', '--verify', '--quiet', `${revision}^{commit}`], top).catch(() => {
    throw new GitRevisionError(`Unexpected revision \`${revision}\`, expected a commit git knows`)
  })
  const oid = commit.toString('utf8').trim()
  const folder = path
    .relative(await realpath(top), await realOrPlanned(out))
    .split(path.sep)
    .join('/')
  if (folder === '..' || folder.startsWith('../') || path.isAbsolute(folder)) {
    throw new GitRevisionError(`Unexpected dataset folder ${out} outside the repository ${top}, expected one inside it for --git`)
  }
  const prefix = folder === '' ? '' : `${folder}/`
  const listed = (await git(['ls-tree', '-r', '-z', '--name-only', oid, '--', prefix || '.'], top)).toString('utf8')
  const names = listed
    .split('\0')
    .filter((name) => name.startsWith(prefix))
    .map((name) => name.slice(prefix.length))
    .filter((name) => name === manifestName || name.endsWith(outputSuffix))
  const contents = await catFiles(
    top,
    names.map((name) => `${oid}:${prefix}${name}`)
  )
  return parseDataset(new Map(names.map((name, index) => [name, contents[index]!])), `${revision}:${folder || '.'}`)
}

/** The contents of many blobs in one `git cat-file --batch`, in the order asked. */
async function catFiles(cwd: string, objects: readonly string[]): Promise<string[]> {
  if (objects.length === 0) return []
  const output = await git(['cat-file', '--batch'], cwd, `${objects.join('\n')}\n`)
  const contents: string[] = []
  let at = 0
  for (const object of objects) {
    const headerEnd = output.indexOf(0x0a, at)
    const header = output.subarray(at, headerEnd).toString('utf8')
    const size = Number(/ blob (\d+)$/u.exec(header)?.[1] ?? Number.NaN)
    if (Number.isNaN(size)) throw new GitRevisionError(`Unexpected object \`${object}\`: ${header}`)
    contents.push(output.subarray(headerEnd + 1, headerEnd + 1 + size).toString('utf8'))
    at = headerEnd + 1 + size + 1
  }
  return contents
}

function git(args: readonly string[], cwd: string, input?: string): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const child = spawn('git', args, { cwd, stdio: ['pipe', 'pipe', 'pipe'] })
    // A command that does not read its input may exit before it is written: no error of ours.
    child.stdin.on('error', () => undefined)
    const out: Buffer[] = []
    const err: Buffer[] = []
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk))
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk))
    child.on('error', reject)
    child.on('close', (code) =>
      code === 0 ? resolve(Buffer.concat(out)) : reject(new Error(`git ${args.join(' ')}: ${Buffer.concat(err).toString('utf8').trim()}`))
    )
    child.stdin.end(input ?? '')
  })
}
