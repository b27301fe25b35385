import type { DimensionName } from '../../src/engine/rule.js'
import type { Lang } from '../../src/lang.js'
import type { Checker, PeerCase, PeerFile, Verdict } from './types.js'
import { sameNumber, wholeReadings } from './read.js'

/**
 * Numerals and ordinals are building blocks in factline (always latent), so
 * they are read with latent tokens: a case passes when the readings spanning
 * the whole text agree on one value, the expected one.
 */
const checkBuildingBlock =
  (name: Extract<DimensionName, 'numeral' | 'ordinal'>) =>
  (kase: PeerCase, file: PeerFile): Verdict => {
    const readings = wholeReadings(file.lang, name, kase.text, undefined, { withLatent: true })
    const values = [...new Set(readings.map((token) => token.value.value))]
    if (kase.expected === null) return { pass: values.length === 0, got: values }
    return { pass: values.length === 1 && sameNumber(kase.expected.value, values[0]), got: values }
  }

const numeralFile = (lang: Lang): Checker => ({ file: `numeral.${lang}.json`, check: checkBuildingBlock('numeral') })
const ordinalFile = (lang: Lang): Checker => ({ file: `ordinal.${lang}.json`, check: checkBuildingBlock('ordinal') })

/** Numeral and ordinal files: both are building blocks read the same way. */
export const numeralCheckers: readonly Checker[] = [numeralFile('en'), numeralFile('vi'), ordinalFile('en'), ordinalFile('vi')]
