import type { Lang } from '../lang.js'

/** Words of a language that tell the link stage how an event's arguments are written (data only). */
export interface EventWords {
  /** Just before a date, these make it something else than when the event happened: a term of office, a bound. */
  readonly notWhen: RegExp
  /** A sentence opening with these speaks of a happening of the sentence before ("At this session, ..."). */
  readonly anaphor: RegExp
  /** Just before a place, these make it where the event happened. */
  readonly placeCue: RegExp
  /** Between two dates, these make them dates of two happenings of one trigger ("in April 2002 and March 2004"). */
  readonly coordination: RegExp
}

export const eventWords: Readonly<Record<Lang, EventWords>> = {
  en: {
    notWhen: /\b(?:term(?: of)?|terms|for|before|until|till|prior to|since|by)\s+(?:the\s+)?$/iu,
    anaphor: /^(?:At|During|On the sidelines of) (?:this|that|the same) (?:meeting|session|visit|conference|summit|forum|occasion)\b/iu,
    placeCue: /\b(?:in|at)\s+(?:the\s+)?$/iu,
    coordination: /^[\s)(]*(?:,|and|,\s*and)\s[^.;:]{0,40}$/iu
  },
  vi: {
    notWhen: /(?:nhiệm kỳ|trước|cho đến|đến trước|kể từ)\s+(?:\p{L}+\s+)?$/iu,
    anaphor:
      /^(?:Tại|Trong|Nhân|Bên lề) (?:kỳ họp|cuộc họp|phiên họp|hội nghị|chuyến thăm|dịp|cuộc gặp)(?: \p{L}+)?? (?:này|đó|nói trên)(?![\p{L}\p{N}])/iu,
    placeCue: /(?:tại|ở)\s+$/iu,
    coordination: /^[\s)(]*(?:,|và|,\s*và)\s[^.;:]{0,40}$/iu
  }
}
