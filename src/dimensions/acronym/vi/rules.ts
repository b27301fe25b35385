import { regex, rule, type Rule } from '../../../engine/rule.js'
import { looseHeads, strictHeads } from '../../entity/vi/words.js'
import { acronymAfterName, bracketedAcronym } from '../helpers.js'

/** An agreement word opening the name before the bracket: "Hiệp định ... (", "Biên bản ghi nhớ ... (". */
const agreementBefore = /(?:Hiệp định|Hiệp ước|Công ước|Thỏa thuận|Thoả thuận|Biên bản ghi nhớ|Nghị định thư)[^().;]{0,80}$/u

/** A body's head opening the name before the bracket, with no stop between: "Hiệp hội ... (", "Tổng cục Thống kê (". */
const organizationBefore = new RegExp(`(?:${[...looseHeads, ...strictHeads].join('|')})[^().;:]{0,90}$`, 'u')

export const definedAcronym = rule({
  name: '<tên> (<viết tắt>)',
  dimension: 'acronym',
  pattern: [regex(bracketedAcronym)],
  produce: acronymAfterName({ agreement: agreementBefore, organization: organizationBefore })
})

export const rules: readonly Rule<'acronym'>[] = [definedAcronym]
