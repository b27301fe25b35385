/**
 * The entry of the startup snapshot of `factline extract` (built by bin/snapshot.js): bundled into one script,
 * run once by `node --build-snapshot` at build time, which loads every module extraction needs, builds the
 * rules, gazetteers and lexicons and reads a sentence of each language, so that lazily built tables are made
 * too; V8 then writes the heap to a file. A run started from that file (`node --snapshot-blob FILE`) finds
 * all of it made and runs `main` below. The bin starts it only where the file was built from the code
 * there is (bin/factline.js).
 */
import { restoreRegexCompilation } from './interpret-regexes.js'
import { createRequire } from 'node:module'
import { pathToFileURL } from 'node:url'
import v8 from 'node:v8'
import vm from 'node:vm'
import { VFile } from 'vfile'
import { extractCommand } from '../commands/extract.js'
import { endQuietlyOnClosedPipe, processIO, startCommand } from '../commands/start.js'
import { parseConfig } from '../config/load.js'
import { setModuleImporter } from '../io/import-module.js'
import { langs } from '../lang.js'
import { createPipeline } from '../pipeline.js'
import { processFile } from '../run/process-file.js'

/** Sentences that take extraction through every dimension and linker of a language, compromise's names included. */
const warmUpTexts: Readonly<Record<(typeof langs)[number], string>> = {
  en: 'Exports of rice rose 12% to $850 million in 2024 from a year earlier, minister John Smith said in Hanoi on Monday, after talks with the World Bank.\n',
  vi: 'Năm 2024, kim ngạch xuất khẩu gạo của Việt Nam đạt 850 triệu USD, tăng 20,5% so với năm trước, Bộ trưởng Nguyễn Văn An cho biết tại Hà Nội hôm thứ Hai.\n'
}

async function warmUp(): Promise<void> {
  const config = parseConfig({}, 'defaults')
  for (const lang of langs) {
    const pipeline = createPipeline({ ...config, languages: [lang] })
    await processFile(pipeline, new VFile({ path: `warm-up-${lang}.md`, value: warmUpTexts[lang] }))
  }
  // Both languages at once, as a run without --lang reads: detection by franc included.
  await processFile(createPipeline(config), new VFile({ path: 'warm-up.md', value: Object.values(warmUpTexts).join('\n') }))
}

/**
 * `import()` for the code of the snapshot, which has none of its own: through a script compiled now, which
 * imports as the main script would. Packages are found from this file's place, as the modules of dist/ find them.
 */
function snapshotImporter(from: string): (specifier: string) => Promise<unknown> {
  return (specifier) => {
    const url = /^(?:file|data|node):/u.test(specifier) ? specifier : pathToFileURL(createRequire(from).resolve(specifier)).href
    // Node marks this way of importing as experimental, once per process; the run says nothing of it.
    const emitWarning = process.emitWarning.bind(process)
    process.emitWarning = () => undefined
    try {
      const importer = new vm.Script('(specifier) => import(specifier)', {
        importModuleDynamically: vm.constants.USE_MAIN_CONTEXT_DEFAULT_LOADER
      }).runInThisContext() as (specifier: string) => Promise<unknown>
      return importer(url)
    } finally {
      process.emitWarning = emitWarning
    }
  }
}

async function main(): Promise<void> {
  setModuleImporter(snapshotImporter(import.meta.url))
  endQuietlyOnClosedPipe()
  // As the bin starts it: node, the bin's path, then `extract` and its arguments.
  const [, , , ...args] = process.argv
  process.exitCode = await startCommand(extractCommand, args, processIO())
}

if (!v8.startupSnapshot.isBuildingSnapshot()) throw new Error('src/snapshot/extract.ts is the entry of `node --build-snapshot` only')
void warmUp().then(restoreRegexCompilation)
v8.startupSnapshot.setDeserializeMainFunction(() => void main())
