import type { LinkDocument } from '../facts/document.js'
import { giveReasons, isKind, type Draft, type EntityFields } from '../facts/draft.js'
import { mentionsAgain } from './mentions.js'

type EntityDraft = Draft<EntityFields>

/** An acronym as written: two or more capitals or digits ("SAARC", "G20"). */
const acronymName = /^\p{Lu}[\p{Lu}\p{N}&]+$/u

/**
 * Ties entity mentions of a file together: finds the names met again
 * (`mentionsAgain`), then links an acronym defined in brackets to its long
 * form, later bare uses of it to the same long form, a short later mention
 * of a person ("Hang", "Chính") to the full name met before (both then share
 * that name as `canonical`), and a person to the organization of their role
 * when both stand in one sentence.
 */
export function linkEntities(drafts: Draft[], document: LinkDocument): Draft[] {
  const all = mentionsAgain(drafts, document)
  const entities = all.filter((draft): draft is EntityDraft => isKind(draft, 'entity')).sort((a, b) => a.start - b.start || b.end - a.end)
  linkAcronyms(entities, document.text)
  linkShortNames(entities)
  linkRoles(entities)
  return all.sort((a, b) => a.start - b.start || a.end - b.end)
}

/** "Association of Southeast Asian Nations (ASEAN)": the acronym points to the name before it, and so do later uses. */
function linkAcronyms(entities: readonly EntityDraft[], text: string): void {
  const defined = new Map<string, EntityDraft>()
  for (const draft of entities) {
    const name = draft.fields.name
    if (!acronymName.test(name)) continue
    if (isBracketed(text, draft)) {
      const longForm = entities.find(
        (other) => other !== draft && /^\s*$/u.test(text.slice(other.end, draft.start - 1)) && other.end < draft.start
      )
      if (longForm) {
        draft.links.refersTo = longForm
        giveReasons(draft, { refersTo: 'acronym after its long form' })
      }
      if (!defined.has(name)) defined.set(name, longForm ?? draft)
      continue
    }
    const target = defined.get(name)
    if (target && target !== draft) {
      draft.links.refersTo = target
      giveReasons(draft, { refersTo: 'acronym defined before' })
    }
  }
}

function isBracketed(text: string, draft: EntityDraft): boolean {
  return text[draft.start - 1] === '(' && text[draft.end] === ')'
}

/** "Hang" after "Le Thi Thu Hang", "Mehtab" after "Samina Mehtab": the latest full name holding the short one. */
function linkShortNames(entities: readonly EntityDraft[]): void {
  const people: EntityDraft[] = []
  for (const draft of entities) {
    if (draft.fields.type !== 'person') continue
    const words = wordsOf(draft.fields.name)
    const full = people.findLast((person) => {
      const longer = wordsOf(person.fields.name)
      return longer.length > words.length && containsRun(longer, words)
    })
    if (full) {
      const target = (full.links.refersTo ?? full) as EntityDraft
      draft.links.refersTo = target
      if (target.fields.canonical === undefined) {
        target.fields.canonical = target.fields.name
        giveReasons(target, { canonical: 'full name of a later short name' })
      }
      draft.fields.canonical = target.fields.canonical
      giveReasons(draft, { refersTo: 'full name met before', canonical: 'full name met before' })
    } else people.push(draft)
  }
}

function wordsOf(name: string): string[] {
  return name
    .toLowerCase()
    .split(/[\s.]+/u)
    .filter(Boolean)
}

/** Do the words of `part` appear in `whole`, in order and side by side? */
function containsRun(whole: readonly string[], part: readonly string[]): boolean {
  if (part.length === 0) return false
  for (let start = 0; start + part.length <= whole.length; start++) {
    if (part.every((word, offset) => whole[start + offset] === word)) return true
  }
  return false
}

/** A person's role names an organization of the same sentence ("Assistant Minister, Ministry of Foreign Affairs"). */
function linkRoles(entities: readonly EntityDraft[]): void {
  for (const person of entities) {
    const role = person.fields.role
    if (person.fields.type !== 'person' || !role) continue
    const organizations = entities
      .filter((other) => other.fields.type === 'organization' && other.sentence === person.sentence && role.includes(other.fields.name))
      .sort((a, b) => b.fields.name.length - a.fields.name.length)
    if (organizations[0]) {
      person.links.roleOf = organizations[0]
      giveReasons(person, { roleOf: 'organization named in the role' })
    }
  }
}
