// Worker threads load TypeScript through tsx, as the CLI does: no build step.
import { register } from 'tsx/esm/api'

register()
const { runWorkerTask } = await import('./worker.ts')

export default runWorkerTask
