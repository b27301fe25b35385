import type { Rule } from '../../../../engine/rule.js'
import { trigger } from '../words.js'

/** What a parliament or a government adopts. */
const measure = String.raw`(?:resolutions?|laws?|bills?|budgets?|decrees?|decisions?|amendments?|constitution|plans?|programmes?|programs?|policy|policies|regulations?|ordinances?|acts?|Act|Law|Resolution|Decree)`

/** Elections, their results, appointments and resignations, laws and policies adopted. */
export const politics: readonly Rule<'event'>[] = [
  // "the 2024 presidential elections", "the presidential vote on February 14", "went to the polls".
  trigger(
    '<kind> election',
    'election',
    /(?:(?:presidential|parliamentary|legislative|general|local|regional|national|municipal|provincial|mid-term|midterm|by-|snap|(?<!\d)\d{4}) ?)+(?:elections?|Elections?|vote|polls?)|(?:General|Presidential|Parliamentary|Legislative|Local) Elections?|(?:went|go|goes|headed) to the polls|voters cast (?:their )?ballots/u,
    { notAfter: /^ (?:commission|committee|law|campaign|result|results|dispute|officials?)\b/iu, nominal: true }
  ),
  // Any election told by its noun ("the world's largest single-day election"), not its bodies, campaigns or disputes.
  trigger(
    'election (noun)',
    'election',
    /(?:elections?|Elections?)(?! (?:commission|Commission|committee|law|campaign|result|results|dispute|officials?|body|bodies|authorit(?:y|ies)|fraud|rules?|day)\b)/u,
    {
      notBefore: /\b(?:the|The)\s+$|\b(?:since|before|after|ahead of|until|fraud in)\s+(?:the\s+)?$/u,
      nominal: true
    }
  ),
  trigger(
    'voted in <election>',
    'election',
    /(?:voters|citizens|people|\p{Lu}\p{L}+ans) (?:voted|cast (?:their )?ballots|went to the polls)/u
  ),
  // "named Prabowo Subianto-Gibran Rakabuming Raka winners", "was elected president", "released the tally of valid votes".
  trigger(
    'was elected',
    'election_result',
    /(?:was|were|has been|have been|had been) (?:re-?)?elected|won (?:the |a |an )?(?:[\p{L}\d.,%]+ ){0,3}?(?:elections?|vote|votes|seats?|majority|presidency|landslide)|(?:named|declared|proclaimed) (?:\p{Lu}[\p{L}-]*\s?){0,8}(?:as )?(?:the )?(?:winners?|victors?|president-elect)\b|(?:released|announced|published) the (?:official )?(?:tally|results?|count)/u
  ),
  trigger('outcome was announced', 'election_result', /(?:was|were) (?:officially )?(?:announced|declared|released|certified)/u, {
    needsBefore: /\b(?:outcome|results?|tally)\b[^.;]{0,60}$/u
  }),
  trigger(
    'was appointed',
    'appointment',
    /(?:was|were|has been|have been|had been) (?:appointed|named|nominated|sworn in|installed)(?= (?:as )?(?:the |a |an |new )?(?:\p{Lu}\p{L}*|acting|deputy|vice|new|chief|head|minister|president|chairman|director|governor|ambassador)\b)|(?:appointed|named)(?= \p{Lu}\p{L}+ (?:\p{Lu}\p{L}+ ){0,3}(?:as )?(?:the |its |new )?(?:acting |deputy |vice )?(?:minister|president|chairman|chairwoman|director|governor|ambassador|chief|head|CEO|Minister|President|Chairman|Director|Governor|Ambassador)\b)|took office|was sworn in|were sworn in/u
  ),
  // "parliament elected Ranil Wickremesinghe as president": the electors' side of a result.
  trigger(
    'elected <person> as <office>',
    'election_result',
    /(?:elected|re-elected|elects)(?= (?:\p{Lu}[\p{L}-]* ){1,5}(?:as|to be) (?:the )?(?:new )?(?:\p{Lu}\p{L}*|president|prime minister|speaker|chairman|chairwoman|leader|governor|mayor)\b)/u
  ),
  trigger(
    'resigned',
    'resignation',
    /resigned|resigns|stepped down|steps down|stepping down|tendered (?:his|her|their) resignation|resignation of/u
  ),
  // "passed a resolution", "adopted 18 laws", "approved the budget", "Presenting the resolution in draft form".
  trigger(
    'passed <measure>',
    'policy_adopted',
    new RegExp(
      String.raw`(?:passed|passes|adopted|adopts|approved|approves|ratified|enacted|endorsed|endorses|issued|issues|promulgated|signed into law|[Pp]resenting|presented|tabled|unveiled)(?= (?:an? |the |its |their |\d+ |two |three |four |five |several |new )?(?:[\p{L}\d-]+ ){0,3}?${measure}\b)`,
      'u'
    )
  ),
  trigger(
    '<measure> was passed',
    'policy_adopted',
    /(?:was|were|has been|have been) (?:officially )?(?:passed|adopted|approved|enacted)/u,
    { needsBefore: new RegExp(String.raw`\b${measure} $`, 'u') }
  ),
  // A central bank's decision: "kept its policy rate unchanged", "chose to keep the policy rate steady", "cut interest rates".
  trigger(
    'kept the policy rate',
    'policy_adopted',
    /(?:kept|keeps|keeping|kept in place|held|holds|maintained|maintains|left|leaves|cut|cuts|raised|raises|hiked|hikes|lowered|lowers|chose to keep|decided to keep|voted to keep|decided to hold|chose to hold) (?:its |the |their |key |benchmark )*(?:policy |interest |key |benchmark |repo |discount |refinancing |lending |deposit |base |overnight )+rates?/u
  ),
  trigger('took effect', 'policy_adopted', /(?:took|takes|came into|entered into|went into) effect|(?:came|comes|entered) into force/u)
]
