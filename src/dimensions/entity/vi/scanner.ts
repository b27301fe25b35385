import type { Scanner } from '../../../engine/rule.js'
import type { EntityType } from '../../../schema/vocabulary.js'
import { choose, ranks, toTokens, type Candidate } from '../candidates.js'
import { acronymCues, acronymsInContext } from '../frame/acronyms.js'
import { byline, credits, isBodyAcronym, newsSites, sourceTags } from '../frame/index.js'
import { longestAt } from '../gazetteer/index.js'
import { gazetteerCandidates, lookupFor } from '../helpers.js'
import { listedPlaces, placeGrammar, stateForms } from '../places.js'
import { isGluedSyllable, isNameWord } from '../runs.js'
import { isAllCaps, isCapitalized, pieces, spacedBefore, type Piece } from '../text.js'
import { teams } from '../teams.js'
import { brandedBodies } from '../brands.js'
import { coordinatedBodies } from '../coordinated.js'
import { scoredClubs } from './clubs.js'
import { PhraseTrie, phraseSet } from '../trie.js'
import { isVietnameseSurname, isVietnameseSyllable } from '../vietnamese-names.js'
import {
  administrativeWords,
  agreementHeads,
  facilityWords,
  bodyNouns,
  callings,
  clauseVerbs,
  capitalOpenedWords,
  clubHeads,
  mediaHeads,
  companyHeads,
  companyWords,
  honorifics,
  internalBodies,
  jurisdictionHeads,
  jurisdictionLevels,
  looseHeads,
  titleNamedHeads,
  unitTitles,
  nameCompounds,
  nameTails,
  nestingHeads,
  notHeads,
  numberedHeads,
  placeCues,
  portfolios,
  quantifiers,
  riverWords,
  sayingVerbs,
  standaloneBodies,
  stateFormsVi,
  stops,
  strictHeads,
  thingNouns,
  titles
} from './words.js'

/** How a head lets its name go on: strict heads need a capital next, loose ones allow lower-case words. */
interface Head {
  readonly type: EntityType
  readonly loose: boolean
}

const heads = new PhraseTrie<Head>()
for (const head of looseHeads) heads.add(head, { type: 'organization', loose: true })
for (const head of strictHeads) heads.add(head, { type: 'organization', loose: false })
for (const head of agreementHeads) heads.add(head, { type: 'agreement', loose: true })
const notHeadSet = phraseSet(notHeads)
const titleSet = phraseSet(titles)
const callingSet = new Set<string>(callings)
const unitTitleSet = new Set<string>(unitTitles)
const honorificSet = new Set<string>(honorifics.map((word) => word.toLowerCase()))
const portfolioSet = phraseSet(portfolios)
const stopSet = phraseSet(stops)
const clauseVerbSet = phraseSet(clauseVerbs)
const cueSet = phraseSet(placeCues)
const administrativeSet = phraseSet(administrativeWords)
const tailSet = phraseSet(nameTails)
const compoundSet = phraseSet(nameCompounds)
const capitalOpenedSet = phraseSet([...nameCompounds, ...capitalOpenedWords])
const facilitySet = phraseSet(facilityWords)
const bodyNounSet = phraseSet(bodyNouns)
const standaloneSet = phraseSet(standaloneBodies)
const jurisdictionSet = phraseSet(jurisdictionHeads)
const levelSet = phraseSet(jurisdictionLevels)
const internalSet = phraseSet(internalBodies)
const thingSet = phraseSet(thingNouns)
const quantifierSet = new Set<string>(quantifiers)
const companyWordSet = new Set<string>(companyWords)
const riverSet = phraseSet(riverWords)
/** Clubs are named after the bodies that own them ("CLB Công an Hà Nội"): another head goes on in their name. */
const clubSet = new Set<string>(clubHeads)
const numberedSet = new Set<string>(numberedHeads)
const companyHeadSet = new Set<string>(companyHeads)
/** A channel or a paper is named after the body that runs it ("Truyền hình Thông tấn xã"): another head goes on in its name. */
const mediaSet = new Set<string>(mediaHeads)
/**
 * Associations, named by their members ("Hội Nhà báo Việt Nam"), and offices, named by whom they serve ("Văn phòng
 * Chủ tịch nước"): a calling or a title right after the head is a word of the name.
 */
const titleNamedHeadSet = new Set<string>(titleNamedHeads)
const places = placeGrammar(stateFormsVi, [])
const cues = acronymCues(bodyNouns, sayingVerbs)
const listGrammar = {
  conjunctions: new Set(['và', 'hoặc', 'cùng']),
  openers: new Set(['như', 'gồm', 'là']),
  isTitle: (list: readonly Piece[], at: number) => titleSet.longest(list, at) !== undefined
}

/** Lower-case words a name may go on with after its last capital: loose heads ("tham mưu trưởng liên quân") and strict ones. */
const maxLowerLoose = 5
const maxLowerStrict = 3
/** Lower-case words a name may hold between two capitals ("Trung tâm Điều độ hệ thống điện Quốc gia"). */
const maxLowerBridge = 4
/** Syllables of a person's name at most. */
const maxNameLength = 6

/**
 * Vietnamese people, places, organizations and agreements: each rule
 * proposes readings with how sure it is (a title, a cue, a head noun, the
 * gazetteer, a family name), and the surest reading of each word wins
 * (`choose`). A capital alone (a sentence's first word) names nothing.
 */
export const scanVietnamese: Scanner<'entity'> = ({ text }) => {
  if (!/\p{Lu}/u.test(text)) return []
  const list = pieces(text)
  const known = gazetteerCandidates(text, list, 'vi')
  const organizations = [...headedNames(list), ...standalone(list), ...jurisdictions(list)]
  const found: Candidate[] = [
    ...known,
    ...stateForms(list, 'vi', places),
    ...listedPlaces(list, known, new Set(['và'])),
    ...cuedPlaces(list),
    ...rivers(list),
    ...teams(list, 'vi'),
    ...scoredClubs(list),
    ...brandedBodies(list, 'vi', { byShape: false, anyPlace: false }),
    ...credits(text, list, 'vi'),
    ...byline(text, list, true),
    ...sourceTags(list, () => false),
    ...newsSites(text, list),
    ...acronymsInContext(text, list, 'vi', cues),
    ...cuedBodies(list),
    ...companyNamed(list),
    ...things(list),
    ...organizations,
    ...titledPeople(text, list, organizations),
    ...shortNames(list, organizations),
    ...familyNamed(list)
  ]
  const chosen = choose(found, list)
  const listed = coordinatedBodies(list, chosen, found, listGrammar)
  return toTokens(text, list, listed.length > 0 ? choose([...found, ...listed], list) : chosen, 'vi')
}

/** The head opening a name at `index`, unless it is a title ("Bộ trưởng"), an event ("Hội nghị") or generic ("hai Bộ"). */
function headAt(list: readonly Piece[], index: number): { head: Head; to: number } | undefined {
  if (!isNameWord(list[index]) || notHeadSet.longest(list, index)) return undefined
  // "Trung tâm Phòng, chống bệnh tật": prevention, no office.
  if (isPreventionComma(list, index + 1)) return undefined
  const head = heads.longest(list, index)
  if (!head) return undefined
  // "Đài Loan", "Hội An": a known place that opens with a head's word is the place.
  const known = longestAt(lookupFor('vi'), list, index)
  if (known?.entry.type === 'place' && known.to > head.to) return undefined
  const title = titleSet.longest(list, index)
  if (title && title.to >= head.to) return undefined
  if (quantifierSet.has(list[index - 1]?.text.toLowerCase() ?? '')) return undefined
  return { head: head.value, to: head.to }
}

