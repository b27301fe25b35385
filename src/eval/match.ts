import { agrees, type Mode } from './agree.js'
import type { Item } from './item.js'
import { compareText } from '../text/compare.js'

export interface Matching {
  readonly pairs: ReadonlyArray<readonly [gold: Item, predicted: Item]>
  /** Gold items no prediction stands for: false negatives. */
  readonly missed: readonly Item[]
  /** Predictions no gold item stands for: false positives. */
  readonly spurious: readonly Item[]
}

/**
 * Pairs the gold items and predictions of one source, one to one, as many
 * pairs as possible (a maximum bipartite matching within each line and kind).
 * Both sides are sorted first, so the pairs do not depend on input order.
 */
export function matchItems(gold: readonly Item[], predicted: readonly Item[], mode: Mode): Matching {
  const pairs: Array<readonly [Item, Item]> = []
  const missed: Item[] = []
  const spurious: Item[] = []
  const groups = new Map<string, { gold: Item[]; predicted: Item[] }>()
  const groupOf = (item: Item) => {
    const key = `${item.line}\u0000${item.fields.kind}`
    let group = groups.get(key)
    if (!group) groups.set(key, (group = { gold: [], predicted: [] }))
    return group
  }
  for (const item of gold) groupOf(item).gold.push(item)
  for (const item of predicted) groupOf(item).predicted.push(item)

  for (const group of [...groups.values()]) {
    const golds = sortItems(group.gold)
    const predictions = sortItems(group.predicted)
    const owner = maximumMatching(golds, predictions, mode)
    const taken = new Set(owner.filter((index) => index !== -1))
    owner.forEach((goldIndex, predictedIndex) => {
      if (goldIndex !== -1) pairs.push([golds[goldIndex]!, predictions[predictedIndex]!])
    })
    golds.forEach((item, index) => taken.has(index) || missed.push(item))
    predictions.forEach((item, index) => owner[index] === -1 && spurious.push(item))
  }
  return { pairs, missed: sortItems(missed), spurious: sortItems(spurious) }
}

/**
 * Kuhn's augmenting paths: for each prediction, the index of the gold item
 * it is paired with, or -1. Groups hold the items of one line and kind, so
 * they are small.
 */
function maximumMatching(gold: readonly Item[], predicted: readonly Item[], mode: Mode): number[] {
  const edges = gold.map((item) => predicted.flatMap((candidate, index) => (agrees(item, candidate, mode) ? [index] : [])))
  const owner = predicted.map(() => -1)
  const augment = (goldIndex: number, seen: Set<number>): boolean => {
    for (const predictedIndex of edges[goldIndex]!) {
      if (seen.has(predictedIndex)) continue
      seen.add(predictedIndex)
      if (owner[predictedIndex] === -1 || augment(owner[predictedIndex]!, seen)) {
        owner[predictedIndex] = goldIndex
        return true
      }
    }
    return false
  }
  gold.forEach((_, goldIndex) => augment(goldIndex, new Set()))
  return owner
}

/** A total order on items: by line, span, then everything they say. */
function sortItems(items: readonly Item[]): Item[] {
  return items
    .map((item) => ({ item, key: sortKey(item) }))
    .sort((a, b) => a.item.line - b.item.line || compareText(a.key, b.key))
    .map(({ item }) => item)
}

function sortKey(item: Item): string {
  const start = (item.spans[0]?.start ?? -1) + 1
  return `${String(start).padStart(12, '0')} ${JSON.stringify([item.fields, item.lang, item.spans, item.label])}`
}
