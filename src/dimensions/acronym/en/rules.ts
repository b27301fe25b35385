import { regex, rule, type Rule } from '../../../engine/rule.js'
import { spelledBefore } from '../../entity/en/initials.js'
import { opensDocumentTitle } from '../../entity/en/non-names.js'
import { documentHeads, facilityHeads, organizationHeads, planHeads } from '../../entity/en/words.js'
import { acronymAfterName, bracketedAcronym } from '../helpers.js'

/** An agreement word just before the bracket: "... Trade Agreement (", "... Memorandum of Understanding (". */
const agreementBefore = /(?:Agreement|Treaty|Memorandum of Understanding|Accord|Convention|Protocol|Pact|Framework)\s*$/u

/** A body's head among the capitalized words before the bracket: "... Producers Association (", "... Council (", "Ministry of Investment, Trade and Industry (". */
const organizationBefore = new RegExp(
  String.raw`\b(?:${organizationHeads.join('|')})\b(?:[\s'’&,-]+(?:of|for|and|the|on|\p{Lu}[\p{L}\p{N}'’&-]*))*\s*$`,
  'u'
)

/** A thing's, a plan's or a law's head just before the bracket: "... Deforestation Regulation (", "... Transition Roadmap (". */
const thingBefore = new RegExp(String.raw`\b(?:${[...facilityHeads, ...documentHeads, ...planHeads].join('|')})\s*$`, 'u')

export const definedAcronym = rule({
  name: '<name> (<acronym>)',
  dimension: 'acronym',
  pattern: [regex(bracketedAcronym)],
  produce: acronymAfterName({
    agreement: agreementBefore,
    organization: organizationBefore,
    spelled: spelledBefore,
    inTitle: opensDocumentTitle,
    thing: thingBefore
  })
})

export const rules: readonly Rule<'acronym'>[] = [definedAcronym]
