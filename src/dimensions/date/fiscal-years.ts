import type { Token } from '../../engine/rule.js'

/**
 * The month a country's fiscal year starts in (data only), for the countries
 * whose reports name periods by a fiscal year ("FY24", "fiscal 2016-17")
 * rather than by the calendar year, and name it by the year it ends in
 * (Japan and Singapore, which name it by the year it starts in, are not here).
 */
const fiscalStarts: Readonly<Record<string, number>> = {
  IN: 4,
  GB: 4,
  CA: 4,
  HK: 4,
  PK: 7,
  BD: 7,
  AU: 7,
  NZ: 7,
  EG: 7,
  KE: 7,
  US: 10,
  TH: 10
}

/** A text whose countries name no fiscal calendar reads July to June. */
const defaultStart = 7

/** The month the fiscal year starts in: that of the most named country of the document that has a fiscal calendar of its own. */
export function fiscalStartMonth(countries: readonly string[] | undefined): number {
  const country = countries?.find((code) => code in fiscalStarts)
  return country === undefined ? defaultStart : fiscalStarts[country]!
}

/** The twelve months of the fiscal year that ends in `endYear`, from `start`: FY24 from April is 2023-04/2024-03. */
export function fiscalMonths(
  endYear: number,
  start: number
): { from: { year: number; month: number }; to: { year: number; month: number } } {
  return { from: { year: endYear - 1, month: start }, to: { year: endYear, month: start - 1 } }
}

/** A fiscal year, resolved: twelve months from a month other than January ("2024-07/2025-06"). */
export function isFiscalYear(token: Token<'date'>): boolean {
  const months = /^(\d{4})-(\d{2})\/(\d{4})-(\d{2})$/u.exec(token.value.value ?? '')
  if (!months || token.value.part || token.value.relative) return false
  const [fromYear, fromMonth, toYear, toMonth] = months.slice(1).map(Number) as [number, number, number, number]
  return fromMonth > 1 && toYear === fromYear + 1 && toMonth === fromMonth - 1
}

/** The first month of a resolved fiscal year. */
export function fiscalStartOf(token: Token<'date'>): { year: number; month: number } {
  const [year, month] = token.value.value!.slice(0, 7).split('-').map(Number) as [number, number]
  return { year, month }
}
