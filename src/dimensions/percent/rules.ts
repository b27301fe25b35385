import { dimension, regex, regexOf, rule, tokenOf, type Context, type Produced, type Rule } from '../../engine/rule.js'
import { range, withLead } from '../../quantity/helpers.js'
import type { Quantity } from '../../quantity/types.js'
import { isFigureNumber } from '../numeral/helpers.js'

/** What a language brings to the percent rules: its percent words and range connectors. */
export interface PercentWords {
  /** "%", "percent", "phần trăm" after a number. */
  readonly sign: RegExp
  /** Joins two numbers into a range: "-", "to", "đến". */
  readonly to: RegExp
  /** Opens a range: "between", "from", "từ", "giữa". */
  readonly opener: RegExp
  /** Joins the ends after an opener: "and", "to", "và", "đến". */
  readonly openerTo: RegExp
}

function percent(quantity: Quantity | undefined, start: number, context: Context): Produced<'percent'> | undefined {
  return quantity ? { value: withLead(quantity, start, context) } : undefined
}

/** Builds the percent rules every language shares, with that language's words. */
export function percentRules(words: PercentWords): Rule<'percent'>[] {
  const number = dimension('numeral', isFigureNumber)

  const numberPercent = rule({
    name: '<number> %',
    dimension: 'percent',
    pattern: [number, regex(words.sign)],
    produce: ([value], context) => percent({ value: tokenOf(value, 'numeral').value.value }, tokenOf(value, 'numeral').start, context)
  })

  const rangePercent = rule({
    name: '<number>-<number> %',
    dimension: 'percent',
    pattern: [number, regex(words.to), number, regex(words.sign)],
    produce: ([low, , high], context) =>
      percent(range(tokenOf(low, 'numeral').value.value, tokenOf(high, 'numeral').value.value), tokenOf(low, 'numeral').start, context)
  })

  const percentToPercent = rule({
    name: '<percent>-<percent>',
    dimension: 'percent',
    pattern: [dimension('percent'), regex(words.to), dimension('percent')],
    produce: ([low, , high], context) => {
      const a = tokenOf(low, 'percent')
      const b = tokenOf(high, 'percent').value
      if (a.value.value === undefined || b.value === undefined) return undefined
      return percent(range(a.value.value, b.value), a.start, context)
    }
  })

  const openedRange = rule({
    // Named with the language's own words: 'between|from <number> and|to <percent>', 'từ|giữa <number> đến|tới|và <percent>'.
    name: `${words.opener.source} <number> ${words.openerTo.source} <percent>`,
    dimension: 'percent',
    pattern: [regex(words.opener), number, regex(words.openerTo), dimension('percent')],
    produce: ([opener, low, , high], context) => {
      const b = tokenOf(high, 'percent').value
      if (b.value === undefined) return undefined
      return percent(range(tokenOf(low, 'numeral').value.value, b.value), regexOf(opener).start, context)
    }
  })

  return [numberPercent, rangePercent, percentToPercent, openedRange]
}
