import type { DimensionName } from '../engine/rule.js'
import type { Dimension } from './dimension.js'

/**
 * The requested dimensions widened to everything they depend on, each after
 * its dependencies (Duckling's `dependents`). Throws on an unknown name or a cycle.
 */
export function withDependencies(all: readonly Dimension[], requested: readonly DimensionName[]): Dimension[] {
  const byName = new Map(all.map((dimension) => [dimension.name, dimension]))
  const ordered: Dimension[] = []
  const state = new Map<DimensionName, 'visiting' | 'done'>()

  const visit = (name: DimensionName, path: readonly DimensionName[]): void => {
    if (state.get(name) === 'done') return
    if (state.get(name) === 'visiting') {
      throw new Error(`Unexpected dependency cycle ${[...path, name].join(' → ')}, expected none`)
    }
    const dimension = byName.get(name)
    if (!dimension) throw new Error(`Unexpected dimension \`${name}\`, expected one of ${[...byName.keys()].join(', ')}`)
    state.set(name, 'visiting')
    for (const dependency of dimension.dependsOn) visit(dependency, [...path, name])
    state.set(name, 'done')
    ordered.push(dimension)
  }

  for (const name of requested) visit(name, [])
  return ordered
}
