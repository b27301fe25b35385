import type { Rule } from '../../../engine/rule.js'
import { trigger } from '../helpers.js'

/** Words before a trigger that make it a plan, a wish or a possibility rather than a report. */
const planned =
  /\b(?:(?:will|would|shall|could|may|might|plans? to|planned to|planning to|expects? to|expected to|hopes? to|aims? to|intends? to|to be|set to|is to|are to|(?:scheduled|due|slated|poised|going) to)\s+(?:\w+\s+)?|to (?:attend|visit|join|host|sign|hold|open|launch)\s+(?:the\s+)?(?:[\w-]+\s+)?)$/iu

/** What an agreement is called, for "signed ... <agreement>". */
const agreementWord = String.raw`(?:agreements?|Agreements?|memorand(?:um|a)|Memorand(?:um|a)|MoUs?|MOUs?|treat(?:y|ies)|Treat(?:y|ies)|deals?|accords?|Accords?|protocols?|Protocols?|contracts?|conventions?|Conventions?)`

export const rules: readonly Rule<'event'>[] = [
  trigger(
    'established diplomatic relations',
    'relations_established',
    /(?:(?:officially|formally) )?(?:established|establish|set up|forged|opened) (?:their |formal |full |official )?diplomatic (?:relations|ties)|diplomatic (?:relations|ties) were (?:officially |formally )?established/u,
    { planned }
  ),
  trigger(
    'opened an embassy',
    'embassy_opened',
    /(?:opened|reopened|re-opened|set up|established) (?:an? |its |their |the )?(?:resident |new )?(?:embassy|Embassy)|(?:opening|reopening|re-opening) of (?:an? |its |their |the )?(?:embassy|Embassy)/u,
    { planned, reopened: /re-?open/iu }
  ),
  trigger(
    'closed an embassy',
    'embassy_closed',
    /(?:closed|shut(?: down)?|withdrew|withdrawn) (?:an? |its |their |the )?(?:embassy|Embassy)|(?:closure|closing) of (?:an? |its |their |the )?(?:embassy|Embassy)/u,
    { planned }
  ),
  trigger(
    'opened an office',
    'office_opened',
    /(?:opened|set up|established|inaugurated) (?:an? |its |their |the )?(?:new )?(?:trade office|trade mission|commercial office|representative office|consulate(?: general)?|Consulate(?: General)?)/u,
    { planned }
  ),
  trigger(
    'signed <agreement>',
    'agreement_signed',
    new RegExp(String.raw`(?:signed|inked)(?= (?:an? |the |their |two |several |\d+ )?[^.;:]{0,60}?\b${agreementWord}\b)`, 'u'),
    { planned }
  ),
  trigger(
    'launched negotiations',
    'negotiations_launched',
    /(?:(?:officially|formally) )?(?:launched|began|started|opened|kicked off) (?:the |formal |official )?(?:negotiations|talks)/u,
    { planned }
  ),
  trigger(
    'visited <place>',
    'visit',
    /(?:paid an? (?:official |state |working )?visit to|(?:official |state |working )?visit to|visited)(?= \p{Lu})/u,
    { planned }
  ),
  // Receiving a guest of office: "received the visiting Foreign Minister", "received Ambassador Nguyen" (not "received $5 million").
  trigger(
    'received <guest>',
    'meeting',
    /received(?= (?:(?:the|a|visiting|outgoing|newly appointed) )*(?:\p{Lu}\p{L}+ ){0,3}?(?:Ambassador|Minister|President|Premier|Prime Minister|Secretary|Envoy|Chairman|Chairwoman|Governor|Deputy|Vice|delegation|counterpart)\b)/u,
    { planned }
  ),
  trigger(
    'held talks',
    'meeting',
    /held (?:bilateral |high-level |official )?(?:talks|a meeting|meetings|consultations)|met(?: with)?(?= (?:(?:his|her|their|its|the) (?:\p{L}+ ){0,2})?(?:\p{Lu}|counterparts?\b))/u,
    { planned }
  ),
  trigger(
    '<named> conference',
    'conference',
    // A bare "the Conference" speaks of one named before: a named one has a qualifier or a name before it.
    /(?:(?:International|Regional|Ministerial|Annual|Global) (?:Conference|Summit|Forum)|(?<=\p{Lu}\S* )(?<!(?:The|This|That|A|An) )(?:Conference|Summit|Forum))(?! of)/u,
    { planned }
  ),
  trigger(
    'pledged support',
    'support_pledged',
    /(?:pledged|expressed|reaffirmed|voiced|declared) (?:its |their |strong |full |firm )?support|supported(?= \p{Lu})/u,
    { planned }
  ),
  trigger(
    'set a target',
    'target_set',
    /(?:set|sets|setting|thrown out|threw out|throws out|announced|adopted|agreed on|unveiled)(?= (?:an? |the |its |their )?[^.;:,]{0,40}?\btargets?\b)[^.;:,]{0,50}?\btargets?/u,
    {}
  )
]