/**
 * '<organization head> <name>': "Bộ Công Thương", "Cục Đầu tư nước ngoài",
 * "Hội đồng nhân quyền Liên Hợp quốc", "Bộ Chính trị Trung ương Đảng Cộng
 * sản Việt Nam"; '<agreement head> <name>': "Hiệp định thương mại".
 */
function headedNames(list: readonly Piece[]): Candidate[] {
  const found: Candidate[] = []
  for (let index = 0; index < list.length; index++) {
    const opened = headAt(list, index)
    if (!opened) continue
    // "Hội đồng quản trị Công ty X": the board names the company.
    const internal = internalSet.longest(list, index)
    if (internal && isCapitalized(list[index]!.text)) {
      index = internal.to - 1
      continue
    }
    const headText = list
      .slice(index, opened.to)
      .map((piece) => piece.text)
      .join(' ')
    const named = nameEnd(list, opened.to, opened.head.loose, headText, titleEndsAt(list, index) && !roleInApposition(list, index))
    const end = numberedSet.has(headText) && isBodyNumber(list, named) ? named + 1 : named
    if (end === opened.to) continue
    // "Tổng công ty Đầu tư và kinh doanh vốn nhà nước": a body the gazetteer knows ends where its name does.
    const known = longestAt(lookupFor('vi'), list, index)
    const to = known?.entry.type === opened.head.type && known.to > end ? known.to : end
    const agreement = opened.head.type === 'agreement'
    // The body outranks the place cue inside it ("Sở Du lịch tỉnh Kiên Giang" is one name).
    // So does a body named by its jurisdiction ("Văn phòng Tỉnh ủy Vĩnh Phúc").
    const local = list
      .slice(opened.to, to)
      .some(
        (_, offset) =>
          administrativePlaceEnd(list, opened.to + offset) !== undefined || jurisdictionSet.longest(list, opened.to + offset) !== undefined
      )
    found.push({
      from: index,
      to,
      type: opened.head.type,
      rank: local ? ranks.framed + 1 : ranks.grammar,
      rule: agreement
        ? '<agreement head> <name>'
        : endsWithLevel(list, opened.to, to)
          ? '<organization head> <name> <level>'
          : '<organization head> <name>',
      anchor: index
    })
    index = to - 1
  }
  return found
}

/**
 * Where a name opened by a head ends: a portfolio ("Ngoại giao"), capitalized
 * words, "và" and "&" between them, a body it belongs to ("Văn phòng Chính
 * phủ", "... Trung ương Đảng Cộng sản Việt Nam"), lower-case words between
 * two capitals or known to end names ("nước ngoài", "tự do"), and a few
 * lower-case words after a capital; a verb, a preposition, a family name and
 * given names, a title or punctuation end it.
 */
function nameEnd(list: readonly Piece[], from: number, loose: boolean, head: string, titled: boolean): number {
  // "Bộ ngoại giao", "Tổng cục thống kê": a ministry's portfolio may be written in lower case; "Văn phòng thương mại" is generic.
  const portfolio =
    isCapitalized(list[from]?.text ?? '') || /^(?:Bộ|Tổng cục|Cục)$/u.test(head) ? portfolioSet.longest(list, from) : undefined
  // "Nghị viện châu Âu": a known place written in lower case opens a name as a capital does (looked up only for a lower-case word).
  if (
    !loose &&
    !isNameWord(list[from]) &&
    !portfolio &&
    longestAt(lookupFor('vi'), list, from)?.entry.type !== 'place' &&
    administrativePlaceEnd(list, from) === undefined
  )
    return from
  const maxLower = loose ? maxLowerLoose : maxLowerStrict
  let end = portfolio?.to ?? from
  // "Bộ Quốc phòng huy động ...": a portfolio after a strict head is a whole name; only capitals go on after it
  // ("Hội đồng Kinh tế xã hội" goes on).
  let lower = portfolio && !loose ? maxLower : 0
  let placeEnd = -1
  // Words of the name opened by a capital ("Kinh tế", "Quốc dân"): after two, lower-case words go on only up to a capital.
  let capitals = portfolio ? 1 : 0
  for (let index = end; index < list.length;) {
    const piece = list[index]!
    const joinsNext = /^[-–—&]$/u.test(piece.text) || piece.text === 'và'
    // "Hiệp hội Chế biến và xuất khẩu thủy sản Việt Nam": "và", lower-case words, then a capital of the same name.
    // "... và Trung tâm ...", "... và tập đoàn ...": a new body after "và" is another name.
    // "... và PVN": an acronym after "và" is another body too.
    // "... Việt Nam và Air India", "Tập đoàn Lộc Trời và Vina T&T": after a country or a proper name, "và" joins two bodies.
    const another =
      headAt(list, index + 1) !== undefined ||
      bodyNounSet.longest(list, index + 1) !== undefined ||
      (piece.text === 'và' && (isAllCaps(list[index + 1]?.text ?? '') || placeEnd === index || endsProperName(list, from, index)))
    if (
      joinsNext &&
      !another &&
      (isNameWord(list[index + 1]) || portfolioSet.longest(list, index + 1) || bridgeEnd(list, index + 1) !== undefined)
    ) {
      index++
      continue
    }
    // "Ban Chỉ đạo Phòng, chống thiên tai": "phòng, chống" (prevention and control) is one phrase, comma and all.
    if (isPreventionComma(list, index)) {
      end = index = index + 2
      continue
    }
    // "Công ty TNHH Thương mại Minh Anh": a form of address after a capital of the name is a syllable of it.
    // "Hội Nhà văn Việt Nam", "Hội Luật gia": an association is named by the calling of its members.
    const title = index === from && titleNamedHeadSet.has(head) ? undefined : titleSet.longest(list, index)
    if (!piece.word || (title && !(index > from && honorificSet.has(title.value.toLowerCase()) && isNameWord(list[index - 1])))) break
    const tail = tailSet.longest(list, index)
    if (tail && !isCapitalized(piece.text)) {
      end = index = tail.to
      lower = maxLower
      continue
    }
    // "Văn phòng Chính phủ", "Ban Thường vụ Trung ương Đảng Nhân dân Campuchia": the body it belongs to is part of it.
    const inner = headAt(list, index)
    if (inner && !belongsTo(list, index) && !clubSet.has(head) && !mediaSet.has(head) && !nests(head, list, index, inner.to)) break
    // "... điều tra Bộ Công an": the ministry it belongs to, portfolio and all.
    const owner = inner ? portfolioSet.longest(list, inner.to) : undefined
    if (owner) {
      end = index = owner.to
      lower = maxLower
      continue
    }
    const known = isCapitalized(piece.text) ? longestAt(lookupFor('vi'), list, index) : undefined
    if (known) {
      lower = maxLower
      end = index = known.to
      if (known.entry.type === 'place') placeEnd = end
      // "Thống đốc Ngân hàng Trung ương Bangladesh Ahsan H. Mansur": after a title, a country closes the body and the person follows.
      if (titled && placeEnd === end && isNameWord(list[end]) && !longestAt(lookupFor('vi'), list, end) && !headAt(list, end)) break
      continue
    }
    // "Bộ Công Thương Nguyễn Hồng Diên": a family name and given names after the name are a person; after one
    // capital with no title before the head, or in a company's name, they go on in the name ("Tập đoàn Tân Hoàng
    // Minh", "Công ty TNHH Xây dựng Hoàng Long").
    if (end > from && startsPersonName(list, index) && (titled || (!companyHeadSet.has(head) && (portfolio || end - from > 1)))) break
    if (isCapitalized(piece.text)) {
      if (!isNameWord(list[index - 1])) capitals++
      lower = 0
      end = ++index
      continue
    }
    // "Cục Hàng không": the second syllable of a compound opened by a capital.
    const opened = index > from && isCapitalized(list[index - 1]!.text) ? capitalOpenedSet.longest(list, index - 1) : undefined
    if (opened && opened.to > index) {
      end = index = opened.to
      continue
    }
    const compound = compoundSet.longest(list, index)
    // "... đầu tư 5 tỷ đồng": a compound before an amount is the sentence's verb; so is one that is a verb with no
    // more of the name after it ("... sản xuất.").
    if (compound && (isAmount(list, compound.to) || (stopSet.longest(list, index)?.to === compound.to && !goesOn(list, compound.to)))) break
    if (compound) {
      lower += compound.to - index
      if (lower > maxLower + 1) {
        const local = localEnd(list, index)
        if (local !== undefined) end = local
        break
      }
      end = index = compound.to
      // "Ban Quản lý dự án 85": a project board numbered.
      if (compound.value === 'dự án' && /^\d{1,3}$/u.test(list[index]?.text ?? '') && !isAmount(list, index)) end = ++index
      continue
    }
    // "Sở Du lịch tỉnh Kiên Giang": a body of a province or city names it, administrative word and all.
    const within = administrativePlaceEnd(list, index)
    if (within !== undefined) {
      end = index = within
      lower = maxLower
      continue
    }
    // "Phòng Tài nguyên và Môi trường huyện bị khởi tố": the level of the province or district it serves ends it.
    const level = end > from ? bareLevelEnd(list, index) : undefined
    if (level !== undefined) {
      end = level
      break
    }
    // "Ban Quản lý các khu công nghiệp tỉnh Bắc Ninh": a board over all the parks of a province.
    if (piece.text === 'các') {
      const local = localEnd(list, index + 1)
      if (local !== undefined) end = local
      break
    }
    if (stopSet.longest(list, index) || isAmount(list, index)) break
    // "Công ty TNHH Đầu tư Phúc Sơn phải nộp": a proper name closes the body; a lower-case word after it is the verb.
    if (lower === 0 && endsProperName(list, from, index)) break
    // "Công ty TNHH Một thành viên Thoát nước Hà Nội vận hành trạm bơm Yên Sở": a city or country closes the body;
    // lower-case words after it are the sentence's, not a bridge to another capital.
    if (placeEnd === index && index > from) break
    const bridge = bridgeEnd(list, index)
    if (bridge !== undefined) {
      end = index = bridge
      // After a word that ends names ("quốc gia"), only a capital goes on.
      lower = isNameWord(list[bridge]) ? 0 : maxLower
      continue
    }
    // "ĐH Kinh tế Quốc dân đặt ngưỡng": a second lower-case word after two words of the name is the sentence's.
    if (capitals >= 2 && !isCapitalized(list[index - 1]!.text) && lower > 0) break
    if (clauseVerbSet.longest(list, index)) break
    if (++lower > maxLower) {
      const local = localEnd(list, index)
      if (local !== undefined) end = local
      break
    }
    end = ++index
  }
  return end
}

