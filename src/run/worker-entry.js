// Worker threads start here. Built (dist/), the worker's module is JavaScript beside this file;
// run from the sources (the tests), tsx loads its TypeScript.
import { existsSync } from 'node:fs'

const source = new URL('./worker.ts', import.meta.url)
if (existsSync(source)) (await import('tsx/esm/api')).register()
const { runWorkerTask } = await import(existsSync(source) ? './worker.ts' : './worker.js')

export default runWorkerTask
