import type { Dimension } from './dimension.js'

/**
 * Every dimension factline knows. Only the list: the order they run in comes
 * from each one's `dependsOn`, and tokens compete only within an output group.
 */
export const dimensions: readonly Dimension[] = []
