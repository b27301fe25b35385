import path from 'node:path'
import { loadProject } from '../config/load.js'
import { cacheFolderOf, pruneCache } from '../run/cache-folder.js'
import { defineCommand, parseCommandArgs, ArgumentError } from './command.js'

export const cacheCommand = defineCommand({
  name: 'cache',
  usage: [
    'factline cache dir [-o OUT] [--cache-dir DIR]     print where run caches its results',
    'factline cache prune [-o OUT] [--cache-dir DIR]   remove the entries the last complete run did not use',
    'The cache is OUT/.factline-cache unless run was given --cache-dir; it is safe to delete.'
  ].join('\n'),
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, { out: { type: 'string', short: 'o' }, 'cache-dir': { type: 'string' } }, true)
    const [action, ...rest] = positionals
    if ((action !== 'dir' && action !== 'prune') || rest.length > 0) throw new ArgumentError('expected `cache dir` or `cache prune`')
    const { root, config } = await loadProject(io.cwd, values.config)
    const out = values.out === undefined ? path.resolve(root, config.output) : path.resolve(io.cwd, values.out)
    const folder = cacheFolderOf(out, values['cache-dir'], io.cwd)
    if (action === 'dir') {
      io.stdout.write(`${folder}\n`)
      return 0
    }
    const removed = await pruneCache(folder)
    if (!values.quiet)
      io.stderr.write(`cache: removed ${removed} file(s) the last run did not use from ${path.relative(io.cwd, folder) || '.'}\n`)
    return 0
  }
})
