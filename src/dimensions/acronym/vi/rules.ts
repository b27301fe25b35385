import { regex, rule, type Rule } from '../../../engine/rule.js'
import { acronymAfterName, bracketedAcronym } from '../helpers.js'

/** An agreement word opening the name before the bracket: "Hiệp định ... (", "Biên bản ghi nhớ ... (". */
const agreementBefore = /(?:Hiệp định|Hiệp ước|Công ước|Thỏa thuận|Thoả thuận|Biên bản ghi nhớ|Nghị định thư)[^()]{0,60}\($/u

export const definedAcronym = rule({
  name: '<tên> (<viết tắt>)',
  dimension: 'acronym',
  pattern: [regex(bracketedAcronym)],
  produce: acronymAfterName(agreementBefore)
})

export const rules: readonly Rule<'acronym'>[] = [definedAcronym]