/** Does more of a name follow at `index`: a capital, lower-case words up to one, or a word that ends names? */
function goesOn(list: readonly Piece[], index: number): boolean {
  return isNameWord(list[index]) || bridgeEnd(list, index) !== undefined || tailSet.longest(list, index) !== undefined
}

/** The comma of "phòng, chống" at `index`: the words on both sides are that phrase, written close. */
function isPreventionComma(list: readonly Piece[], index: number): boolean {
  const [before, comma, after] = [list[index - 1], list[index], list[index + 1]]
  return (
    comma?.text === ',' &&
    /^[Pp]hòng$/u.test(before?.text ?? '') &&
    /^[Cc]hống$/u.test(after?.text ?? '') &&
    comma.start === before!.end &&
    after!.start === comma.end + 1
  )
}

/** Lower-case words a board's long name may run over before its province ("... giao thông tỉnh Đồng Nai"). */
const maxLowerLocal = 10

/**
 * '<head> <lower-case words> <administrative word> <place>': a long name of a
 * body that ends with its province or city ("Ban Quản lý dự án đầu tư xây
 * dựng công trình giao thông tỉnh Đồng Nai"); no stop on the way.
 */
function localEnd(list: readonly Piece[], from: number): number | undefined {
  for (let at = from; at - from < maxLowerLocal && list[at]?.word && !isCapitalized(list[at]!.text); at++) {
    // "các khu công nghiệp tỉnh": a level after a plural noun; "Sở GD&ĐT các tỉnh": no level right after "các".
    const within = administrativePlaceEnd(list, at) ?? (at > from ? bareLevelEnd(list, at) : undefined)
    if (within !== undefined) return within
    if (stopSet.longest(list, at)) return undefined
  }
  return undefined
}

/** Levels of a province, city or district that end a body's name on their own ("Sở Y tế tỉnh", "Phòng Nội vụ huyện"). */
const bareLevels = phraseSet(['tỉnh', 'thành phố', 'huyện', 'quận', 'thị xã', 'xã', 'phường'])
/**
 * Words after a level that make it a phrase of the sentence ("tỉnh nhà", "huyện bạn", "xã này") or another word
 * ("xã hội", "xã viên", "xã giao"), no end of a name.
 */
const afterLevel = /^(?:nhà|bạn|này|đó|ấy|kia|lân|khác|mình|ta|hội|viên|giao)$/u

/**
 * '<body> <level>': the end of a lower-case level word at `index` that names
 * no place after it ("... Môi trường tỉnh", "... các khu công nghiệp tỉnh"):
 * the province or district the body serves, said without its name.
 */
function bareLevelEnd(list: readonly Piece[], index: number): number | undefined {
  const level = bareLevels.longest(list, index)
  if (!level) return undefined
  const next = list[level.to]
  if (isPersonWithMiddleName(list, level.to)) return level.to
  if (next?.word && (isNameWord(next) || afterLevel.test(next.text) || bareLevels.longest(list, level.to))) return undefined
  return level.to
}

/** Does the name from `from` to `to` end with a level said without its place ("... Môi trường huyện")? */
function endsWithLevel(list: readonly Piece[], from: number, to: number): boolean {
  for (let at = Math.max(from, to - 2); at < to; at++) if (bareLevels.longest(list, at)?.to === to) return true
  return false
}

/** The middle names that only people bear, never a place ("Lò Văn Pâng", "Đỗ Thị Hiền"). */
const middleNames = /^(?:Văn|Thị)$/u

/** Does a person's name start at `index`: a family name, "Văn" or "Thị", and a given name? */
function isPersonWithMiddleName(list: readonly Piece[], index: number): boolean {
  return isNameWord(list[index]) && startsPersonName(list, index) && middleNames.test(list[index + 1]!.text) && isNameWord(list[index + 2])
}

