import v8 from 'node:v8'

/**
 * Imported first by the entry of the startup snapshot, so that it runs before any other module: while the
 * snapshot is built, regexes run on V8's interpreter only. A regex run twice is compiled to machine code,
 * which V8 cannot write into a snapshot (the build would abort); interpreted, it keeps its bytecode, which it
 * can. `restoreRegexCompilation` sets the flags back before the snapshot is taken, so the snapshot is made
 * under the flags every run has (V8 refuses a snapshot made under others). Nothing here runs outside the build.
 */
if (v8.startupSnapshot.isBuildingSnapshot()) v8.setFlagsFromString('--regexp-interpret-all')

export function restoreRegexCompilation(): void {
  // The first flag turned the second off; each goes back to V8's default.
  v8.setFlagsFromString('--no-regexp-interpret-all')
  v8.setFlagsFromString('--regexp-tier-up')
}
