/** Strings in the order of their UTF-16 code units, as a sort without a compare function puts them: the same on every machine, whatever its locale. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