/** Do the two words before `index` make a proper name ("Phúc Sơn", "Lộc Trời"): both capitalized, neither an acronym? */
function endsProperName(list: readonly Piece[], from: number, index: number): boolean {
  if (index - 2 < from) return false
  const [first, second] = [list[index - 2], list[index - 1]]
  return isNameWord(first) && isNameWord(second) && !isAllCaps(first!.text) && !isAllCaps(second!.text)
}

/**
 * Does a title ending right before `index` follow a person's name and a
 * comma ("ông Đỗ Anh Dũng, chủ tịch Tập đoàn ...")? The person is named
 * already, so a family name after the head is the body's own ("Tân Hoàng Minh").
 */
function roleInApposition(list: readonly Piece[], index: number): boolean {
  for (let length = 1; length <= 4 && index - length >= 0; length++) {
    if (titleSet.longest(list, index - length)?.to !== index) continue
    const comma = index - length - 1
    if (list[comma]?.text !== ',') return false
    for (let at = comma - 1; at >= 0 && at >= comma - maxNameLength && isNameWord(list[at]); at--) {
      if (startsPersonName(list, at) && !longestAt(lookupFor('vi'), list, at)) return true
    }
    return false
  }
  return false
}

/** Does a title end right before `index` ("Thống đốc Ngân hàng ...")? */
function titleEndsAt(list: readonly Piece[], index: number): boolean {
  for (let length = 1; length <= 4 && index - length >= 0; length++) if (titleSet.longest(list, index - length)?.to === index) return true
  return false
}

/** Words counted by a number after a body's name ("Bệnh viện Bạch Mai 3 năm qua"), which make it no number of the body. */
const countedAfterNumber = /^(?:năm|tháng|ngày|giờ|tuần|người|ca|lượt|giường|bệnh|tỷ|tỉ|triệu|nghìn|ngàn|đồng|USD|%)$/u

/**
 * '<numbered head> <name> <number>': the number a hospital or a unit goes by ("Quân khu 4", "Bệnh viện Nhân dân 115"),
 * one to three digits on their own, no amount, date or count.
 */
function isBodyNumber(list: readonly Piece[], at: number): boolean {
  const [number, next] = [list[at], list[at + 1]]
  if (!number || !/^\d{1,3}$/u.test(number.text) || number.start !== list[at - 1]!.end + 1) return false
  if (next && next.start === number.end && /^[-/.,:]$/u.test(next.text) && /^\d/u.test(list[at + 2]?.text ?? '')) return false
  return !countedAfterNumber.test(next?.text ?? '')
}

/** "500 triệu đồng", "20%": a number before a scale word or a unit is an amount, no part of a name ("Ban Quản lý dự án 85" keeps its number). */
function isAmount(list: readonly Piece[], index: number): boolean {
  return /^\d/u.test(list[index]!.text) && /^(?:triệu|tỷ|tỉ|nghìn|ngàn|đồng|USD|%)$/u.test(list[index + 1]?.text ?? '')
}

/** The end of '<administrative word> <known place>' at `index` ("tỉnh Kiên Giang", "TP Hà Nội"), if it is one. */
function administrativePlaceEnd(list: readonly Piece[], index: number): number | undefined {
  const administrative = administrativeSet.longest(list, index)
  if (!administrative) return undefined
  const place = longestAt(lookupFor('vi'), list, administrative.to)
  if (place) return place.entry.type === 'place' ? place.to : undefined
  // "Trung tâm Y tế huyện Mèo Vạc": a district or commune the gazetteer does not know, up to a person's name.
  let end = administrative.to
  while (end - administrative.to < 4 && isNameWord(list[end]) && !headAt(list, end) && !startsPersonName(list, end)) end++
  return end > administrative.to ? end : undefined
}

/** Small words of names written in English ("Fraser and Neave", "Save the Children"): no Vietnamese word is spelled so. */
const englishConnectors = new Set(['and', 'of', 'the', 'for', '&'])

/**
 * '<body noun> <name>': a company or body after a lower-case noun of its
 * kind, which stays out ("tập đoàn Samsung", "công ty Vinamilk", "hãng
 * Boeing", "tập đoàn Fraser and Neave"); a known place alone after it is no
 * company's name ("các công ty Việt Nam").
 */
function cuedBodies(list: readonly Piece[]): Candidate[] {
  const found: Candidate[] = []
  for (let index = 0; index < list.length; index++) {
    const noun = bodyNounSet.longest(list, index)
    if (!noun || isCapitalized(list[index]!.text)) continue
    const from = noun.to
    // "tổ chức Hội nghị APEC": a meeting held, no body.
    if (
      !isNameWord(list[from]) ||
      isAllCaps(list[from]!.text) ||
      headAt(list, from) ||
      titleSet.longest(list, from) ||
      notHeadSet.longest(list, from)
    )
      continue
    let end = from
    let words = 0
    while (words < 4 && isNameWord(list[end]) && !(end > from && startsPersonName(list, end)) && !titleSet.longest(list, end)) {
      end = longestAt(lookupFor('vi'), list, end)?.to ?? end + 1
      words++
      // "tập đoàn Fraser and Neave", "tổ chức Save the Children": a name in English keeps its small words.
      if (englishConnectors.has(list[end]?.text ?? '') && isNameWord(list[end + 1]) && spacedBefore(list, end + 1)) end++
    }
    const known = longestAt(lookupFor('vi'), list, from)
    if (known?.to === end) continue
    found.push({ from, to: end, type: 'organization', rank: ranks.grammar, rule: '<body noun> <name>' })
    index = end - 1
  }
  return found
}

/**
 * Lower-case words between two capitals of one name, none a stop: the piece
 * of the capital after them; or up to a word that ends names ("khí tượng
 * thủy văn quốc gia"): the piece after it.
 */
function bridgeEnd(list: readonly Piece[], from: number): number | undefined {
  let at = from
  while (at - from < maxLowerBridge && list[at]?.word && !isCapitalized(list[at]!.text)) {
    // "khí tượng thủy văn quốc gia": lower-case words up to a word that ends names.
    const tail = at > from ? tailSet.longest(list, at) : undefined
    if (tail) return tail.to
    const compound = compoundSet.longest(list, at)
    if (compound) {
      at = compound.to
      continue
    }
    if (stopSet.longest(list, at)) break
    at++
  }
  const next = list[at]
  if (at === from || !isNameWord(next) || titleSet.longest(list, at) || startsPersonName(list, at)) return undefined
  return at
}

/**
 * A body named right after another is the one it belongs to: "Chính phủ",
 * "Trung ương", "Đảng ..." after "Văn phòng", "Ban Thường vụ"; "Quân đội"
 * after a bank's name ("Ngân hàng TMCP Quân đội"); a force after an
 * investigating body or a command.
 */
function belongsTo(list: readonly Piece[], index: number): boolean {
  return (
    /^(?:Chính|Trung|Đảng|Quốc|Nhà|Quân)$/u.test(list[index]!.text) ||
    list[index - 1]?.text === 'ương' ||
    // "Cơ quan Cảnh sát điều tra Bộ Công an", "Phòng Cảnh sát giao thông Công an tỉnh Đồng Nai": a police body names
    // its ministry or force.
    (/^(?:Bộ|Công)$/u.test(list[index]!.text) && policeBefore(list, index)) ||
    // "Bộ Chỉ huy Bộ đội Biên phòng tỉnh ...", "Bộ Tư lệnh Vùng Cảnh sát biển": a command names the force it commands.
    /^(?:Chỉ huy|Tư lệnh)$/u.test(`${list[index - 2]?.text ?? ''} ${list[index - 1]?.text ?? ''}`)
  )
}

