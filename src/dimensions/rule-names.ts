import type { DimensionName, Rule } from '../engine/rule.js'
import type { Lang } from '../lang.js'
import type { Dimension } from './dimension.js'

/**
 * The rules of `dimensions` in `lang`, in order. A rule's name is the `rule`
 * of every record it makes, so two rules of one language may not share one,
 * whatever their dimensions: the set fails to compile, naming both.
 */
export function languageRules(lang: Lang, dimensions: readonly Dimension[]): Rule[] {
  const owners = new Map<string, DimensionName>()
  const rules: Rule[] = []
  for (const dimension of dimensions) {
    for (const rule of dimension.rules[lang]) {
      const owner = owners.get(rule.name)
      if (owner) {
        throw new Error(
          `Unexpected rule name \`${rule.name}\` in ${dimension.name} (${lang}), already the name of a ${owner} rule: expected every rule of a language to have its own name`
        )
      }
      owners.set(rule.name, dimension.name)
      rules.push(rule)
    }
  }
  return rules
}
