import type { Linker } from '../stages/link.js'
import { linkEntities } from './entities.js'
import { linkEvents } from './events.js'
import { linkFigures } from './figures.js'

/** The linking passes, in order: each may use what the ones before it linked. */
export const linkers: readonly Linker[] = [linkEntities, linkFigures, linkEvents]