/** The police and the security police, whose bodies name their ministry or force ("Cơ quan An ninh điều tra Bộ Công an"). */
const policeWords = /^(?:Cảnh sát|An ninh)$/u

/** Does a police body's name ("Cảnh sát ...", "An ninh ...") open in the few words before `index`? */
function policeBefore(list: readonly Piece[], index: number): boolean {
  for (let at = Math.max(0, index - 5); at < index - 1; at++) if (policeWords.test(`${list[at]!.text} ${list[at + 1]!.text}`)) return true
  return false
}

/** Is the head at `from`..`to` one that the name of `head` holds ("Công ty cổ phần Tập đoàn ...")? */
function nests(head: string, list: readonly Piece[], from: number, to: number): boolean {
  const inner = list
    .slice(from, to)
    .map((piece) => piece.text)
    .join(' ')
  return nestingHeads[head]?.includes(inner) ?? false
}

/** Does a person's name start at `index`: a family name, then a capitalized given name? */
function startsPersonName(list: readonly Piece[], index: number): boolean {
  return isVietnameseSurname(list[index]!.text) && isCapitalized(list[index]!.text) && isNameWord(list[index + 1])
}

/**
 * '<body>': bodies named by their word alone or with what they belong to:
 * "Quốc hội", "Quốc hội khóa XV", "Hạ viện", "Quốc hội Mỹ".
 */
function standalone(list: readonly Piece[]): Candidate[] {
  const found: Candidate[] = []
  for (let index = 0; index < list.length; index++) {
    const body = standaloneSet.longest(list, index)
    if (!body || !isCapitalized(list[index]!.text) || quantifierSet.has(list[index - 1]?.text.toLowerCase() ?? '')) continue
    let to = body.to
    const place = longestAt(lookupFor('vi'), list, to)
    if (place?.entry.type === 'place') to = place.to
    else if (/^khó[aá]$/u.test(list[to]?.text ?? '') && /^[IVXLC]+$/u.test(list[to + 1]?.text ?? '')) to += 2
    found.push({ from: index, to, type: 'organization', rank: ranks.grammar, rule: '<body>', anchor: index })
    index = to - 1
  }
  return found
}

/**
 * '<court> <jurisdiction>': courts, procuracies and councils named by where
 * they sit ("TAND TP Hà Nội", "TAND Cấp cao tại Đà Nẵng", "VKSND tối cao",
 * "Tòa phúc thẩm TAND Tối cao tại Đà Nẵng"). Alone they are generic.
 */
function jurisdictions(list: readonly Piece[]): Candidate[] {
  const found: Candidate[] = []
  for (let index = 0; index < list.length; index++) {
    const head = jurisdictionSet.longest(list, index)
    // "CLB Công an Hà Nội": the club's name, read by its head.
    if (!head || !isCapitalized(list[index]!.text) || clubSet.has(list[index - 1]?.text ?? '')) continue
    let to = head.to
    // "Tòa phúc thẩm TAND Tối cao": a court inside another.
    const inner = jurisdictionSet.longest(list, to)
    if (inner) to = inner.to
    const level = levelSet.longest(list, to)
    if (level) to = level.to
    let at = to
    if (/^(?:tại|ở)$/u.test(list[at]?.text ?? '')) at++
    at = administrativeSet.longest(list, at)?.to ?? at
    const place = longestAt(lookupFor('vi'), list, at)
    let placeEnd = place?.to ?? at
    // An unknown name only after "tại" or an administrative word: "VKSND tối cao Lê Minh Trí" names a person after the body.
    // "Thành ủy TP.HCM Nguyễn Văn Nên", "UBND tỉnh Lê Hồng Vinh": a person named after the jurisdiction is no part of
    // it ("TP Hồ Chí Minh" is); every province is known, so an unknown name after "tỉnh" is a person's.
    const province = list[at - 1]?.text === 'tỉnh'
    if (!place && at > to)
      while (placeEnd - at < 4 && isNameWord(list[placeEnd]) && !((placeEnd > at || province) && startsPersonName(list, placeEnd)))
        placeEnd++
    if (placeEnd > at) to = placeEnd
    // Alone ("UBND", "TAND") it is generic.
    if (to === head.to) continue
    found.push({ from: index, to, type: 'organization', rank: ranks.framed + 1, rule: '<court> <jurisdiction>', anchor: index })
    index = to - 1
  }
  return found
}

/**
 * '<title> <person>': "Thủ tướng Nguyễn Tấn Dũng", "Bộ trưởng Ngoại giao X",
 * "Thủ tướng Chính phủ Phạm Minh Chính", "Chủ tịch Quốc hội Nguyễn Thị Kim
 * Ngân", "Đại sứ Pakistan tại Việt Nam, Ngài X", "Quốc vương Campuchia
 * Preah Bat Samdech Preah Boromneath Norodom Sihamoni".
 */
function titledPeople(text: string, list: readonly Piece[], organizations: readonly Candidate[]): Candidate[] {
  const people: Candidate[] = []
  const bodies = new Map(organizations.map((candidate) => [candidate.from, candidate]))
  for (let index = 0; index < list.length; index++) {
    const title = titleSet.longest(list, index)
    // "Bà Rịa-Vũng Tàu": a known place that opens with a form of address is the place.
    if (!title || headAt(list, index) || isMiddleName(list, index) || insidePlace(list, index) || opensPlace(list, index)) continue
    // "Bộ trưởng Bộ Công Thương Nguyễn Hồng Diên": the organization is part of the role; it ends before the name.
    // "ông Đỗ Anh Dũng, chủ tịch Tập đoàn Tân Hoàng Minh": the person is named before the role; the body is all that follows.
    if (bodies.has(title.to) && roleInApposition(list, title.to)) continue
    // "Trưởng Phòng Cảnh sát kinh tế": a body opens at the title's last word; the title is no title of a name after it.
    if (bodies.has(title.to - 1)) continue
    const stage = stageNameEnd(list, title)
    if (stage !== undefined) {
      people.push({ from: title.to, to: stage, type: 'person', rank: ranks.framed, rule: '<calling> <stage name>' })
      index = stage - 1
      continue
    }
    const roleEnd = complementEnd(list, title.to, bodies)
    let from = roleEnd
    const honorific = honorificSet.has(title.value.toLowerCase())
    // "Đại sứ Pakistan tại Việt Nam, Ngài X": the role, then a form of address, then the name.
    if (list[from]?.text === ',' && !honorific) {
      const address = titleSet.longest(list, from + 1)
      if (address && honorificSet.has(address.value.toLowerCase())) from = address.to
    }
    // Honorifics between the role and the name ("Quốc vương Campuchia Preah Bat Samdech ...").
    for (
      let address = titleSet.longest(list, from);
      address && honorificSet.has(address.value.toLowerCase());
      address = titleSet.longest(list, from)
    ) {
      from = address.to
    }
    const end = personEnd(list, from)
    if (end === undefined || namesUnit(list, title.value, from, end)) continue
    if (namesBodyInApposition(list, index, from, end, people)) {
      people.push({ from, to: end, type: 'organization', rank: ranks.framed, rule: '<person>, <title> <body>' })
      index = end - 1
      continue
    }
    // "Chủ tịch FICCI Harsha Vardhan Agarwal", "Tổng giám đốc MB Phạm Như Ánh": the acronym in the role is a body.
    const acronym = roleEnd - 1
    if (!honorific && acronym >= title.to && isBodyAcronym(list[acronym]!.text) && !bodies.has(acronym)) {
      people.push({ from: acronym, to: roleEnd, type: 'organization', rank: ranks.framed, rule: '<title> <acronym> <person>' })
    }
    const role = honorific ? roleAfter(text, list, end, bodies) : text.slice(list[index]!.start, list[roleEnd - 1]!.end)
    people.push({ from, to: end, type: 'person', rank: ranks.framed, rule: '<title> <person>', ...(role ? { role } : {}) })
    const country = honorific ? undefined : (countryInRole(list, title.to, roleEnd) ?? companyInRole(list, title.to, roleEnd))
    if (country) people.push(country)
    index = end - 1
  }
  return people
}

