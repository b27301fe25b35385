import { regex, rule, type Rule } from '../../../engine/rule.js'
import { acronymAfterName, bracketedAcronym } from '../helpers.js'

/** An agreement word just before the bracket: "... Trade Agreement (", "... Memorandum of Understanding (". */
const agreementBefore = /(?:Agreement|Treaty|Memorandum of Understanding|Accord|Convention|Protocol|Pact|Framework)\s*\($/u

export const definedAcronym = rule({
  name: '<name> (<acronym>)',
  dimension: 'acronym',
  pattern: [regex(bracketedAcronym)],
  produce: acronymAfterName(agreementBefore)
})

export const rules: readonly Rule<'acronym'>[] = [definedAcronym]
