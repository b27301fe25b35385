import type { EventWords } from '../../link/event-words.js'

/** How English writes an event's arguments. */
export const events: EventWords = {
  notWhen:
    /\b(?:term(?: of)?|terms|for|before|until|till|prior to|since|by|above|below|than|compared with|compared to|against|from the)\s+(?:the\s+)?$/iu,
  anaphor: /^(?:At|During|On the sidelines of) (?:this|that|the same) (?:meeting|session|visit|conference|summit|forum|occasion)\b/iu,
  placeCue: /\b(?:in|at)\s+(?:the\s+)?$/iu,
  coordination: /^[\s)(]*(?:,|and|,\s*and)\s[^.;:]{0,40}$/iu,
  plan: /\b(?:will|would|shall|plans?|planned|planning|expects?|expected|agreed to|aims?|aiming|intends?|intended|scheduled|due to|set to|hopes?|next)\b/u,
  attributive: { before: /\b(?:the|a|an|its|their|his|her)\s+$/iu, after: /^[\s-]*\p{Ll}/u },
  runInOpener: /^(?:Between|From|In|On|During|Since|After|Before|By|At|As of|According to)\b/u,
  origin:
    /^(?:(?:which|that|who) (?:was|were) )?(?:founded|established|set up|created|formed|incorporated|built|born|launched|opened|listed|started)\b/iu,
  // "addressed the summit on December 4, 2024, where leaders adopted a charter": what happened where the date's happening was, then.
  when: /^(?:when|as|while|after|during|where)\b/iu,
  speech:
    /\b(?:said|says|told|added|noted|stressed|stated|emphasi[sz]ed|affirmed|explained|announced|reported|recalled|highlighted|underlined|remarked|confirmed|wrote|tweeted|quoted)\b/gu,
  // "At the talks on May 5, 2025, ...", "On the sidelines of the summit on ..., ...": not "At least 20 people ...".
  occasion: /^(?:at(?! least\b| most\b)|on the (?:sidelines|margins|occasion) of|in the course of)\b/iu,
  elsewhen:
    /\b(?:separately|meanwhile|elsewhere|earlier|previously|in (?:a|another) (?:separate|different|similar)|in other|so far|to date|in total|overall|since|last (?:week|month|year))\b/iu,
  // "..., thereby ...", "..., winning the gold": a participle goes on with the clause before it ("including", "following" do not).
  consequence:
    /^(?:thereby|thus|in doing so|(?!(?:including|according|following|during|concerning|regarding|excluding|pending)\b)\p{Ll}+ing)\b/u,
  indefinite: /\b(?:a|an|another|one more)\s+(?:[\p{L}\p{N}.,-]+\s+){0,3}$/iu,
  // "The accident happened at about 5 am on April 3, 2025", "The blaze broke out on ...": the one just told, then when.
  retelling:
    /^(?:The|This|That) (?:[\p{L}\p{N}-]+ ){0,3}?(?:accident|crash|collision|fire|blaze|explosion|blast|collapse|landslide|incident|attack|quake|earthquake|flood|flash flood|storm|disaster|tragedy) (?:had )?(?:happened|occurred|took place|broke out|struck|hit)\b/u,
  source: /^(?:according to|quoting|citing|as reported by)\b/iu,
  elaboration: /^(?:where|which|as|including|of whom|of which|of them|among them|(?:under|in|by|for) which)\b/iu,
  // "the September presidential election" after a later one: a month names another occurrence, no back-reference.
  definite:
    /\b(?:the|this|that|these|those|The|This|That|These|Those)\s+(?!(?:January|February|March|April|May|June|July|August|September|October|November|December)\s)(?:[\p{L}\p{N}'’-]+\s+)?$/u,
  complement: /^\s+(?:of|to|between|with|against|in|on|at)\b/u,
  distributive: /\b(?:each|apiece|respectively)\b/u,
  joiner: /^\s*(?:,|and|,\s*and)\s*$/u,
  contestList: /^(?:[^.;]{0,30}?,)?\s*in\s+(?=(?:the |a |an )?(?:\p{N}|\p{L}))/u,
  itemSeparator: /\s*(?:;|,\s+and\b|,(?=\s)|\band\b)\s*/u,
  // "the Land Law", "the Law on Land", "the amended Civil Code": a capitalised name with its document noun.
  documentName:
    /^(?:the\s+)?(?:(?:amended|revised|new|draft)\s+)?(?:(?:\p{Lu}[\p{L}'’-]*\s+){0,6}?(?:Law|Act|Bill|Code|Decree|Ordinance|Resolution)\b|(?:Law|Act|Bill|Decree|Ordinance|Resolution) (?:on|of)\b)/u,
  // "sentenced A to five years and B to three"; "to 5 years for fraud and 3 years for bribery" is one person's.
  sentence: {
    named:
      /^(?!to\s)\S[^;]*?\s(?<!\bup\s)to\s+(?:life|death|(?:\p{N}+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty)\b)/iu,
    bare: /^(?:to\s+)?(?:life|death|(?:\p{N}+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty)\b)/iu,
    several: /\b(?:respectively|(?:two|three|four|five|six|\p{N}+) (?:defendants|men|women|accused|officials|executives))\b/iu
  },
  agreementItem:
    /^(?:an?|the|one|another)\s+(?:[\p{L}-]+\s+){0,3}?(?:agreements?|memorand(?:um|a)|MoUs?|MOUs?|treat(?:y|ies)|accords?|pacts?|protocols?|contracts?|conventions?|deals?)\b/iu,
  missionItem: /^(?:\p{Lu}|(?:an?|the|its|their)\s+(?:[\p{L}-]+\s+)?(?:embass(?:y|ies)|consulates?|high commissions?|missions?)\b)/u,
  afterDonors: /^\s*(?:(?:have|has|had|also|each|all|both|jointly|separately|together)\s+)*$/u,
  separately: /\b(?:separately|respectively|individually|one by one|in separate (?:meetings|talks))\b/iu
}
