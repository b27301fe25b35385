import type { CommandEntry } from './command.js'

/** The subcommands of `factline`, as listed by `factline --help`; each module loads only when its command runs. */
export const commands: readonly CommandEntry[] = [
  {
    name: 'run',
    summary: 'extract facts from the sources into the dataset (or --check that it is up to date)',
    load: async () => (await import('./run.js')).runCommand
  },
  {
    name: 'extract',
    summary: 'print the fact records of files or of standard input as JSON lines',
    load: async () => (await import('./extract.js')).extractCommand
  },
  {
    name: 'schema',
    summary: 'print the JSON Schema of a fact record, of the manifest or of a claim',
    load: async () => (await import('./schema.js')).schemaCommand
  },
  {
    name: 'claims',
    summary: 'print the claims of the dataset with their sources, conflicts first',
    load: async () => (await import('./claims.js')).claimsCommand
  },
  { name: 'eval', summary: 'score the dataset against gold annotations', load: async () => (await import('./eval.js')).evalCommand },
  {
    name: 'diff',
    summary: 'show the facts added, removed and changed between two datasets',
    load: async () => (await import('./diff.js')).diffCommand
  },
  {
    name: 'report',
    summary: 'write a static HTML page to review the dataset, with --diff the changes against an older one',
    load: async () => (await import('./report.js')).reportCommand
  },
  {
    name: 'timeline',
    summary: 'print the events of the dataset in date order, mentions of one happening together',
    load: async () => (await import('./timeline.js')).timelineCommand
  },
  {
    name: 'cache',
    summary: 'print where results are cached (`cache dir`), or remove the entries the last run did not use (`cache prune`)',
    load: async () => (await import('./cache.js')).cacheCommand
  },
  {
    name: 'plan',
    summary: 'list the sources with their content hashes, cut into N shards for a batch engine',
    load: async () => (await import('./plan.js')).planCommand
  },
  {
    name: 'shard',
    summary: 'extract one shard of a plan into WORK/shards/I (the index may come from the batch engine)',
    load: async () => (await import('./shard.js')).shardCommand
  },
  {
    name: 'reduce',
    summary: "build the claims of every shard's claim inputs with DuckDB, into WORK/reduce",
    load: async () => (await import('./reduce.js')).reduceCommand
  },
  {
    name: 'finalize',
    summary: 'write the dataset of a sharded run: every shard present, facts, manifest and reduced claims',
    load: async () => (await import('./finalize.js')).finalizeCommand
  },
  {
    name: 'export',
    summary: 'write the dataset as Parquet tables of records, claims and sources, for SQL',
    load: async () => (await import('./export.js')).exportCommand
  }
]