/**
 * Is the one capitalized word after a unit's head's title, a lower-case word
 * after it, the unit's name ("Trưởng khoa Thận nhân tạo"), no person?
 */
function namesUnit(list: readonly Piece[], title: string, from: number, end: number): boolean {
  const next = list[end]
  return unitTitleSet.has(title) && end - from === 1 && next?.word === true && !isCapitalized(next.text)
}

/**
 * '<calling> <stage name>': after an artist's or a player's calling, a
 * one-syllable country and one more syllable, and no more, are a Vietnamese
 * name ("ca sĩ Mỹ Tâm", "tiền vệ Đức Huy"), no role's country: a calling is
 * given no country before a name.
 */
function stageNameEnd(list: readonly Piece[], title: { to: number; value: string }): number | undefined {
  if (!callingSet.has(title.value)) return undefined
  const country = longestAt(lookupFor('vi'), list, title.to)
  const given = list[title.to + 1]
  if (country?.entry.type !== 'place' || country.to !== title.to + 1 || !isNameWord(given) || isNameWord(list[title.to + 2]))
    return undefined
  return isVietnameseSyllable(given!.text) ? title.to + 2 : undefined
}

/** Does a known place longer than one word start at `index` ("Bà Rịa-Vũng Tàu", "Bà Rịa")? */
function opensPlace(list: readonly Piece[], index: number): boolean {
  const known = longestAt(lookupFor('vi'), list, index)
  return known?.entry.type === 'place' && known.to > index + 1
}

/** "Trung Quốc Vương Nghị": a title's first syllable closing a known place ("Quốc" of "Trung Quốc") opens no title. */
function insidePlace(list: readonly Piece[], index: number): boolean {
  for (let from = Math.max(0, index - 2); from < index; from++) if ((longestAt(lookupFor('vi'), list, from)?.to ?? 0) > index) return true
  return false
}

/**
 * '<title> <country> <person>': the country of a role before a name is a
 * place, even one that is also a given name ("Tổng thống Nga Vladimir
 * Putin", "Ngoại trưởng Mỹ Marco Rubio").
 */
function countryInRole(list: readonly Piece[], from: number, roleEnd: number): Candidate | undefined {
  // Right after the title or its portfolio ("Bộ trưởng Ngoại giao Mỹ"); a country inside a body or a state's long form is not read here.
  const at = portfolioSet.longest(list, from)?.to ?? from
  const known = longestAt(lookupFor('vi'), list, at)
  if (known?.entry.type !== 'place' || known.to !== roleEnd) return undefined
  return { from: at, to: known.to, type: 'place', rank: ranks.framed, rule: '<title> <country> <person>' }
}

/** '<title> <company> <country> <person>': a known company and the country it works in make one body ("Tổng giám đốc Samsung Việt Nam"). */
function companyInRole(list: readonly Piece[], from: number, roleEnd: number): Candidate | undefined {
  const lookup = lookupFor('vi')
  const company = longestAt(lookup, list, from)
  if (company?.entry.type !== 'organization' || company.ambiguous) return undefined
  const country = longestAt(lookup, list, company.to)
  if (country?.entry.type !== 'place' || country.to !== roleEnd) return undefined
  return { from, to: roleEnd, type: 'organization', rank: ranks.framed, rule: '<title> <company> <country> <person>' }
}

/**
 * After a title: a portfolio ("Ngoại giao"), a body ("Bộ Công Thương"; the
 * person's name after it is left out), a country ("Pakistan"), "tại
 * <country>", a body of the state ("Chính phủ", "Quốc vụ viện nước Cộng hòa
 * Nhân dân Trung Hoa").
 */
function complementEnd(list: readonly Piece[], from: number, bodies: ReadonlyMap<number, Candidate>): number {
  const lookup = lookupFor('vi')
  let end = portfolioSet.longest(list, from)?.to ?? from
  const body = bodies.get(end)
  if (body) end = personStartIn(list, body.from + 1, body.to) ?? body.to
  // "Tổng giám đốc Techcombank Jens Lottner", "Tổng Giám đốc Samsung Việt Nam Choi Joo-ho": a body the gazetteer
  // knows, and the country it works in, between the title and a name.
  const company = end === from ? longestAt(lookup, list, end) : undefined
  if (company?.entry.type === 'organization' && !company.ambiguous && isNameWord(list[company.to])) end = company.to
  // "Chủ tịch UBND tỉnh Lê Hồng Vinh": a generic council of the level, then the name.
  const council = end === from ? jurisdictionSet.longest(list, end) : undefined
  const level = council ? bareLevels.longest(list, council.to) : undefined
  if (level && isNameWord(list[level.to]) && startsPersonName(list, level.to)) return level.to
  // "Thủ tướng Chính phủ", "Thủ tướng Quốc vụ viện nước ...".
  if (/^Chính$/u.test(list[end]?.text ?? '') && list[end + 1]?.text === 'phủ') end += 2
  if (/^Quốc$/u.test(list[end]?.text ?? '') && /^vụ$/u.test(list[end + 1]?.text ?? '')) end += 3
  if (list[end]?.text === 'nước') end++
  const stateForm = places.stateForms.longest(list, end)
  const country = longestAt(lookup, list, stateForm?.to ?? end)
  if (country && country.entry.type === 'place') end = country.to
  else if (stateForm) return stateForm.to
  if (/^(?:tại|ở)$/u.test(list[end]?.text ?? '')) {
    const host = longestAt(lookup, list, end + 1)
    if (host) end = host.to
  }
  // "Chủ tịch FICCI Harsha Vardhan Agarwal": a body's acronym between the title and a name.
  if (end === from && isBodyAcronym(list[end]?.text ?? '') && isNameWord(list[end + 1]) && list[end + 1]!.start === list[end]!.end + 1)
    end++
  // "Nhà kinh tế trưởng của ADB Albert Park": the body the title belongs to, after "của", then the name.
  if (end === from && list[end]?.text === 'của') {
    const owner = list[end + 1]
    const known = longestAt(lookup, list, end + 1)
    const ownerEnd = known?.entry.type === 'organization' ? known.to : isBodyAcronym(owner?.text ?? '') ? end + 2 : undefined
    if (ownerEnd !== undefined && isNameWord(list[ownerEnd]) && !isAllCaps(list[ownerEnd]!.text)) end = ownerEnd
  }
  return end
}

