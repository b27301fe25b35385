import type { Lang } from '../lang.js'

/** Words of a language that tell the link stage how an event's arguments are written (data only). */
export interface EventWords {
  /** Just before a date, these make it something else than when the event happened: a term of office, a bound, a comparison's base. */
  readonly notWhen: RegExp
  /** A sentence opening with these speaks of a happening of the sentence before ("At this session, ..."). */
  readonly anaphor: RegExp
  /** Just before a place, these make it where the event happened. */
  readonly placeCue: RegExp
  /** Between two dates, these make them dates of two happenings of one trigger ("in April 2002 and March 2004"). */
  readonly coordination: RegExp
  /** Between a trigger and a date after it, these open a plan whose date it is ("signed a deal and agreed to open a consulate next year"). */
  readonly plan: RegExp
  /** Around a date, these make it name the event's object, not when it happened ("tabled the 2025 budget", "dự toán ngân sách năm 2025"). */
  readonly attributive: { readonly before: RegExp; readonly after: RegExp }
  /** A phrase opening with these happens when the date just before it says ("in 2016, when Modi visited"). */
  readonly when: RegExp
  /** A verb of saying (global: read with `search` and `matchAll`): who stands before it reported the event, and is no party to it ("Minister X said the two countries ..."). */
  readonly speech: RegExp
  /** A phrase opening with these names a source ("According to X, ...", "Theo X, ..."). */
  readonly source: RegExp
  /** A phrase opening with these tells more of a happening just told ("..., where floods killed 20", "..., trong đó 12 người ..."). */
  readonly elaboration: RegExp
  /** Just before a noun trigger, these make it a mention of a happening already told ("the elections"). */
  readonly definite: RegExp
  /** Right after a noun trigger, these make it a mention of a happening already told ("kỳ họp này"); English puts them before it (`definite`). */
  readonly demonstrative?: RegExp
  /** Right after a noun trigger, these give it a complement of its own ("the closure of checkpoints"): no back-reference. */
  readonly complement: RegExp
  /** One happening for each of the places named before these ("Hải Dương và Hà Nội mỗi nơi có 1 người chết"). */
  readonly distributive: RegExp
  /** Joins the places a distributive word counts ("A và B", "A, B and C"). */
  readonly joiner: RegExp
  /** After a prize won, the list of contests it was won in opens with these ("collected three golds in A, B and C"). */
  readonly contestList: RegExp
  /** Separates the items of a list of contests or of objects ("A, B and C"; "A; B và C"). */
  readonly itemSeparator: RegExp
}

export const eventWords: Readonly<Record<Lang, EventWords>> = {
  en: {
    notWhen:
      /\b(?:term(?: of)?|terms|for|before|until|till|prior to|since|by|above|below|than|compared with|compared to|against|from the)\s+(?:the\s+)?$/iu,
    anaphor: /^(?:At|During|On the sidelines of) (?:this|that|the same) (?:meeting|session|visit|conference|summit|forum|occasion)\b/iu,
    placeCue: /\b(?:in|at)\s+(?:the\s+)?$/iu,
    coordination: /^[\s)(]*(?:,|and|,\s*and)\s[^.;:]{0,40}$/iu,
    plan: /\b(?:will|would|shall|plans?|planned|planning|expects?|expected|agreed to|aims?|aiming|intends?|intended|scheduled|due to|set to|hopes?|next)\b/u,
    attributive: { before: /\b(?:the|a|an|its|their|his|her)\s+$/iu, after: /^[\s-]*\p{Ll}/u },
    when: /^(?:when|as|while|after)\b/iu,
    speech:
      /\b(?:said|says|told|added|noted|stressed|stated|emphasi[sz]ed|affirmed|explained|announced|reported|recalled|highlighted|underlined|remarked|confirmed|wrote|tweeted|quoted)\b/gu,
    source: /^(?:according to|quoting|citing|as reported by)\b/iu,
    elaboration: /^(?:where|which|as|including|of whom|of which|of them|among them|(?:under|in|by|for) which)\b/iu,
    definite: /\b(?:the|this|that|these|those|The|This|That|These|Those)\s+(?:[\p{L}\p{N}'’-]+\s+)?$/u,
    complement: /^\s+(?:of|to|between|with|against|in|on|at)\b/u,
    distributive: /\b(?:each|apiece|respectively)\b/u,
    joiner: /^\s*(?:,|and|,\s*and)\s*$/u,
    contestList: /^(?:[^.;]{0,30}?,)?\s*in\s+(?=(?:the |a |an )?(?:\p{N}|\p{L}))/u,
    itemSeparator: /\s*(?:;|,\s+and\b|,(?=\s)|\band\b)\s*/u
  },
  vi: {
    notWhen: /(?:nhiệm kỳ|trước|cho đến|đến trước|kể từ|so với|hơn|cao hơn|thấp hơn|cùng kỳ)\s+(?:\p{L}+\s+)?$/iu,
    anaphor:
      /^(?:Tại|Trong|Nhân|Bên lề) (?:kỳ họp|cuộc họp|phiên họp|hội nghị|chuyến thăm|dịp|cuộc gặp)(?: \p{L}+)?? (?:này|đó|nói trên)(?![\p{L}\p{N}])/iu,
    placeCue: /(?:tại|ở)\s+$/iu,
    coordination: /^[\s)(]*(?:,|và|,\s*và)\s[^.;:]{0,40}$/iu,
    plan: /(?:^|[^\p{L}\p{M}])(?:sẽ|sắp|dự kiến|dự định|kế hoạch|nhất trí|thống nhất|hướng tới|phấn đấu|mục tiêu)(?![\p{L}\p{M}])/u,
    attributive: { before: /(?:ngân sách|dự toán|kế hoạch)\s+(?:năm\s+)?$/iu, after: /^/u },
    when: /^(?:khi|lúc|sau khi|trong dịp|nhân dịp)(?![\p{L}\p{M}])/iu,
    speech:
      /(?:^|[^\p{L}\p{M}])(?:cho biết|cho hay|nói|phát biểu|nhấn mạnh|khẳng định|cho rằng|nhận định|thông tin|chia sẻ|bày tỏ|tuyên bố|thông báo|đánh giá)(?![\p{L}\p{M}])/gu,
    source: /^(?:theo|dẫn|trích dẫn)(?![\p{L}\p{M}])/iu,
    elaboration: /^(?:trong đó|trong số này|trong số đó|cụ thể|bao gồm|gồm|riêng|là)(?![\p{L}\p{M}])/iu,
    definite: /(?:^|[^\p{L}\p{M}])(?:Trong|trong|Tại|tại|Sau|sau|Nhân|nhân|Qua|qua)\s+$/u,
    demonstrative: /^\s+(?:này|đó|nói trên|ấy)(?![\p{L}\p{M}])/u,
    complement: /^\s+(?:giữa|với|của|về|tại|ở)(?![\p{L}\p{M}])/u,
    distributive: /(?:^|[^\p{L}\p{M}])mỗi (?:nơi|tỉnh|địa phương|huyện|xã|thành phố|nước|bên)(?![\p{L}\p{M}])/u,
    joiner: /^\s*(?:,|và|,\s*và)\s*$/u,
    contestList: /^(?:[^.;]{0,30}?,)?\s*(?:ở|tại) (?:các )?(?:nội dung|môn|hạng cân)\s+(?=\p{N}|\p{Lu})/u,
    itemSeparator: /\s*(?:;|,\s+và(?![\p{L}\p{M}])|,(?=\s)|(?<![\p{L}\p{M}])và(?![\p{L}\p{M}]))\s*/u
  }
}
