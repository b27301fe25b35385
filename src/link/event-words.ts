import type { EventType } from '../schema/vocabulary.js'

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
  /**
   * A capitalised word that opens a sentence run into a heading left without its full stop, read right after the heading's closing
   * number ("Chart 2: Exports by month, 2023 and 2024 In the first half of 2024, the ministry said ..."): the story's own words start there.
   */
  readonly runInOpener: RegExp
  /**
   * A phrase opening with these tells when something named came to be ("Vinamilk, founded in 1976, opened a plant"; "Công ty X,
   * thành lập năm 1976, ..."): its date is the thing's, never when an event of the sentence happened.
   */
  readonly origin: RegExp
  /** A phrase opening with these happens when the date just before it says ("in 2016, when Modi visited"; "on December 4, 2024, where leaders adopted"). */
  readonly when: RegExp
  /** A verb of saying (global: read with `search` and `matchAll`): who stands before it reported the event, and is no party to it ("Minister X said the two countries ..."). */
  readonly speech: RegExp
  /**
   * A phrase opening with these, after the sentence's first casualty, tells a toll of its own ("Quảng Ngãi có 2 người tử vong", "1
   * người tử vong trên đường đi cấp cứu"); a language without them tells one toll a sentence.
   */
  readonly apart?: RegExp
  /**
   * A sentence opening with these names the happening the sentence before told and says when it happened ("Vụ tai nạn xảy ra lúc 4
   * giờ ngày 12/3/2025", "Vụ việc xảy ra vào ..."): its date is that happening's.
   */
  readonly retelling?: RegExp
  /**
   * A phrase opening its sentence with these names the occasion the sentence's happenings took place at ("At the meeting on March
   * 12, 2025, the two sides agreed ...", "Tại hội nghị ngày 12/3/2025, hai bên đặt mục tiêu ..."): its date is theirs.
   */
  readonly occasion: RegExp
  /**
   * In a sentence that tells a toll, these make it a toll of another time than the happening told just before it: another happening
   * ("Separately, ...", "Trước đó, ..."), or a running total ("so far", "tính đến nay").
   */
  readonly elsewhen: RegExp
  /**
   * A phrase opening with these tells what the happening before it in its sentence brought about, on its day ("..., qua đó giành
   * HCV", "..., winning the gold").
   */
  readonly consequence: RegExp
  /** Just before a trigger, these make it a new happening, not the one just told ("a fire", "một vụ cháy"). */
  readonly indefinite: RegExp
  /** A phrase opening with these names a source ("According to X, ...", "Theo X, ..."). */
  readonly source: RegExp
  /** A phrase opening with these tells more of a happening just told ("..., where floods killed 20", "..., trong đó 12 người ..."). */
  readonly elaboration: RegExp
  /**
   * A phrase opening its sentence with one of these names, by its noun alone, an occasion a sentence before told ("Sau hội đàm, hai
   * bên đã ký ...", "Tại buổi tiếp, ..."): the sentence's happenings took place at it, on its day. Each gives the types of happening
   * its noun may name ("buổi lễ": a launch, a celebration, a signing); a language without them dates no sentence so.
   */
  readonly occasionTold?: readonly { readonly opening: RegExp; readonly types: readonly EventType[] }[]
  /**
   * Just before a trigger (or opening it), these make it a relative clause about a noun, told in the passive: a date after it is that
   * clause's happening's, never the main verb's ("Dự án được khởi công năm 2023 đã đi vào vận hành").
   */
  readonly relative?: RegExp
  /** Just before a noun trigger, these make it a mention of a happening already told ("the elections"). */
  readonly definite: RegExp
  /** Right after a noun trigger, these make it a mention of a happening already told ("kỳ họp này"); English puts them before it (`definite`). */
  readonly demonstrative?: RegExp
  /** Right after a noun trigger, these give it a complement of its own ("the closure of checkpoints"): no back-reference. */
  readonly complement: RegExp
  /** One happening for each of the places named before these ("Hải Dương và Hà Nội mỗi nơi có 1 người chết"). */
  readonly distributive: RegExp
  /** Right before a trigger, these make it one happening for each person listed before it ("A, B và C đều trúng cử"). */
  readonly collective?: RegExp
  /** Joins the places a distributive word counts ("A và B", "A, B and C"). */
  readonly joiner: RegExp
  /** After a prize won, the list of contests it was won in opens with these ("collected three golds in A, B and C"). */
  readonly contestList: RegExp
  /** Separates the items of a list of contests or of objects ("A, B and C"; "A; B và C"). */
  readonly itemSeparator: RegExp
  /** How an item of a list of documents adopted starts when it names one ("the Land Law", "Luật Đất đai"): a name that only holds a joiner is one document. */
  readonly documentName: RegExp
  /**
   * The items of a list of sentences handed, one per person sentenced:
   * `named`, whom and the term ("A to five years", "bị cáo B 3 năm tù");
   * `bare`, the term alone ("5 năm"), one per person only when `several` in
   * the sentence says several were sentenced ("hai bị cáo", "respectively"):
   * else the terms of several counts of one person's sentence.
   */
  readonly sentence: { readonly named: RegExp; readonly bare: RegExp; readonly several: RegExp }
  /** How an item of a list of agreements signed starts when it names one of its own ("a memorandum on rice trade and an agreement on visas"). */
  readonly agreementItem?: RegExp
  /** How an item of the places of missions opened or closed starts ("closed its embassies in A and B and a consulate in C"). */
  readonly missionItem?: RegExp
  /** Between the last of the donors listed before a promise and its trigger ("India, China and Japan have offered"). */
  readonly afterDonors?: RegExp
  /** In the phrase of a meeting, these make it one meeting with each person listed after it ("separately received A and B", "lần lượt tiếp A và B"). */
  readonly separately: RegExp
}