/**
 * '<person>, <title> <body>': a title set after a person's name and a comma
 * gives that person's role, so one word after it, no Vietnamese family name,
 * is the body of the role ("Ông Đặng Phúc Nguyên, Tổng thư ký Vinafruit,").
 */
function namesBodyInApposition(list: readonly Piece[], title: number, from: number, end: number, people: readonly Candidate[]): boolean {
  if (end - from !== 1 || list[title - 1]?.text !== ',' || startsPersonName(list, from)) return false
  if (!/^[,.;)]$/u.test(list[end]?.text ?? '')) return false
  return people.some((person) => person.type === 'person' && person.to === title - 1)
}

/** Where a person's name starts inside a body's reading, if it runs on into one ("Quốc hội Nguyễn Thị Kim Ngân"). */
function personStartIn(list: readonly Piece[], from: number, to: number): number | undefined {
  // A less common family name there is more likely the body's own word ("Bệnh viện Bạch Mai", "Trường THPT Kim Liên").
  for (let at = from; at < to; at++) if (startsPersonName(list, at) && isVietnameseSurname(list[at]!.text, false)) return at
  return undefined
}

/** A role given after the name: "X, Viện trưởng Viện Quản trị Chính sách". */
function roleAfter(text: string, list: readonly Piece[], nameEnd: number, bodies: ReadonlyMap<number, Candidate>): string | undefined {
  if (list[nameEnd]?.text !== ',') return undefined
  const title = titleSet.longest(list, nameEnd + 1)
  if (!title || honorificSet.has(title.value.toLowerCase())) return undefined
  const end = complementEnd(list, title.to, bodies)
  return text.slice(list[nameEnd + 1]!.start, list[end - 1]!.end)
}

/** The end of a person's name at `from`: capitalized syllables, not a known place or body, not a head or a title. */
function personEnd(list: readonly Piece[], from: number): number | undefined {
  if (!isNameWord(list[from]) || headAt(list, from) || isAllCaps(list[from]!.text)) return undefined
  const known = longestAt(lookupFor('vi'), list, from)
  if (known && !known.ambiguous) return undefined
  let end = from
  while (end - from < maxNameLength) {
    if (isNameWord(list[end]) && !opensBody(list, end) && !isTitleInName(list, end)) end++
    // "Park Hang-seo", "Kim Sang-sik": a syllable glued by a hyphen is part of a given name.
    else if (end > from && isGluedSyllable(list, end)) end += 2
    // "H'Yim", "Y'Moan": names of the Central Highlands glue their syllables with an apostrophe.
    else if (end > from && isGluedApostrophe(list, end)) end += 2
    // "Ahsan H. Mansur": an initial's dot inside a name.
    else if (
      end - from >= 2 &&
      list[end]?.text === '.' &&
      /^\p{Lu}$/u.test(list[end - 1]!.text) &&
      isNameWord(list[end + 1]) &&
      !titleSet.longest(list, end + 1)
    )
      end++
    else break
  }
  // "Ferdinand Marcos Jr.": the dot of a suffix.
  if (/^(?:Jr|Sr)$/u.test(list[end - 1]?.text ?? '') && list[end]?.text === '.' && list[end]!.start === list[end - 1]!.end) end++
  return end > from ? end : undefined
}

/**
 * '<family name> <given names>' goes on over a head's word that opens no
 * name ("Nguyễn Văn Trường chuyền bóng", "Đặng Minh Hội"): a given name, not
 * "Trường Đại học ..." or "Bộ Công Thương".
 */
function opensBody(list: readonly Piece[], index: number): boolean {
  const opened = headAt(list, index)
  if (!opened) return false
  return opened.head.loose || isNameWord(list[opened.to]) || portfolioSet.longest(list, opened.to) !== undefined
}

/** An apostrophe glued between two syllables of one name ("H'Yim", "Cư M'gar"). */
function isGluedApostrophe(list: readonly Piece[], at: number): boolean {
  const mark = list[at]
  const next = list[at + 1]
  return (
    (mark?.text === "'" || mark?.text === '’') &&
    mark.start === list[at - 1]!.end &&
    next !== undefined &&
    next.word &&
    next.start === mark.end
  )
}

/** "Trần Anh Hùng": a capitalized form of address after a family name is a middle name. */
function isMiddleName(list: readonly Piece[], index: number): boolean {
  const before = list[index - 1]
  return before !== undefined && isCapitalized(before.text) && isVietnameseSurname(before.text) && isNameWord(list[index + 1])
}

/** A title inside a run of capitals ends the name; "Anh", "Bà" there are given names, not forms of address. */
function isTitleInName(list: readonly Piece[], index: number): boolean {
  const title = titleSet.longest(list, index)
  return title !== undefined && !honorificSet.has(title.value.toLowerCase())
}

/** '<family name> <given names>': people named with a Vietnamese family name and no title ("Lê Văn An cho biết"). */
function familyNamed(list: readonly Piece[]): Candidate[] {
  const people: Candidate[] = []
  for (let index = 0; index < list.length; index++) {
    if (!isVietnameseSurname(list[index]!.text) || !isCapitalized(list[index]!.text)) continue
    const end = personEnd(list, index)
    if (end === undefined || end - index < 2) continue
    // "Đỗ Anh Dũng", "Nguyễn Đức Chung": a middle name that is also a country's ("Anh", "Đức") is no place inside a name.
    if (end - index >= 3 && hasCountryInside(list, index + 1, end)) {
      people.push({ from: index, to: end, type: 'person', rank: ranks.known + 1, rule: '<family name> <country word> <given name>' })
    } else people.push({ from: index, to: end, type: 'person', rank: ranks.shape, rule: '<family name> <given names>' })
    index = end - 1
  }
  return people
}

/**
 * Is a middle syllable of the name `from`..`to` a place by itself ("Anh",
 * "Đức"), with no known name after it ("Hoàng Anh Gia Lai" is a club's)?
 */
function hasCountryInside(list: readonly Piece[], from: number, to: number): boolean {
  let inside = false
  for (let index = from; index < to; index++) {
    const known = longestAt(lookupFor('vi'), list, index)
    if (!known) continue
    if (inside || index === to - 1 || known.entry.type !== 'place' || known.to !== index + 1) return false
    inside = true
  }
  return inside
}

/**
 * '<place cue> <name>': places after an administrative word, which stays out
 * ("tỉnh Quảng Ninh", "huyện Văn Bàn", "TP. Hồ Chí Minh"), or after "tại",
 * "ở", "sang" ("tại Gwadar").
 */
