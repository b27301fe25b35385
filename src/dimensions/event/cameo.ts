import type { CameoCode, EventType } from '../../schema/vocabulary.js'

/**
 * The CAMEO code each event type carries unless its trigger says otherwise
 * (../shared/corpus/EVENTS.md): a visit is made (042) unless the trigger
 * tells the host's side (043), a meeting is a consultation (040) unless it
 * is talks (046). Types without a code are happenings CAMEO does not code,
 * since it codes actions between actors (a storm, an election, a match).
 */
export const defaultCameo: Readonly<Record<EventType, CameoCode | undefined>> = {
  relations_established: '054',
  relations_upgraded: '050',
  embassy_opened: '050',
  embassy_closed: '160',
  office_opened: '050',
  visit: '042',
  meeting: '040',
  conference: '044',
  agreement_signed: '057',
  negotiations_launched: '046',
  support_pledged: '033',
  target_set: '030',
  statement: '010',
  investment: '061',
  launch: undefined,
  closure: undefined,
  trade_measure: '163',
  election: undefined,
  election_result: undefined,
  appointment: undefined,
  resignation: undefined,
  policy_adopted: undefined,
  ruling: '116',
  arrest: '173',
  lawsuit_filed: '115',
  protest: '141',
  disaster: undefined,
  death: undefined,
  celebration: undefined,
  match: undefined,
  award: undefined
}

/** The other codes a trigger may give its type: the host of a visit, talks, aid given, sanctions eased, a strike. */
export const cameoVariants: Readonly<Partial<Record<EventType, readonly CameoCode[]>>> = {
  visit: ['043'],
  meeting: ['046'],
  support_pledged: ['070'],
  trade_measure: ['085'],
  protest: ['143']
}
