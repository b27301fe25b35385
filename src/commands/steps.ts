import { LockError } from '../io/lock.js'
import { PlanError } from '../shard/plan.js'
import { WorkError } from '../shard/work.js'
import type { CommandIO } from './command.js'

/**
 * Runs a step of a sharded run and turns what stops it into one line on
 * stderr: a plan or work folder that cannot be used (a shard missing, a
 * source changed since the plan) exits 3, which a retry does not mend; a
 * folder another process holds exits 2, as `run` does. Exit 1 stays what it
 * is for `run`: some source was skipped.
 */
export async function runStep(name: string, io: CommandIO, step: () => Promise<number>): Promise<number> {
  try {
    return await step()
  } catch (error) {
    if (error instanceof PlanError || error instanceof WorkError) {
      io.stderr.write(`${name}: ${error.message}\n`)
      return 3
    }
    if (error instanceof LockError) {
      io.stderr.write(`${error.message}\n`)
      return 2
    }
    throw error
  }
}

/** A whole number of at least `min` from an option, or a usage message. */
export function wholeNumber(value: string | undefined, option: string, min: number): number | string {
  const number = Number(value)
  return value !== undefined && /^\d+$/u.test(value) && number >= min
    ? number
    : `expected ${option} to be a whole number of at least ${min}, found ${value ?? 'nothing'}`
}

/** Says what is wrong with the arguments of a step; exit code 2. */
export function usageError(name: string, io: CommandIO, problem: string): number {
  io.stderr.write(`${name}: ${problem}\n`)
  return 2
}
