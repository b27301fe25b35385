import type { Rule } from '../../../../engine/rule.js'
import { verbs } from '../inflect.js'
import { agreementWord, figure, guestTitle, money, passive, passiveSubject, trigger } from '../words.js'

/**
 * Words before a meeting's noun that make it no meeting held: one to come
 * ("ahead of the Monetary Board meeting", "the next Joint Committee meeting"), a practice kept ("agreed to keep
 * up regular consultations"), or the one just told, named again ("Yunus met
 * Modi in April, the first meeting between the two leaders").
 */
const noMeetingHeld =
  /\b(?:ahead of|before|prior to|in the run-up to|await(?:s|ed|ing)?|wait(?:s|ed|ing)? for)\s+(?:the\s+|a\s+|its\s+|their\s+|next\s+)?(?:[\p{L}\p{N}'’-]+\s+){0,4}$|\b(?:keep up|maintain|continue|resume|step up)\s+(?:the\s+|their\s+)?(?:regular\s+|annual\s+|periodic\s+)?$|\b(?:next|upcoming|forthcoming)\s+(?:[\p{L}\p{N}'’-]+\s+){0,4}$|,\s+(?:the|their|its) (?:first|second|third|latest|last|\d+(?:st|nd|rd|th))\s+$/u

/**
 * Whom a request is put to when no name tells it: "urged exporters to", "asked ministries and agencies to", "proposed that both sides",
 * "called on the two countries to".
 */
const requestedParty = String.raw`(?:the |all |relevant |its |their |both |local |foreign |(?:the )?two |member )*(?:[\p{L}-]+ )?(?:ministries|agencies|localities|provinces|businesses|firms|companies|enterprises|exporters|importers|investors|members|authorities|sides|countries|nations|governments|partners|producers|manufacturers)(?: and (?:[\p{L}-]+ )?(?:ministries|agencies|localities|provinces|businesses|firms|companies|enterprises|authorities))?`

