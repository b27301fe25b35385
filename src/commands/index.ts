import { claimsCommand } from './claims.js'
import type { Command } from './command.js'
import { diffCommand } from './diff.js'
import { evalCommand } from './eval.js'
import { exportCommand } from './export.js'
import { extractCommand } from './extract.js'
import { finalizeCommand } from './finalize.js'
import { planCommand } from './plan.js'
import { reduceCommand } from './reduce.js'
import { reportCommand } from './report.js'
import { runCommand } from './run.js'
import { schemaCommand } from './schema.js'
import { shardCommand } from './shard.js'
import { timelineCommand } from './timeline.js'

/** The subcommands of `factline`, as listed by `factline --help`. */
export const commands: readonly Command[] = [
  runCommand,
  extractCommand,
  schemaCommand,
  claimsCommand,
  evalCommand,
  diffCommand,
  reportCommand,
  timelineCommand,
  planCommand,
  shardCommand,
  reduceCommand,
  finalizeCommand,
  exportCommand
]