function cuedPlaces(list: readonly Piece[]): Candidate[] {
  const found: Candidate[] = []
  for (let index = 0; index < list.length; index++) {
    const administrative = administrativeSet.longest(list, index)
    const cue = administrative ?? cueSet.longest(list, index)
    // "Đồng bằng sông Cửu Long": a cue inside a known name is part of it; "Hợp tác xã Dịch vụ": so is one closing a head.
    if (!cue || insidePlace(list, index) || closesHead(list, index, cue.to) || closesWord(list, index)) continue
    const from = cue.to
    // "Phòng Kinh tế huyện Lò Văn Pâng": a person named after the level, no place.
    if (!isNameWord(list[from]) || headAt(list, from) || titleSet.longest(list, from) || isAllCaps(list[from]!.text)) continue
    const known = longestAt(lookupFor('vi'), list, from)
    // Every province is known: an unknown name after "tỉnh" that opens as a person's is one ("UBND tỉnh Lê Hồng Vinh").
    if (isPersonWithMiddleName(list, from) || (cue.value === 'tỉnh' && !known && startsPersonName(list, from))) continue
    if ((known && !administrative) || (!administrative && facilitySet.longest(list, from))) continue
    let end = known?.to ?? from
    if (!known) {
      while (end - from < 4 && (isNameWord(list[end]) || (end > from && isGluedApostrophe(list, end)))) {
        if (isNameWord(list[end]) && headAt(list, end)) break
        end += isNameWord(list[end]) ? 1 : 2
      }
    }
    // A lone Vietnamese syllable after "tại" is a common noun ("tại Trụ sở"); a lone foreign one is a name ("tại Gwadar").
    if (!administrative && end - from === 1 && !/^[A-Za-z]+$/u.test(list[from]!.text)) continue
    const rank = administrative ? ranks.framed : ranks.known - 1
    found.push({ from, to: end, type: 'place', rank, rule: '<place cue> <name>', ...(known ? { canonical: known.entry.canonical } : {}) })
    // "các huyện Krông Pắc, Cư M'gar và Krông Năng": the other names of a list after a plural administrative word.
    if (administrative && quantifierSet.has(list[index - 1]?.text.toLowerCase() ?? '')) end = listedAfter(list, end, found)
    index = end - 1
  }
  return found
}

/** Syllables before a cue that make it the end of another word: "nông thôn" (countryside), "xóm làng". */
const cueClosers = /^(?:nông|xóm)$/iu

/** Is the cue at `index` the second syllable of a common word ("nông thôn Việt Nam")? */
function closesWord(list: readonly Piece[], index: number): boolean {
  return cueClosers.test(list[index - 1]?.text ?? '') && /^(?:thôn|làng)$/u.test(list[index]!.text)
}

/** Does a head that opens a word or two before `index` end at `to` ("xã" of "Hợp tác xã")? */
function closesHead(list: readonly Piece[], index: number, to: number): boolean {
  for (let from = Math.max(0, index - 2); from < index; from++) if (heads.longest(list, from)?.to === to) return true
  return false
}

/** '<plural administrative word> <name>, <name> và <name>': the names after the first, up to the end of the list. */
function listedAfter(list: readonly Piece[], from: number, found: Candidate[]): number {
  let end = from
  while ((list[end]?.text === ',' || list[end]?.text === 'và') && isNameWord(list[end + 1])) {
    const start = end + 1
    if (headAt(list, start) || titleSet.longest(list, start) || administrativeSet.longest(list, start) || isAllCaps(list[start]!.text))
      break
    let to = longestAt(lookupFor('vi'), list, start)?.to ?? start
    if (to === start)
      while (to - start < 4 && (isNameWord(list[to]) || (to > start && isGluedApostrophe(list, to)))) to += isNameWord(list[to]) ? 1 : 2
    found.push({ from: start, to, type: 'place', rank: ranks.framed, rule: '<administrative word> <name>, <name> và <name>' })
    end = to
  }
  return end
}

/**
 * '<organization> (<short name>)': a word in brackets right after a body's
 * name is the name it goes by ("Hiệp hội Rau quả Việt Nam (Vinafruit)");
 * bracketed acronyms are the acronym dimension's.
 */
function shortNames(list: readonly Piece[], organizations: readonly Candidate[]): Candidate[] {
  const found: Candidate[] = []
  for (const body of organizations) {
    const at = body.to + 1
    const word = list[at]
    if (list[body.to]?.text !== '(' || !isNameWord(word) || isAllCaps(word!.text) || !/^[),]$/u.test(list[at + 1]?.text ?? '')) continue
    found.push({ from: at, to: at + 1, type: 'organization', rank: ranks.framed, rule: '<organization> (<short name>)' })
  }
  return found
}

/**
 * '<name> <company word>' and 'Air <country>': companies named in English
 * with the word of their trade ("Sun Group", "Korean Air", "Reliance
 * Industries", "Air India"); it outranks a title before it ("Chủ tịch Sun
 * Group"). After a head the head's rule reads the name ("Tập đoàn Sun Group").
 */
function companyNamed(list: readonly Piece[]): Candidate[] {
  const found: Candidate[] = []
  for (let index = 1; index < list.length; index++) {
    const piece = list[index]!
    const last = companyWordSet.has(piece.text) && isNameWord(list[index - 1]) && spacedBefore(list, index)
    if (!last && !(piece.text === 'Air' && isNameWord(list[index + 1]) && spacedBefore(list, index + 1))) continue
    if (!last) {
      // Airlines write their country in English ("Air India", "Air France").
      const country = longestAt(lookupFor('vi'), list, index + 1) ?? longestAt(lookupFor('en'), list, index + 1)
      if (country?.entry.type !== 'place') continue
      found.push({ from: index, to: country.to, type: 'organization', rank: ranks.framed + 1, rule: 'Air <country>' })
      index = country.to - 1
      continue
    }
    let from = index - 1
    while (from > index - 3 && isNameWord(list[from - 1]) && spacedBefore(list, from) && !titleSet.longest(list, from - 1)) from--
    if (headEndsAt(list, from) || titleSet.longest(list, from)) continue
    found.push({ from, to: index + 1, type: 'organization', rank: ranks.framed + 1, rule: '<name> <company word>' })
  }
  return found
}

/** Does an organization's head end right before `index` ("Tập đoàn Sun Group")? */
function headEndsAt(list: readonly Piece[], index: number): boolean {
  for (let length = 1; length <= 4 && index - length >= 0; length++) if (heads.longest(list, index - length)?.to === index) return true
  return false
}

/**
 * '<river word> <name>': a river, its word and all ("sông Hương", "sông Trà
 * Khúc"); the word inside a known name is part of that name ("Đồng bằng sông
 * Cửu Long").
 */
function rivers(list: readonly Piece[]): Candidate[] {
  const found: Candidate[] = []
  for (let index = 0; index < list.length; index++) {
    const river = riverSet.longest(list, index)
    if (!river || !isNameWord(list[river.to]) || insidePlace(list, index) || headAt(list, river.to)) continue
    let end = longestAt(lookupFor('vi'), list, river.to)?.to ?? river.to
    if (end === river.to) while (end - river.to < 3 && isNameWord(list[end]) && !startsPersonName(list, end)) end++
    found.push({ from: index, to: end, type: 'place', rank: ranks.framed, rule: '<river word> <name>' })
    index = end - 1
  }
  return found
}

/**
 * '<thing> <name>': names of storms, works and shares, claimed so no rule
 * reads them as people or places ("bão Yagi", "cầu Rạch Miễu", "cổ phiếu
 * VIC"); a known name that opens with the thing's word is that name.
 */
function things(list: readonly Piece[]): Candidate[] {
  const found: Candidate[] = []
  for (let index = 0; index < list.length; index++) {
    const thing = thingSet.longest(list, index)
    if (!thing || !isNameWord(list[thing.to])) continue
    // "Chương trình Lương thực Thế giới", "Cầu Giấy": a name the gazetteer knows may open with a thing's word.
    if ((longestAt(lookupFor('vi'), list, index)?.to ?? 0) > thing.to) continue
    let end = thing.to
    while (end - thing.to < 4 && isNameWord(list[end])) end++
    found.push({ from: thing.to, to: end, type: 'none', rank: ranks.grammar, rule: '<thing> <name>' })
    index = end - 1
  }
  return found
}
