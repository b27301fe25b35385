import type { CameoCode, EventType } from './vocabulary.js'

/** The sections of a news desk an event type belongs to (../shared/corpus/EVENTS.md). */
export const eventSections = ['diplomacy', 'economy', 'politics', 'law', 'society', 'sport'] as const
export type EventSection = (typeof eventSections)[number]

/** What the dataset knows of an event type besides its name. */
export interface EventTypeInfo {
  readonly section: EventSection
  /** The CAMEO code of the happening; none where CAMEO codes no action between actors (a storm, an election, a match). */
  readonly cameo?: CameoCode
  /** Other codes a trigger may tell: a visit hosted (043), talks (046), aid given (070), a ban lifted (085), a strike (143), an embassy closed. */
  readonly variants?: readonly CameoCode[]
  /** Happens once between the same parties: two dates for it are a conflict, and its mentions join without a date. */
  readonly once?: true
  /** Carries the figure it sets (a target's amount, a figure record). */
  readonly sets?: true
  /** A casualty: carries the count of its dead or of the people it struck (a figure record). */
  readonly casualty?: true
  /** Told once a sentence: further mentions in it are its parts or a comparison ("127 dead ... (45 in A, 21 in B)"). */
  readonly oncePerSentence?: true
  /** A phrase that elaborates one already told ("..., where floods killed 20", "..., under which they were convicted") tells it again. */
  readonly elaborated?: true
  /**
   * What of a list after its trigger makes one happening each: the contests
   * of a prize, the teams and scores of matches, the numbered or named
   * documents adopted, the agreements signed, the places of missions opened
   * or closed, the sentences handed, the persons met separately; or of a
   * list before it, the donors that each promise their own aid.
   */
  readonly eachOf?: 'contest' | 'score' | 'document' | 'agreement' | 'mission' | 'sentence' | 'person met separately' | 'donor'
}

/**
 * Every event type with its section, CAMEO code (EVENTS.md's table) and how
 * its occurrences are told. The triggers read their codes here, the link
 * stage how occurrences are counted, the claims `once`: code elsewhere never
 * names an event type for what it is.
 */
export const eventTypeInfo: Readonly<Record<EventType, EventTypeInfo>> = {
  relations_established: { section: 'diplomacy', cameo: '054', once: true },
  relations_upgraded: { section: 'diplomacy', cameo: '050' },
  embassy_opened: { section: 'diplomacy', cameo: '050', eachOf: 'mission' },
  embassy_closed: { section: 'diplomacy', cameo: '160', eachOf: 'mission' },
  office_opened: { section: 'diplomacy', cameo: '050' },
  visit: { section: 'diplomacy', cameo: '042', variants: ['043'], elaborated: true },
  meeting: { section: 'diplomacy', cameo: '040', variants: ['046'], eachOf: 'person met separately' },
  conference: { section: 'diplomacy', cameo: '044' },
  agreement_signed: { section: 'diplomacy', cameo: '057', eachOf: 'agreement' },
  negotiations_launched: { section: 'diplomacy', cameo: '046' },
  support_pledged: { section: 'diplomacy', cameo: '033', variants: ['070'], eachOf: 'donor' },
  target_set: { section: 'diplomacy', cameo: '030', sets: true },
  statement: { section: 'diplomacy', cameo: '010' },
  investment: { section: 'economy', cameo: '061' },
  launch: { section: 'economy' },
  closure: { section: 'economy' },
  trade_measure: { section: 'economy', cameo: '163', variants: ['085'] },
  election: { section: 'politics', oncePerSentence: true },
  election_result: { section: 'politics' },
  appointment: { section: 'politics' },
  resignation: { section: 'politics' },
  policy_adopted: { section: 'politics', eachOf: 'document' },
  ruling: { section: 'law', cameo: '116', elaborated: true, eachOf: 'sentence' },
  arrest: { section: 'law', cameo: '173' },
  lawsuit_filed: { section: 'law', cameo: '115' },
  protest: { section: 'society', cameo: '141', variants: ['143'] },
  disaster: { section: 'society', casualty: true, elaborated: true },
  death: { section: 'society', casualty: true, oncePerSentence: true, elaborated: true },
  celebration: { section: 'society' },
  match: { section: 'sport', eachOf: 'score' },
  award: { section: 'sport', eachOf: 'contest' }
}
