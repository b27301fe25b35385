import { createRequire } from 'node:module'
import type { AST, RegExpParser } from '@eslint-community/regexpp'
import { foldCodePoint, foldsExactly } from './fold.js'

/**
 * What any match of a regex must contain: folded literals (see `fold.ts`) of
 * which at least one occurs in every match, or undefined when that cannot be
 * said (a match may be empty, or start with any letter). A text whose folded
 * form holds none of them has no match: the regex need not be built or run.
 */
export type Requirement = readonly string[] | undefined

/** Beyond this many strings, a set of alternatives is no longer spelled out. */
const maxStrings = 4096
/** Beyond this many characters, a character class is no longer spelled out. */
const maxClass = 64

/**
 * What a part of a pattern matches: `exact` every string it can match, when
 * few enough to list (a zero-width assertion matches ""), and `needs` strings
 * one of which every match of it contains.
 */
interface Facts {
  readonly exact: readonly string[] | undefined
  readonly needs: readonly string[] | undefined
}

const unknown: Facts = { exact: undefined, needs: undefined }
const empty: Facts = { exact: [''], needs: undefined }

let parser: RegExpParser | undefined

/**
 * The requirement of a regex's source under its flags (`u`, or `iu`). The
 * parser is loaded at the first call: a run whose requirements were worked
 * out when the package was built never loads it.
 */
export function requirementOf(source: string, flags: string): Requirement {
  parser ??= new (createRequire(import.meta.url)('@eslint-community/regexpp') as typeof import('@eslint-community/regexpp')).RegExpParser({
    ecmaVersion: 2024
  })
  const pattern = parser.parsePattern(source, 0, source.length, { unicode: true })
  const best = bestOf(alternatives(pattern.alternatives, flags.includes('i')))
  return best && best.length > 0 && !best.includes('') ? shortest(best) : undefined
}

/** Literals longer than this are cut to it: a text holds a literal only if it holds its beginning. */
const maxLiteral = 4

/**
 * The same requirement in fewer, shorter literals: each cut to `maxLiteral`,
 * and one that starts with another of the set dropped (where it occurs, so
 * does the other), so a list of words ("long", "longest") is a few beginnings.
 */
function shortest(literals: readonly string[]): readonly string[] {
  const cut = [...new Set(literals.map((literal) => [...literal].slice(0, maxLiteral).join('')))].sort()
  const kept: string[] = []
  // Sorted, a literal comes right after the kept one it starts with, if any.
  for (const literal of cut) if (kept.length === 0 || !literal.startsWith(kept[kept.length - 1]!)) kept.push(literal)
  return kept
}

/** The most telling set a match must hold one of: its exact strings when none is empty, else what it needs. */
function bestOf(facts: Facts): readonly string[] | undefined {
  return facts.exact && !facts.exact.includes('') ? facts.exact : facts.needs
}

/** Of two sets a match must hold one of, the one a text holds less often: the longer shortest string, then the fewer strings. */
function better(a: readonly string[] | undefined, b: readonly string[] | undefined): readonly string[] | undefined {
  if (!a || a.includes('')) return b && !b.includes('') ? b : undefined
  if (!b || b.includes('')) return a
  const shortestA = Math.min(4, ...a.map((text) => text.length))
  const shortestB = Math.min(4, ...b.map((text) => text.length))
  if (shortestA !== shortestB) return shortestA > shortestB ? a : b
  return a.length <= b.length ? a : b
}

function alternatives(branches: readonly AST.Alternative[], fold: boolean): Facts {
  const each = branches.map((branch) => sequence(branch.elements, fold))
  if (each.length === 1) return each[0]!
  const exact = union(each.map((facts) => facts.exact))
  const needed = each.map(bestOf)
  const needs = needed.every((set) => set !== undefined && !set.includes('')) ? union(needed) : undefined
  return { exact, needs: better(needs, exact) }
}

/**
 * A sequence matches one string of each element in turn. `run` is what the
 * elements since the last one that cannot be listed match together: every
 * match holds one of those strings too.
 */
function sequence(elements: readonly AST.Element[], fold: boolean): Facts {
  let exact: readonly string[] | undefined = ['']
  let run: readonly string[] = ['']
  let needs: readonly string[] | undefined
  for (const element of elements) {
    const facts = factsOf(element, fold)
    needs = better(needs, bestOf(facts))
    exact = exact && facts.exact ? product(exact, facts.exact) : undefined
    run = facts.exact ? (product(run, facts.exact) ?? facts.exact) : ['']
    needs = better(needs, run)
  }
  return { exact, needs: better(needs, exact) }
}

function factsOf(element: AST.Element, fold: boolean): Facts {
  switch (element.type) {
    case 'Assertion':
      // Zero width: the match holds nothing of what it looks at.
      return empty
    case 'Character':
      return characters([element.value], fold)
    case 'CharacterClass':
      return element.negate ? unknown : classFacts(element.elements, fold)
    case 'CharacterSet':
      return element.kind === 'digit' && !element.negate ? characters(digits, fold) : unknown
    case 'Group':
      return element.modifiers ? unknown : alternatives(element.alternatives, fold)
    case 'CapturingGroup':
      return alternatives(element.alternatives, fold)
    case 'Quantifier':
      return quantified(element, fold)
    default:
      // Back-references and anything newer: nothing can be said.
      return unknown
  }
}

const digits = [...'0123456789'].map((digit) => digit.codePointAt(0)!)

function classFacts(elements: readonly AST.CharacterClassElement[], fold: boolean): Facts {
  const codePoints: number[] = []
  for (const element of elements) {
    if (element.type === 'Character') codePoints.push(element.value)
    else if (element.type === 'CharacterClassRange') {
      if (element.max.value - element.min.value + codePoints.length >= maxClass) return unknown
      for (let codePoint = element.min.value; codePoint <= element.max.value; codePoint++) codePoints.push(codePoint)
    } else if (element.type === 'CharacterSet' && element.kind === 'digit' && !element.negate) codePoints.push(...digits)
    else return unknown
    if (codePoints.length > maxClass) return unknown
  }
  return characters(codePoints, fold)
}

/** One of these characters; under the `i` flag, only when each folds exactly. */
function characters(codePoints: readonly number[], fold: boolean): Facts {
  if (fold && !codePoints.every(foldsExactly)) return unknown
  const strings = [...new Set(codePoints.map(foldCodePoint))]
  return { exact: strings, needs: strings }
}

function quantified(quantifier: AST.Quantifier, fold: boolean): Facts {
  if (quantifier.max === 0) return empty
  const facts = factsOf(quantifier.element, fold)
  if (quantifier.min === 0) {
    return { exact: quantifier.max === 1 && facts.exact ? union([[''], facts.exact]) : undefined, needs: undefined }
  }
  return { exact: quantifier.min === 1 && quantifier.max === 1 ? facts.exact : undefined, needs: bestOf(facts) }
}

function union(sets: readonly (readonly string[] | undefined)[]): readonly string[] | undefined {
  const all = new Set<string>()
  for (const set of sets) {
    if (!set) return undefined
    for (const text of set) all.add(text)
    if (all.size > maxStrings) return undefined
  }
  return [...all]
}

function product(heads: readonly string[], tails: readonly string[]): readonly string[] | undefined {
  if (heads.length * tails.length > maxStrings) return undefined
  const all = new Set<string>()
  for (const head of heads) for (const tail of tails) all.add(head + tail)
  return [...all]
}
