import { langs, type Lang } from '../lang.js'
import { sameDate } from './agree.js'
import type { Item } from './item.js'

/** Of the gold events with a date that a prediction of the same type stands for on their line, how many it gives that date. */
export interface DateShare {
  /** Gold events with a date matched by type and line, whatever the date. */
  readonly matched: number
  /** Those whose prediction carries the gold's date. */
  readonly dated: number
}

export interface EventDateShares {
  readonly all: DateShare
  readonly languages: Readonly<Record<Lang, DateShare>>
}

type EventItem = Item & { readonly fields: Extract<Item['fields'], { kind: 'event' }> }

/**
 * The share of matched events that carry their gold date, over all sources
 * (one list of gold items and predictions per source). Within each line and
 * type, predictions with the gold's date are paired first, then the rest
 * with any prediction left, so a date only counts as missed where no
 * prediction of that type on that line has it.
 */
export function eventDateShares(
  sources: readonly { readonly gold: readonly Item[]; readonly predicted: readonly Item[] }[]
): EventDateShares {
  const tally = Object.fromEntries([...langs, 'all'].map((key) => [key, { matched: 0, dated: 0 }])) as Record<
    Lang | 'all',
    { matched: number; dated: number }
  >
  for (const { gold, predicted } of sources) {
    const groups = new Map<string, { gold: EventItem[]; predicted: EventItem[] }>()
    const groupOf = (item: EventItem) => {
      const key = `${item.line}\u0000${item.fields.type}`
      let group = groups.get(key)
      if (!group) groups.set(key, (group = { gold: [], predicted: [] }))
      return group
    }
    for (const item of gold.filter(isEvent)) if (item.fields.date !== null) groupOf(item).gold.push(item)
    for (const item of predicted.filter(isEvent)) groupOf(item).predicted.push(item)
    for (const group of groups.values()) {
      const left = [...group.predicted]
      const unpaired: EventItem[] = []
      for (const item of group.gold) {
        // The same date as the conventions read it: "10 giờ sáng 25/8/2025" dates the storm's landfall 2025-08-25.
        const same = left.findIndex((candidate) => {
          const [gold, predicted] = [item.fields.date, candidate.fields.date]
          return gold !== null && predicted !== null && sameDate(gold, predicted)
        })
        if (same === -1) unpaired.push(item)
        else {
          left.splice(same, 1)
          count(tally, item, true)
        }
      }
      for (const item of unpaired.slice(0, left.length)) count(tally, item, false)
    }
  }
  return { all: tally.all, languages: Object.fromEntries(langs.map((lang) => [lang, tally[lang]])) as Record<Lang, DateShare> }
}

function count(tally: Record<Lang | 'all', { matched: number; dated: number }>, item: EventItem, dated: boolean): void {
  for (const key of ['all', item.lang] as const) {
    tally[key].matched++
    if (dated) tally[key].dated++
  }
}

function isEvent(item: Item): item is EventItem {
  return item.fields.kind === 'event'
}

/** One line of the table's footer: "event dates: 45 of 48 matched events with a gold date carry it (93.8%); en 20 of 21, vi 25 of 27". */
export function formatDateShares(shares: EventDateShares): string {
  const share = ({ matched, dated }: DateShare) => `${dated} of ${matched}`
  const percent = shares.all.matched === 0 ? '–' : `${((100 * shares.all.dated) / shares.all.matched).toFixed(1)}%`
  const byLang = langs.map((lang) => `${lang} ${share(shares.languages[lang])}`).join(', ')
  return `event dates: ${share(shares.all)} matched events with a gold date carry it (${percent}); ${byLang}\n`
}
