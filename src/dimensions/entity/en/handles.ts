import { ranks, type Candidate } from '../candidates.js'
import { isAllCaps, type Piece } from '../text.js'
import { organizationHeadSet } from './words.js'

/** Marks that may join the words of a handle when a word follows them ("@le_huong", "@lan.nguyen"). */
const joiner = /^[_.]$/u

/**
 * '@<handle>': a social media handle names its owner, a person
 * ("@lan_nguyen replied"). A handle in brackets after a body's acronym or
 * head ("SBP (@StateBank_Pak)") is the body's account: '<body> (@<handle>)'
 * claims its words for no name. An address's "@" after a word is no handle.
 */
export function handles(list: readonly Piece[]): Candidate[] {
  const found: Candidate[] = []
  for (let index = 0; index < list.length; index++) {
    if (list[index]!.text !== '@' || gluedTo(list, index - 1, index) || !isHandleWord(list, index + 1)) continue
    let to = index + 2
    for (;;) {
      if (isHandleWord(list, to)) to++
      else if (joiner.test(list[to]?.text ?? '') && gluedTo(list, to - 1, to) && isHandleWord(list, to + 1)) to += 2
      else break
    }
    found.push(
      ownedByBody(list, index)
        ? { from: index, to, type: 'none', rank: ranks.framed, rule: '<body> (@<handle>)' }
        : { from: index, to, type: 'person', rank: ranks.framed, rule: '@<handle>' }
    )
    index = to - 1
  }
  return found
}

/** Is piece `at` a word glued to the piece before it? */
function isHandleWord(list: readonly Piece[], at: number): boolean {
  return list[at]?.word === true && gluedTo(list, at - 1, at)
}

/** Do pieces `before` and `at` touch, without a blank between them? */
function gluedTo(list: readonly Piece[], before: number, at: number): boolean {
  const previous = list[before]
  return previous !== undefined && list[at] !== undefined && previous.end === list[at].start && (previous.word || list[at].word)
}

/** "SBP (@StateBank_Pak)", "the bank (@BankNegara)": the bracket opens after a body's acronym or head, in either case. */
function ownedByBody(list: readonly Piece[], at: number): boolean {
  const owner = list[at - 2]?.text ?? ''
  const capitalized = owner.charAt(0).toUpperCase() + owner.slice(1)
  return list[at - 1]?.text === '(' && owner !== '' && (isAllCaps(owner) || organizationHeadSet.has(capitalized))
}