/** Relations, missions, visits, meetings, agreements, negotiations, support, targets and statements. */
export const diplomacy: readonly Rule<'event'>[] = [
  trigger(
    'established diplomatic relations',
    'relations_established',
    /(?:(?:officially|formally) )?(?:established|establish|set up|forged|opened|normali[sz]ed) (?:their |formal |full |official |diplomatic |bilateral )*(?:relations|ties)|(?:diplomatic )?(?:relations|ties) were (?:officially |formally )?(?:established|normali[sz]ed)|normali[sz]ation of (?:diplomatic |bilateral )?(?:relations|ties)/u
  ),
  trigger(
    'upgraded ties to <partnership>',
    'relations_upgraded',
    /(?:upgraded|upgrades|upgrade|elevated|elevates|elevate|raised|raises|raise|lifted|lifts|lift) (?:their |its |the |bilateral )*(?:relations|relationship|ties|partnership)(?= to\b)|(?:upgraded|upgrades|upgrade|elevated|elevates|elevate) (?:their |its |the |bilateral |diplomatic )*(?:relations|relationship|ties)(?= (?:during|at|in|on|with|as|after)\b|[,.;])|(?:became|become|becomes) an? (?:\p{Lu}\p{L}+ )+Partnership|(?:upgrading|upgrade|elevation) of (?:the |their |its |bilateral |diplomatic )*(?:relations|relationship|ties|partnership)(?= (?:with [^.;]{1,40}? )?to\b)/u,
    // "are considering an upgrade of relations", "pushed for the elevation of ties": an upgrade sought, not made.
    {
      notBefore:
        /\b(?:consider(?:s|ed|ing)?|discuss(?:es|ed|ing)?|seek(?:s|ing)?|sought|propos(?:e|es|ed|ing)|push(?:es|ed|ing)? for|call(?:s|ed|ing)? for|towards?|for|on|about) (?:an? |the |a possible |a further )?$/u
    }
  ),
  // "Relations between Manila and Canberra were raised to", "The partnership, which was elevated in 2016 to": the relations, then their
  // passive.
  trigger(
    '<ties> were upgraded to',
    'relations_upgraded',
    new RegExp(String.raw`${passive} (?:upgraded|elevated|raised|lifted)(?= to\b)`, 'u'),
    {
      needsBefore: passiveSubject('(?:[Rr]elations|[Rr]elationship|[Tt]ies|[Pp]artnership)')
    }
  ),
  trigger(
    'opened <embassy>',
    'embassy_opened',
    new RegExp(
      String.raw`${verbs(['open', 'reopen', 're-open', 'set up', 'establish', 'inaugurate'], ['present', 'past'])} (?:an? |its |their |the )?(?:(?:resident|new|full-fledged|fully-fledged|permanent|first) )*(?:embassy|Embassy|high commission|High Commission|consulate(?:[- ]general)?|Consulate(?:[- ]General)?)|(?:opening|reopening|re-opening) of (?:an? |its |their |the )?(?:embassy|Embassy|consulate(?:[- ]general)?)`,
      'u'
    ),
    { reopened: /re-?open/iu }
  ),
  // "The new mission was inaugurated by Foreign Minister Mohamad Hasan": a mission named, then its opening.
  trigger(
    '<mission> was opened',
    'embassy_opened',
    /(?:was|were|has been|have been|had been) (?:officially |formally )?(?:opened|inaugurated|reopened)/u,
    {
      needsBefore:
        /\b(?:[Ee]mbass(?:y|ies)|[Cc]onsulates?(?:[- ][Gg]eneral)?|[Hh]igh [Cc]ommission|(?:diplomatic |new )mission)(?: (?:in|of) (?:the )?\p{Lu}[\p{L}-]*(?: \p{Lu}[\p{L}-]*){0,3})? $/u,
      reopened: /re-?open/iu
    }
  ),
  trigger(
    'closed <embassy>',
    'embassy_closed',
    new RegExp(
      String.raw`${verbs(['close', 'shut', 'shut down', 'withdraw/withdrew/withdrawn'], ['present', 'past', 'participle'])} (?:an? |its |their |the |(?:two|three|four|five|six|several|\d+) )?(?:[\p{L}-]+ )?(?:embass(?:y|ies)|Embass(?:y|ies)|diplomatic missions?|missions abroad|consulates?(?:[- ]general)?|high commissions?)|(?:closure|closing) of (?:an? |its |their |the )?(?:embass(?:y|ies)|Embass(?:y|ies)|consulates?|missions)|(?:suspended|suspends|halted|halts) (?:all )?operations (?:at|of) (?:an? |its |their |the )?(?:embass(?:y|ies)|Embass(?:y|ies)|consulates?(?:[- ]general)?)`,
      'u'
    )
  ),
  trigger(
    'opened <office>',
    'office_opened',
    new RegExp(
      String.raw`${verbs(['open', 'set up', 'establish', 'inaugurate'], ['present', 'past'])} (?:an? |its |their |the )?(?:(?:new|first|second) )?(?:(?:trade|commercial|representative|investment|liaison|promotion|tourism|and|trade and investment) )*(?:trade|commercial|representative|investment|liaison|promotion|tourism) (?:office|mission)|${verbs(['open', 'set up', 'establish', 'inaugurate'], ['present', 'past'])} (?:an? |its |their |the )?(?:(?:new|first|second|third|regional|overseas|foreign|\p{Lu}[\p{L}-]*) )*offices?(?= (?:in|at)\b)`,
      'u'
    ),
    // "opened an office in the ministry building", "opened the office door": where a body works, not an office set up.
    {
      notAfter: /^ (?:in|at) (?:the|a|an|its|their|his|her) (?:[\p{L}-]+ )?(?:building|compound|premises|ministry|headquarters|complex)\b/u
    }
  ),
  // "reached an agreement", "sealed a deal": an agreement made.
  trigger(
    'reached <agreement>',
    'agreement_signed',
    new RegExp(
      // "initialled a labour agreement", "finalised a deal", "entered into an agreement", "put pen to paper on a supply deal".
      String.raw`(?:reached|reaches|struck|strikes|sealed|seals|clinched|initiall?ed|initials|finali[sz]ed|finali[sz]es|entered into|enters into|put pen to paper on) (?:an? |the |their )?(?:(?:${money}) )?(?:[\p{L}-]+ ){0,2}?${agreementWord}\b`,
      'u'
    )
  ),
  // "Thailand, Cambodia agree ceasefire", "agreed on Monday to an immediate and unconditional ceasefire": a truce made.
  trigger(
    'agreed to a ceasefire',
    'agreement_signed',
    /(?:agreed|agree|agrees)(?= (?:(?:on|late|early) (?:\p{Lu}\p{L}+ )?)?(?:to |on |upon )?(?:an? |the )?(?:[\p{L}-]+ (?:and )?){0,3}?(?:ceasefire|cease-fire|truce|armistice|peace deal|peace agreement)\b)/u
  ),
  trigger(
    'signed <agreement>',
    'agreement_signed',
    new RegExp(
      String.raw`(?:signed|signs|sign|inked|inks|ink|penned|pens|ratified|ratifies|concluded|(?<=\b(?:after|since) )signing|(?<=(?:^|[.!?]\s+|\n))Signing(?= (?:the|an?|two|three|four|five|several|\d+) [^.;,]{0,80},))(?= (?:an? |the |their |two |three |several |a number of |\d+ )?(?:[^.;:]|\.(?=\d)){0,60}?\b${agreementWord}\b)`,
      'u'
    ),
    // "The documents signed included ...": the signing was told before.
    { notBefore: /\b(?:documents?|agreements?|deals?|pacts?|accords?|MoUs?|contracts?|papers|texts)\s+$/u }
  ),
  // "witnessed the signing of several agreements", "a signing ceremony", "witnessed the exchange of three memoranda", "exchanged two MoUs".
  trigger(
    'signing of <agreement>',
    'agreement_signed',
    new RegExp(
      String.raw`(?:signing|exchange) (?:ceremony|of)(?= (?:an? |the |their |two |three |several |\d+ )?(?:[^.;:]|\.(?=\d)){0,60}?\b${agreementWord}\b)|exchanged(?= (?:an? |the |their |two |three |four |five |several |\d+ )?(?:[\p{L}-]+ ){0,3}?${agreementWord}\b)`,
      'u'
    )
  ),
  trigger(
    '<agreement> was signed',
    'agreement_signed',
    new RegExp(String.raw`${passive} (?:signed|inked|ratified|concluded|sealed)`, 'u'),
    // "Four accords on health and energy were ratified": the agreements, then the rest of their phrase.
    { needsBefore: passiveSubject(agreementWord) }
  ),
  // "the ASEAN-India Trade in Goods Agreement, signed in 2009", "a maritime accord with Korea, which both sides signed last spring":
  // the agreement, then its signing in a reduced or a relative clause.
  trigger('<agreement>, signed in', 'agreement_signed', /(?:signed|inked|concluded)(?= (?:in|on|last|earlier|by)\b)/u, {
    needsBefore: new RegExp(
      String.raw`\b${agreementWord}(?:,\s*| (?:with|between) [^.;,]{1,40}?,\s*)(?:(?:which|that) (?:[\p{L}-]+ ){1,4}?(?:had |have |has )?)?$`,
      'u'
    )
  }),
  trigger(
    'launched negotiations',
    'negotiations_launched',
    // "relaunched negotiations", "began negotiating a comprehensive economic partnership agreement".
    /(?:(?:officially|formally) )?(?:launched|launch|launches|relaunched|relaunches|re-launched|began|begin|begins|started|start|starts|opened|open|opens|kicked off|kick off|kicks off) (?:the |formal |official )?(?:(?:free |trade|investment|economic|partnership|FTA|bilateral)[\p{L}-]* ){0,3}(?:negotiations|talks)|(?:began|begin|begins|started|start|starts) negotiating(?= (?:an? |the )(?:[\p{L}-]+ ){0,4}?(?:agreement|FTA|treaty|deal|pact|partnership)\b)/u
  ),
  // "The launch of negotiations on the deal was announced on Friday": negotiations opened, told by the noun of their start.
  trigger(
    'launch of negotiations',
    'negotiations_launched',
    /(?:[Ll]aunch|[Ss]tart|[Oo]pening|[Kk]ick-off|[Cc]ommencement) of (?:the |formal |official )*(?:(?:free |trade|investment|economic|partnership|FTA|bilateral)[\p{L}-]* ){0,3}(?:negotiations|talks)\b/u,
    { nominal: true }
  ),
  // "agreed to open negotiations on a free trade agreement": the decision that opens them, no plan; "the first round of talks was held".
  trigger(
    'agreed to launch negotiations',
    'negotiations_launched',
    /(?:agreed|agrees|decided|decides) to (?:officially |formally )?(?:launch|open|start|begin|kick off|commence) (?:the |formal |official )?(?:negotiations|talks)(?= (?:on|for|over|with|towards?)\b)/u,
    {
      unrealToo: true,
      notBefore: /\b(?:will|would|could|may|might|expected to|likely to|if|If|not|never)\b[^.;]{0,30}$/u,
      // "agreed to open talks on a trade deal next year": talks to come.
      notAfter: /^[^.;]{0,60}?\b(?:next (?:year|month|week)|later this (?:year|month)|in the coming)\b/u
    }
  ),
  trigger(
    'first round of negotiations was held',
    'negotiations_launched',
    /(?:[Ff]irst|[Oo]pening|[Ii]naugural) round of (?:[\p{L}-]+ ){0,2}?(?:negotiations|talks)(?= (?:[^.;,]{0,40}? )?(?:was held|took place|opened|began|kicked off|was launched)\b)/u,
    { nominal: true }
  ),
  trigger(
    'visited <place>',
    'visit',
    /(?:paid an? (?:(?:official|state|working|two-day|three-day|four-day|five-day|(?<!\d)\d+-day) )*visit(?= to\b)|(?:(?:official|state|working) )?visit to|visited|visits|visit)(?= (?:the )?\p{Lu})/u
  ),
  // "Prime Minister Chinh visited the site early on Wednesday": a leader at the scene of a disaster.
  trigger('visited the scene', 'visit', /(?:visited|visits)(?= the (?:site|scene)\b)/u),
  // "The king is visiting Vietnam this week": a visit under way.
  trigger('is visiting <place>', 'visit', /(?:is|are|was|were) (?:currently |now )?visiting(?= (?:the )?\p{Lu})/u),
  trigger(
    'paid a <kind> visit',
    'visit',
    /paid an? (?:(?:official|state|working|two-day|three-day|four-day|five-day|(?<!\d)\d+-day) )*visit/u
  ),
  // "a three-day state visit", "on an official trip to Vietnam", "this week's visit to China".
  trigger(
    '<kind> visit',
    'visit',
    /(?:(?:(?:two|three|four|five|six|seven|(?<!\d)\d+)-day|week-long|state|official|working|maiden|overseas|foreign) )+(?:visit|trip|tour)\b/u,
    { nominal: true }
  ),
  trigger('<his|her|their> visit to <place>', 'visit', /(?:visit|trip|tour) (?:to|of)\b/u, {
    needsBefore: /(?:['’]s|\b(?:his|her|their)) (?:(?:first|recent|latest|last|official|state|working) )?$/u
  }),
  trigger(
    'travelled to <place>',
    'visit',
    /(?:travell?ed|traveled|flew|headed) to(?= \p{Lu}[^.;]{0,40}?\b(?:for|to (?:attend|meet|hold|sign|visit))\b)|(?:toured|made a (?:\p{L}+ )?(?:visit|trip|tour) (?:to|of))(?= (?:the )?\p{Lu})/u,
    // "toured the VinFast factory": a site seen on a visit, no visit of its own.
    {
      notAfter:
        /^ (?:the )?(?:\p{Lu}[\p{L}-]* ){1,3}(?:factory|plant|facility|site|museum|exhibition|booth|pavilion|hospital|school|port|farm|park|headquarters|campus|complex|centre|center)\b/u
    }
  ),
  // Any visit told by its noun ("the visit", "his trip", "visits by"), unless it names one to come.
  trigger('visit|trip|tour (noun)', 'visit', /(?:visit|visits|trip|tour)(?= (?:to|of|by|in|here|there)\b|[,.;]|$)/u, {
    nominal: true,
    notBefore:
      /\b(?:exchange of|exchanges of|site|field|study|return|reciprocal|the|per|each|every|a single|one-way|round)\s+$|\b(?:when|When|once|Once|until|unless)\s+(?:[\p{L}'’.-]+\s+){1,4}$/u
  }),
  // "led a 12-member delegation to China": the head of a visiting delegation.
  trigger(
    // Not "led the delegation to the meeting": a visit goes to a place.
    'led a delegation to <place>',
    'visit',
    /(?:led|leads|leading|headed|heads|heading) (?:an? |the |his |her |their )?(?:[\p{L}\d-]+ ){0,3}?delegation(?= to \p{Lu}| on a (?:[\p{L}-]+ )?(?:visit|trip) to\b)/u
  ),
  // "departed for Tokyo on Saturday to attend the summit", "set off for Indonesia on Thursday": a leader's leaving for a visit abroad.
  trigger(
    'departed for <place>',
    'visit',
    /(?:departed|departs|set off|sets off|set out|sets out|flew out)(?: of \p{Lu}[\p{L}-]*)? for(?= (?:the )?\p{Lu})/u,
    // "the ship departed for Singapore": a leader or a delegation travels, not a cargo.
    {
      needsBefore:
        /(?:\b(?:[Hh]e|[Ss]he|[Tt]hey|delegation|[Mm]inister|[Pp]resident|[Pp]remier|[Ll]eader|[Kk]ing|[Qq]ueen|[Ss]peaker|[Ss]ecretary|[Cc]hairman|[Cc]hairwoman)|\p{Lu}[\p{L}-]+) (?:(?:also|then|later|first) )?$/u
    }
  ),
  // "The envoy's arrival in the capital on Friday", "his arrival in Hanoi": a guest's coming, told by its noun and whose it is.
  trigger("<guest>'s arrival in <place>", 'visit', /(?<=(?:['’]s|\b(?:[Hh]is|[Hh]er|[Tt]heir)) )arrival(?= (?:in|here|at)\b)/u, {
    nominal: true
  }),
  // "Modi, who arrived on Monday evening, held talks": a guest's arrival told by its day, its place known.
  trigger(
    '<guest> arrived on <day>',
    'visit',
    /(?:arrived|landed)(?= (?:late |early )?(?:on |last |earlier )(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|night|week)\b)/u,
    {
      needsBefore:
        /(?:\b\p{Lu}[\p{L}-]+,? who |\b(?:[Hh]e|[Ss]he|[Tt]hey|[Tt]he (?:minister|president|prime minister|premier|delegation|leader|king|queen|envoy)s?) )(?:(?:had|has|have|first|also) )?$/u
    }
  ),
  trigger(
    'arrived in <place>',
    'visit',
    /(?:arrived|arrives|arrive|landed|lands) (?:in|here|at)\b|(?:got|gets|came|comes) here\b|flew (?:in|into)\b|(?<=\b(?:[Hh]aving|has|had) )flown (?:in|into)\b/u,
    // "arrived in Hanoi for a two-day state visit": one visit, told by its noun.
    {
      notAfter:
        /^ (?:at )?(?:a |an )?(?:decision|conclusion|agreement|consensus)\b|^[^.;]{0,60}?\b(?:for|on) (?:(?:an?|his|her|their) )?[^.;]{0,30}?\b(?:visit|trip|tour)\b/u
    }
  ),
  trigger(
    'hosted <guest>',
    'visit',
    new RegExp(
      String.raw`(?:hosted|welcomed|hosts|welcomes)(?= (?:(?:the|a|visiting|his|her|their|its) )*(?:\p{Lu}\p{L}+ ){0,3}?${guestTitle}\b)`,
      'u'
    ),
    { cameo: '043' }
  ),
  // The guest's side of a welcome: "was welcomed at the airport by", "were received by the Prime Minister".
  trigger('was welcomed by <host>', 'visit', /(?:was|were) (?:warmly |officially |formally )?(?:welcomed|greeted)(?= (?:at|by|in|on)\b)/u, {
    cameo: '043'
  }),
  // Receiving a guest of office: "received the visiting Foreign Minister", "received Ambassador Nguyen", "received the outgoing
  // ambassador of Japan" (not "received $5 million").
  trigger(
    'received <guest>',
    'meeting',
    new RegExp(
      String.raw`(?:received|receives|receive)(?= (?:(?:the|a|visiting|outgoing|incoming|new|newly appointed) )*(?:\p{Lu}\p{L}+ ){0,3}?(?:${guestTitle}\b|(?:ambassador|envoy|consul general|chief representative|minister|governor|chairman|chairwoman|president|chief executive)s?(?= (?:of|from|to)\b| \p{Lu})))`,
      'u'
    )
  ),
  // A guest named before: "where President Droupadi Murmu received him", "received them at the Presidential Palace".
  trigger(
    'received <him>',
    'meeting',
    /(?:received|receives)(?= (?:him|her|them)(?:[,.;]|$| (?:at|in|on|warmly|cordially|separately|later|earlier)\b))/u
  ),
  // "granted an audience to the delegation", "was received in audience by the King", "received executives of Samsung": a reception by
  // a monarch's word, or of guests told by who they are.
  trigger(
    'granted an audience to',
    'meeting',
    /(?:granted|grants|gave|gives) (?:an? )?(?:royal |private )?audience to|(?:was|were) received in (?:an? )?(?:royal |private )?audience|(?:received|receives)(?= (?:an? |the |some |several |\d+ )?(?:[\p{L}-]+ ){0,2}?(?:representatives|executives|leaders|chief executives|CEOs|business leaders)\b)/u
  ),
  // The guest's side of a reception: "was received by Prime Minister Pham Minh Chinh".
  trigger(
    'was received by <host>',
    'meeting',
    /(?:was|were) (?:also |warmly |officially |separately )?received(?= by (?:the |his |her |their )?\p{Lu})/u
  ),
  // "hosted a reception for the visiting delegation", "gave a banquet in honour of the King": a guest received at a table.
  trigger(
    'hosted a reception for <guest>',
    'meeting',
    /(?:hosted|hosts|gave|gives|held|holds|threw|throws) (?:an? |the )?(?:(?:state|official|welcome|welcoming|gala) )?(?:reception|banquet|dinner|luncheon)(?= (?:for|in honou?r of)\b)/u
  ),
  trigger(
    'met <party>',
    'meeting',
    /(?:met|meets|meet)(?: with)?(?= (?:(?:his|her|their|its|the) (?:\p{L}+ ){0,2})?(?:\p{Lu}|counterparts?\b))/u
  ),
  // "met a delegation of Chinese travel agencies", "met business leaders": the party told by who they are, not by name.
  trigger(
    'met a delegation of <party>',
    'meeting',
    /(?:met|meets|meet)(?: with)?(?= (?:an? |the |some |several |\d+ )?(?:[\p{L}-]+ ){0,2}?(?:delegations?|representatives|leaders|executives|officials|envoys|ambassadors|investors|businesspeople|businessmen|businesswomen|chief executives|CEOs)\b)/u
  ),
  // Not a passive's "was met in September", a target or a demand met.
  trigger('met in <place>', 'meeting', /met(?= (?:in|on|for|last|this|earlier|twice|virtually|online|separately|privately)\b)/u, {
    notBefore: /\b(?:was|were|been|being|is|are|be)\s+(?:\p{L}+ly\s+)?$/u
  }),
  // "had a productive meeting with Widodo", "during a meeting with a Chinese delegation", "a meeting in Jakarta on 22 December";
  // not "in their previous meeting in September", the last of a series named again.
  trigger(
    'a meeting with <party>',
    'meeting',
    /(?:had |held |during |in |at |after )?(?:an? |their |his |her )(?!(?:previous|next|upcoming|forthcoming) )(?:[\p{L}-]+ ){0,2}?(?:meeting|talks|discussions?|phone call|telephone conversation|phone conversation|call|consultations?|audience)(?= (?:with|between|in|on|at)\b)/u,
    { notBefore: /\b(?:requested|asked for|called for|seeks|seeking|sought)\s+$/u }
  ),
  // "discuss trade in phone call", "In a telephone conversation on Monday": a call told by its noun, its article dropped in a headline.
  trigger('phone call (noun)', 'meeting', /(?:(?:tele)?phone|video) (?:call|conversation|talks?)\b/u, {
    nominal: true,
    notBefore: new RegExp(String.raw`\b(?:requested|asked for|called for|seeks|seeking|sought)\s+(?:an?\s+)?$|${noMeetingHeld.source}`, 'u')
  }),
  // "The meeting was held in Jakarta", "the talks took place on Thursday": a happening told by its noun.
  trigger(
    'meeting was held',
    'meeting',
    // "co-chaired the 14th Joint Commission on Economic Cooperation", "the Joint Committee ... took place in Hanoi": a bilateral body's session.
    /(?:meeting|talks|session|consultations|dialogue)(?= (?:was|were) (?:held|convened|organi[sz]ed)\b| took place\b)|(?:chaired|co-chaired|convened|attended) (?:a|the|an) (?:[\p{L}-]+ ){0,3}?(?:meeting|session|dialogue)|(?:chaired|co-chaired|convened) (?:the |a )?(?:\d+(?:st|nd|rd|th) |first |second |third |fourth |fifth )?(?:[\p{L}-]+ ){0,3}?Joint (?:Commission|Committee|Working Group|Council)\b|Joint (?:Commission|Committee|Working Group)(?= (?:[^.;,]{0,50}? )?(?:was held|were held|took place|convened)\b)/u,
    { nominal: true }
  ),
  // Any meeting told by its noun, unless the noun is a verb's ("meeting targets") or names a place ("meeting room").
  trigger(
    'meeting (noun)',
    'meeting',
    /(?:meeting|meetings)(?! (?:point|room|hall|place|venue|the|its|their|a|an|demand|targets?|expectations|needs|standards|requirements|obligations|half|most|all|some|part)\b| \d)/u,
    {
      nominal: true,
      notBefore: new RegExp(String.raw`\b(?:a|the) series of\s+$|\bsummit\s+$|\b(?:previous|last|next)\s+$|${noMeetingHeld.source}`, 'u'),
      // "the shareholders' meeting was postponed": no meeting held.
      notAfter:
        /^,? (?:(?:was|were|has been|have been|had been) )?(?:again )?(?:postponed|cancell?ed|delayed|called off|put off|suspended)\b/u
    }
  ),
  // Not "Trade talks between the two sides have stalled", talks that are no longer held, nor "approved the merger talks", talks allowed.
  trigger('talks|consultations (noun)', 'meeting', /(?:[Tt]alks|[Cc]onsultations)(?! (?:point|room|hall|place|venue)\b)/u, {
    cameo: '046',
    nominal: true,
    notBefore: new RegExp(
      String.raw`${noMeetingHeld.source}|\b(?:approved|approves|endorsed|authori[sz]ed|allowed|permitted)\s+(?:the\s+)?(?:[\p{L}-]+\s+)?$`,
      'u'
    ),
    notAfter:
      /^(?: (?:between|with|on|over) [^.;]{1,50}?)? (?:have |has |had )?(?:(?:been |remained )?stalled|stall|broken down|broke down|break down|collapsed|faltered|been suspended|been frozen)\b/u
  }),
  trigger('<body> met on <day>', 'meeting', /met(?= (?:(?:here|there) )?(?:on|in|at|last|this|earlier)\b)/u, {
    needsBefore: /\b(?:it|they|which|who|[Cc]ommittee|[Bb]oard|[Cc]ouncil|[Cc]abinet|[Cc]ommission) $/u
  }),
  // "spoke by phone with Biden", "Meeting Japanese investors in Tokyo, Chinh said": a talk by phone; a meeting told by a participle opening
  // its sentence.
  trigger(
    'spoke by phone with',
    'meeting',
    /(?:spoke|speaks|talked|talks|held talks) (?:by (?:tele)?phone|on the (?:tele)?phone|over the (?:tele)?phone)(?= with\b)|(?<=(?:^|[.!?]\s+|\n))(?:Meeting|Receiving)(?=[^.;,]{0,80},)(?= (?:with )?(?:the )?(?:visiting )?\p{Lu}| (?:the |a )?(?:visiting )?(?:[\p{L}-]+ ){0,2}?(?:delegations?|investors|leaders|counterparts?|ambassadors?|officials|representatives|executives|businesses)\b)/u,
    // "Meeting EU standards": a demand met, not a meeting.
    {
      notAfter:
        /^ (?:the )?(?:[\p{L}-]+ ){0,2}?(?:standards?|targets?|requirements?|demands?|needs|expectations|criteria|deadlines?|obligations|rules)\b/u
    }
  ),
  trigger(
    'held talks',
    'meeting',
    // "held the fourth political consultation", "held a strategic dialogue", "held the 44th Annual Consultation", "held a video conference".
    /(?:held|holds|hold) (?:(?:an?|the|their|its) )?(?:(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|annual|Annual|bilateral|high-level|official|delegation-level|phone|telephone|online|virtual|video|political|strategic|Strategic|security|defen[cs]e|economic|maritime|trade|regular|deputy-ministerial|ministerial|in-depth|frank|candid|fruitful|productive|wide-ranging|extensive|separate) )*(?:talks|meetings?|discussions|consultations?|Consultations?|dialogues?|Dialogues?|video ?conference|videoconference|video call)\b/u,
    { cameo: '046' }
  ),
  // "had a working session with leaders of Quang Ninh", "held a phone talk with the Lao deputy PM": a meeting as official news names it.
  trigger(
    'had a working session',
    'meeting',
    /(?:had|has|have|held|holds|hold) (?:an? )?(?:(?:working|work) sessions?|(?:phone|telephone) talk)(?= (?:with|in|on|at)\b|[,.;])/u
  ),
  trigger(
    '<named> conference',
    'conference',
    // A bare "the Conference" speaks of one named before: a named one has a qualifier or a name before it.
    /(?:Conference|Summit|Forum|Dialogue|Congress|summit|conference|forum|(?<=(?:Ministers|Leaders|Officials|Governors)['’] )Meeting)(?! of)/u,
    // Held, attended or numbered, not a body named in a list ("forums including the East Asia Summit").
    {
      needsBefore: /\p{Lu}\S* $/u,
      notBefore: /\b(?:The|This|That|A|An) $/u,
      around: {
        before:
          /\b(?:at|attend(?:ed|s|ing)?|during|hosted|hosts?|chaired|co-chaired|addressed|opened|sidelines of|margins of|run-up to|ahead of|(?:gathered|convened|met) (?:[^.;]{0,40}? )?for)\s+(?:the\s+)?(?:[\p{L}\p{N}'’-]+\s+){0,6}$/u,
        after: /^(?:,? (?:which )?(?:was |is )?(?:held|opened|took place|kicked off|began|closed|ended)\b| (?:on|in) (?:\d|the \d))/u
      }
    }
  ),
  // "ASEAN leaders gather for summit in Kuala Lumpur", "ministers convened in Bangkok for the ministerial meeting": a gathering told by
  // the participants' coming together for it, when its noun is no name that '<named> conference' reads.
  trigger(
    'gathered for <summit>',
    'conference',
    /(?:gathered|gather|gathers|convened|convene|convenes|assembled)(?= (?:(?:in|at) (?:the )?\p{Lu}[^.;,]{0,30}? )?(?:on \p{Lu}\p{L}+ )?for (?:the |a |an |their |its )?(?:\p{Ll}[\p{L}\d'’-]* ){0,3}?(?:summit|conference|forum|ministerial meeting)\b)/u
  ),
  // "A forum on digital trade was also held", "the summit, which opened in Vientiane": a gathering told by its noun and its verb.
  trigger(
    '<conference> was held',
    'conference',
    /(?:conferences?|summits?|forums?|seminar|workshop|symposium|expo|exhibition|fair|Conferences?|Summits?|Forums?|(?<=(?:Ministers|Leaders|Officials|Governors)['’] )Meeting)(?= (?:[^.;,]{0,40}? )?(?:was|were) (?:also )?(?:held|opened|organi[sz]ed|convened|hosted|attended)\b| (?:[^.;,]{0,40}? )?(?:took place|kicked off|got under ?way|opened in|opened on|closed in|closed on|opens in|opens on|closes in|closes on|wrapped up|concluded|drew|attracted)\b|,? held (?:in|on|at)\b)/u,
    // Not a press conference, a statement of its own.
    { nominal: true, notBefore: /\b(?:press|news|video) $/u }
  ),
  trigger(
    'pledged support',
    'support_pledged',
    /(?:pledged|expressed|reaffirmed|voiced|declared) (?:its |their |strong |full |firm )?support|supported(?= \p{Lu})/u
  ),
  trigger(
    'pledged <aid>',
    'support_pledged',
    new RegExp(
      String.raw`(?:pledged|pledges|promised|committed|vowed|vows|offered)(?= (?:an? |its |their )?(?:${money})|(?:[^.;]|\.(?=\d)){0,30}\b(?:aid|assistance|relief|grants?|loans?|ODA|funding|financing|support|help)\b)`,
      'u'
    ),
    { unrealToo: true }
  ),
  // "agreed to provide an additional $1 billion loan", "has agreed to extend a credit line": aid granted by its donor's assent.
  trigger(
    'agreed to provide <aid>',
    'support_pledged',
    new RegExp(
      String.raw`(?:agreed|agrees) to (?:provide|extend|give|grant|lend|offer|roll over)(?= (?:[^.;]|\.(?=\d)){0,40}?\b(?:aid|assistance|loans?|grants?|ODA|funding|financing|credit lines?|line of credit|deposits?)\b)`,
      'u'
    ),
    { unrealToo: true, notBefore: /\b(?:not|never|if|If|unless|will|would|expected to|likely to)\b[^.;]{0,40}$/u }
  ),
  // "announced a $300 million line of credit", "offered a relief package", "announced NZ$5 million in new funding": aid promised by its
  // announcement.
  trigger(
    'announced <loan>',
    'support_pledged',
    new RegExp(
      String.raw`(?:announced|announces|unveiled|unveils)(?= (?:an? |the |its |new )*(?:(?:${money}) )?(?:[\p{L}-]+ ){0,2}?(?:loans?|grants?|aid(?: package)?|relief package|financing package|credit lines?|lines? of credit)\b| (?:${money}) (?:in|of) (?:new |additional |fresh |emergency |humanitarian |financial )?(?:funding|financing|loans?|credit|compensation|aid|assistance|grants?|relief|support)\b)`,
      'u'
    )
  ),
  // "said it was ready to provide humanitarian aid", "stands ready to help": aid offered, a promise by its words, not a plan.
  trigger(
    'ready to provide <aid>',
    'support_pledged',
    /(?:is|was|are|were|stands?|stood) (?:also )?ready to (?:provide|offer|extend|send|give|help|assist|support)(?= (?:[^.;]){0,40}?\b(?:aid|assistance|relief|support|help)\b| (?:\p{Lu}|the|its|their)\b)/u,
    { unrealToo: true, notBefore: /\b(?:not|never|no longer|if|If|unless)\b[^.;]{0,30}$/u }
  ),
  // "a US$3 billion pledge from the ADB", "aid pledges of $20 million": a promise told by its noun after its amount or its aid.
  trigger('<amount> pledge', 'support_pledged', /pledges?(?= (?:of|from|by)\b)/u, {
    needsBefore: /(?:\d|\b(?:million|billion|bn|mn|aid|support|funding|financial|assistance))\S*\s+$/u
  }),
  // "a bailout that the IMF approved in March", "whose loan programme was approved by its board": the loan named before its verb.
  trigger('<loan> was approved', 'support_pledged', /(?:approved|extended|disbursed)/u, {
    cameo: '070',
    needsBefore:
      /\b(?:loans?|bailouts?|grants?|aid packages?|(?:loan|credit|bailout|lending|financing) (?:programmes?|programs?|facility|facilities|packages?))(?:,? (?:that|which) (?:the )?(?:\p{Lu}[\p{L}-]* ){0,6}(?:had |has )?| (?:was|were|had been|has been|have been) (?:\p{L}+ )?)$/u
  }),
  // "approved a US$500 million loan", "signed off on a grant": a lender's aid given.
  trigger(
    'approved <loan>',
    'support_pledged',
    /(?:approved|approves|signed off on|extended|extends)(?= (?:an? |the |its )?(?:new )?(?:(?:US|A|S)?\$[\d.,]+(?:[- ](?:million|billion|bn|mn))?|[\d.,]+[- ](?:million|billion))?[- ]?(?:[\p{L}-]+ ){0,2}?(?:loans?|grants?|aid package|financing package|credit line)\b)/u,
    { cameo: '070' }
  ),
  // A headline's present: "US provides US$1 million for typhoon relief", "Japan gives $5 million to flood victims"; an amount given, not a
  // scheme's habit ("The scheme provides grants to farmers").
  trigger(
    '<donor> provides <amount> for',
    'support_pledged',
    new RegExp(
      String.raw`(?:provides|donates|gives|sends|grants|hands over|contributes)(?= (?:an? |an additional |another |a further )?(?:${money})(?: (?:in|of) [\p{L}-]+(?: [\p{L}-]+)?)? (?:for|to)\b)`,
      'u'
    ),
    { cameo: '070' }
  ),
  // "China donated 500 tonnes of rice to Laos", "The EU granted €50 million to Myanmar refugees": aid given, told by its amount and whom it is for.
  trigger(
    'donated <amount> to',
    'support_pledged',
    new RegExp(
      String.raw`(?:donated|granted|gave|handed over|contributed)(?= (?:an? |an additional |another |a further )?(?:${money}|\d[\d,.]* (?:tonnes|tons|doses|units|sets|boxes|packages|kits|vehicles|ambulances) of [\p{L}-]+)(?: (?:in|of|worth) [^.;,]{1,30}?)? to\b)`,
      'u'
    ),
    { cameo: '070' }
  ),
  trigger(
    'donated <aid>',
    'support_pledged',
    /(?:donated|donates|handed over|provided|granted|delivered|disbursed|extended|sent|shipped|airlifted|distributed|gave|contributed|allocated|earmarked|presented)(?= (?:[^.;]|\.(?=\d)){0,50}\b(?:aid|assistance|relief|relief goods|relief effort|relief efforts|grants?|donations?|vaccines?|ODA|loans?|funding|food packs|food parcels|hygiene kits|relief supplies|emergency supplies|medical supplies|tents|blankets|rice aid|emergency funds?|(?:flood|storm|typhoon|quake|earthquake|fire|disaster) victims|survivors|(?:flood|storm|typhoon|quake|disaster)-(?:hit|affected|stricken|ravaged))\b)/u,
    { cameo: '070' }
  ),
  trigger(
    'set <target>',
    'target_set',
    // "kept its full-year growth target", "maintained its revenue goal": a target set again.
    /(?:set|sets|setting|thrown out|threw out|throws out|announced|adopted|agreed on|unveiled|revised|raised|lowered|cut|kept|keeps|maintained|maintains|retained|retains|reaffirmed|reiterated)(?= (?:an? |the |its |their )?[^.;:,]{0,40}?\b(?:targets?|goals?)\b)[^.;:,]{0,50}?\b(?:targets?|goals?)\b(?: (?:down|up)\b)?/u,
    { unrealToo: true }
  ),
  // "An output target of 2 million tonnes has been set", "the export target has been revised up": the target, then its passive.
  trigger(
    '<target> has been set',
    'target_set',
    new RegExp(
      String.raw`${passive} (?:set|agreed(?: on)?|adopted|announced|revised(?: (?:down|up)(?:wards?)?)?|raised|lowered|cut|trimmed)`,
      'u'
    ),
    {
      needsBefore: passiveSubject('(?:[Tt]argets?|[Gg]oals?)'),
      // Its figure told, in its phrase or after the verb: "The target was set after talks" names a target already told.
      around: { before: new RegExp(`${figure}[^.;:]*$`, 'u'), after: new RegExp(String.raw`^[^.;:]{0,30}?\b(?:to|at|of) ${figure}`, 'u') }
    }
  ),
  // "the board's target was 8 million visitors", "Its targets for 2019 are revenue of VND56 trillion": a target told by its
  // owner and the figure it is.
  trigger(
    "<owner>'s target is <figure>",
    'target_set',
    new RegExp(
      String.raw`(?<=(?:['’]s|\b(?:[Ii]ts|[Tt]heir)) (?:[\p{L}-]+ ){0,2})(?:targets?|goals?)(?= (?:for [^,.;]{1,20}? )?(?:is|are|was|were) (?:[\p{L}-]+ ){0,3}?(?:of )?${figure})`,
      'u'
    ),
    { unrealToo: true, nominal: true }
  ),
  // "agreed to raise bilateral trade to US$15 billion by 2028", "aim to raise two-way trade to US$150 billion".
  trigger(
    'agreed to raise <measure> to <figure>',
    'target_set',
    new RegExp(
      // "agreed to strive to raise", "agreed to soon bring": an effort or a haste between the promise and the rise.
      String.raw`(?:agreed|agree|agrees|agreeing|aim|aims|aimed|aiming|pledged|pledging|vowed|vowing|committed|committing|resolved|targeted|targets|seek|seeks|hope|hopes)(?: (?:on|in|at|during) [^,.;]{1,25}?)?(?: to| at)? (?:(?:soon|further|jointly|quickly|together) )?(?:(?:strive|work|try|endeavou?r|make (?:every )?efforts?) (?:to |towards )?)?(?:raise|raising|boost|boosting|increase|increasing|lift|lifting|push|pushing|bring|bringing|take|taking|double|doubling|triple|tripling|reach|reaching|achieve|achieving|target)(?= [^.;:]{0,60}?\b(?:to|at|of)? ?${figure})`,
      'u'
    ),
    { unrealToo: true }
  ),
  // A headline's target: "Vietnam eyes $150bn trade with S.Korea", "Indonesia targets 710 mln tons", "a plan targeting revenue of
  // VND63 trillion", "the two leaders targeted trade of $20 billion"; not "the targeted $20 billion", a figure named by its target.
  trigger(
    'eyes|targets <figure>',
    'target_set',
    new RegExp(
      // A headline's plural subject takes the base: "Vietnam, Thailand eye $25 billion", "Vietnam, Korea target $150 billion trade".
      String.raw`(?:eyes|eyeing|targets|targeting|(?<!\b(?:the|The|a|an|its|their|his|her|was|were|is|are|been|being) )targeted|(?<=\p{L}(?:,| and) \p{Lu}[\p{L}.-]* )(?:eye|target))(?= (?:[\p{L}-]+ ){0,5}?(?:of |at |to )?${figure})`,
      'u'
    ),
    { unrealToo: true }
  ),
  // A company's plan told by its figures: "plans revenue of VND20 trillion", "planned net profit of $50 million"; not "plans to invest
  // $10 billion", a plan of its own.
  trigger(
    'plans revenue of <figure>',
    'target_set',
    new RegExp(
      String.raw`(?:plans|plan|planned)(?= (?:(?:total|net|pre-tax|after-tax|consolidated|combined) )*(?:revenues?|profits?|sales|turnover|output|exports?|earnings|income) (?:of |at )(?:(?:about|around|some|nearly|over|more than|up to) )?${figure})`,
      'u'
    ),
    { unrealToo: true, notBefore: /\b(?:the|its|their|a|than|of)\s+$/iu }
  ),
  // "approved a business plan with revenue of VND20 trillion", "adopted a 2025 plan targeting": a company's target, its owners' vote.
  trigger(
    'approved a business plan with <figure>',
    'target_set',
    new RegExp(
      String.raw`(?:approved|approves|adopted|adopts|passed|endorsed)(?= (?:an? |the |its |their )?(?:\d{4} )?(?:business |production |sales |annual )?plans? (?:with|of|for) [^.;:]{0,40}?\b(?:revenues?|profits?|sales|output|turnover|earnings)\b[^.;:]{0,20}?${figure})`,
      'u'
    ),
    { unrealToo: true }
  ),
  // "has set its sights on revenue of $5 billion": a target told by where one looks.
  trigger(
    'set its sights on <figure>',
    'target_set',
    new RegExp(String.raw`(?:set|sets|setting|has set|have set) (?:its|their|his|her|our) sights on(?= [^.;:]{0,50}?${figure})`, 'u'),
    { unrealToo: true }
  ),
  // "is aiming for 500 million tonnes", "aims for total revenue of VND56.3 trillion", "is aiming to draw 35 million tourists";
  // not "aims to strengthen ties between the two countries", where the number counts no figure.
  trigger(
    'aims for <figure>',
    'target_set',
    /(?:(?:is|are) )?(?:aiming|aims|aimed|targeting|targets|targeted|(?<!\b(?:the|The|an|its|their|our|his|her|main|key|stated) )aim)(?: (?:for|at)| to \p{L}+)(?= [^.;:]{0,40}?(?:\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten)\b(?! (?:countries|sides|nations|leaders|governments|economies|peoples|parties|neighbours)\b)))/u,
    { unrealToo: true }
  ),
  // "said in a statement", "The monetary policy statement said", "held a press conference".
  trigger('in|issued a statement', 'statement', /statement/u, {
    needsBefore: /\b(?:[Ii]n|issued|released|[Aa]ccording to) (?:a|an|its|their|the) (?:joint |written |separate )?$/u
  }),
  // "said in a briefing", "told reporters at a briefing on Monday": a statement told by the briefing it was made at.
  trigger('said in a briefing', 'statement', /briefing/u, {
    needsBefore: /\b(?:said|says|stated|told [^.;]{1,30}?|announced) (?:in|at|during) (?:a|an|the|its|their) (?:[\p{L}-]+ )?$/u
  }),
  // "said in a joint letter to the Prime Minister", "the party said in an announcement": a statement told by what carried it.
  trigger(
    'said in a <letter>',
    'statement',
    // Not "a notice on fees", what it is about; "a letter on Thursday" is dated.
    /(?:letter|announcement|notice|communiqu[eé]|post|circular)\b(?! (?:of|from)\b| on (?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|\d|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\p{L}* \d))/u,
    {
      needsBefore:
        /\b(?:said|says|stated|states|announced|wrote|told [^.;]{1,30}?|according to) (?:in|to) (?:a|an|its|their|the) (?:(?:joint|written|separate|open|official|brief|short|regulatory|stock exchange|bourse) )*$/u
    }
  ),
  // "issued a joint communique", "adopted the Hanoi Declaration": a statement of several, told by its document; signed, it is an
  // agreement ('signed <agreement>').
  trigger(
    'issued a communique',
    'statement',
    /(?:issued|issues|adopted|adopts|released|releases) (?:an? |the |their |its )?(?:joint |final |chair['’]s |leaders['’] |\p{Lu}\p{L}+ ){0,3}(?:communiqu[eé]|declaration|Declaration|Communiqu[eé])\b/u
  ),
  trigger(
    '<kind> statement',
    'statement',
    /(?:(?:joint|policy|official|written|press) )+statement|(?:press|news|media) (?:conference|briefing|release)|(?:regular|weekly|daily|routine) (?:press |news |media )?briefing/u
  ),
  // A request made to another party: "asked China to help", "urged the US to", "urged Chinese companies to", "requested that Thailand".
  trigger(
    'asked <party> to',
    'statement',
    new RegExp(
      String.raw`(?:asked|asks|urged|urges|exhorted|exhorts|called on|calls on|requested|requests|appealed to|appeals to|pressed|presses)(?= (?:the )?\p{Lu}[\p{L}.]*(?: (?:(?:of|for|and) )?\p{Lu}[\p{L}.]*)*(?: \(\p{Lu}[\p{L}]*\))? (?:government |authorities |(?:companies|firms|businesses|investors|enterprises|officials|exporters|importers|partners|counterparts|leaders|side) )?(?:(?:in|on|last|earlier|this) [^,.;]{1,20}? )?(?:not )?to\b| that (?:the )?\p{Lu}| ${requestedParty} (?:not )?to\b| that ${requestedParty}\b)`,
      'u'
    ),
    // "called on the Government of Nepal to cut port fees", "asked the government to speed up work": a body's appeal to its own
    // government, which news reports as advocacy, not as a statement between parties.
    // "said in a joint statement that ... and urged members to": the request is part of the statement told, not one of its own.
    {
      notAfter: /^ (?:the )?(?:[\p{L}-]+ )?(?:[Gg]overnment|[Cc]abinet)\b/u,
      notBefore: /\bstatement\b[^.;]* and $/u
    }
  ),
  // "proposed that both sides promote the early signing", "suggested the two countries expand cooperation": a proposal put to another party.
  trigger(
    'proposed that <party>',
    'statement',
    new RegExp(String.raw`(?:proposed|proposes|suggested|suggests)(?= that (?:the )?\p{Lu}| (?:that )?${requestedParty} \p{Ll}+)`, 'u')
  ),
  // "declared a dengue epidemic", "declared a state of emergency".
  trigger(
    'declared <state>',
    'statement',
    /(?:declared|declares|proclaimed) (?:an? |the )?(?:\p{L}+ ){0,2}?(?:epidemic|emergency|disaster|outbreak|war|independence|pandemic|alert|calamity|martial law)\b/u
  ),
  // "A health emergency was declared on 3 March": the state, then its declaring.
  trigger('<state> was declared', 'statement', new RegExp(String.raw`${passive} (?:declared|proclaimed)`, 'u'), {
    needsBefore: passiveSubject('(?:[Ee]pidemic|[Ee]mergency|[Dd]isaster|[Oo]utbreak|[Pp]andemic|[Cc]alamity|martial law)')
  }),
  // A courtesy call: "called on Crown Prince Mohammed", not a request ("called on China to help").
  trigger('called on <host>', 'meeting', /(?:called|calls|paid a courtesy call) on(?= (?:the )?(?:\p{Lu}\p{L}+ ){1,5})/u, {
    notAfter: /^[^.;]{0,60}?\bto\b(?! (?:the|his|her|their|a)\b)/u
  }),
  trigger(
    'declaration of <state>',
    'statement',
    /(?:[Dd]eclaration|[Aa]nnouncement) of (?:an? |the )?(?:\p{Lu}\p{L}+ )*(?:[Ee]pidemic|[Ee]mergency|[Dd]isaster|[Ss]tate|[Ww]ar|[Ii]ndependence)/u
  )
]
