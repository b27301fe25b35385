import type { Root } from 'mdast'
import type { Plugin } from 'unified'
import type { VFile } from 'vfile'
import { documentCountries as findCountries } from '../dimensions/money/countries.js'

declare module 'vfile' {
  interface DataMap {
    /** The countries the source is about (ISO 3166-1 alpha-2), the most named first: they settle shared currency signs. */
    countries: readonly string[]
  }
}

/**
 * Sets the countries a source is about, from the names, capitals, peoples
 * and currency codes it writes (its headline and dateline weigh more), so
 * that a sign several currencies share reads as the one of its country.
 */
const documentCountries: Plugin<[], Root> = function () {
  return (_tree, file: VFile) => {
    file.data.countries = findCountries(String(file.value))
  }
}

export default documentCountries
