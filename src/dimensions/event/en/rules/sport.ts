import type { Rule } from '../../../../engine/rule.js'
import { verbs } from '../inflect.js'
import { bestTitle, passive, passiveSubject, prize, trigger } from '../words.js'

/** An event of a games, by whom: "the men's 400m freestyle", "the women's individual kata event". */
const gamesEvent = String.raw`(?:the |a )?(?:men['’]s|women['’]s|mixed|boys['’]|girls['’])`

/**
 * Verbs of a side beating another, in the forms a report or a headline uses:
 * "beat", "crush", "after beating", "drew with"; verbs that are also common
 * nouns ("edge", "upset") in their base, present and past, before the side beaten
 * ("Thailand edge Malaysia", "edge past Malaysia"); "down" only in its past.
 */
const beatVerbs = `(?:${verbs(
  [
    'beat',
    'defeat',
    'thrash',
    'crush',
    'trounce',
    'outclass',
    'overcome/overcame/overcome',
    'draw/drew/drawn with',
    'draw/drew/drawn against',
    'lose/lost to'
  ],
  ['base', 'present', 'past', 'participle', 'gerund']
)}|${verbs(['edge', 'edge past', 'squeeze/squeezed past', 'rout', 'stun', 'hammer', 'upset', 'oust', 'eliminate'], ['base', 'present', 'past'])}|${verbs(['down', 'knock/knocked out'], ['past'])})`

/** Who a side beats, after its verb: "the Philippines", "defending champions Vietnam". */
const opponent = String.raw`(?:(?:the|defending|reigning|champions|hosts|host|title-holders|holders|favourites|rivals|neighbours|arch-rivals|compatriot|teammate|fellow) )*\p{Lu}`

/** Matches played and prizes won. */
export const sport: readonly Rule<'event'>[] = [
  // "beat Malaysia 1-0", "drew with Thailand", "won 3-1", "had drawn the first leg 1-1".
  trigger(
    'beat <team>',
    'match',
    new RegExp(
      String.raw`${beatVerbs}(?= ${opponent})|held(?= (?:the )?\p{Lu}[\p{L} ]{0,30}? (?:to an? (?:goalless |scoreless |\d+-\d+ )?draw\b|\d+-\d+))|(?:was|were) held to an? (?:goalless |scoreless |\d+-\d+ )?draw\b|(?:won|lost|drew) (?:the |their )?(?:match|game|final|tie|clash) \d+-\d+|(?:drew|draw|draws) \d+-\d+|` +
        String.raw`(?:won|lost|drew|ended|finished|triumphed|cruised|romped|eased) \d+-\d+|(?:won|win|winning|lost|lose|losing|drew|draw|drawn|drawing) (?:the |their )?(?:first|second|opening|return|home|away) (?:leg|match|game|tie) \d+-\d+|(?<!\d)\d+-\d+ (?:(?:home|away) )?(?:win|victory|triumph|draw|defeat|loss)\b|(?:win|victory|triumph) over(?= (?:the )?\p{Lu})|(?:played out|played to|settled for|ground out) an? (?:goalless |scoreless |\d+-\d+ )?draw\b`,
      'u'
    ),
    // "the anniversary of the victory over the Khmer Rouge regime": a war remembered, no match.
    {
      notBefore: /\b(?:anniversary|commemoration|memory) of (?:the )?$/u,
      notAfter: /^ [^.;]{0,40}?\b(?:regime|forces|army|invaders|colonialists|fascists|enemy)\b/u
    }
  ),
  // "were beaten 21-19, 18-21, 16-21 by China's pair", "was knocked out by Japan": a match told from the side that lost.
  trigger(
    '<team> were beaten by',
    'match',
    new RegExp(
      String.raw`(?:was|were|had been|have been|has been) (?:${verbs(['beat', 'defeat', 'thrash', 'crush', 'trounce', 'outclass', 'edge', 'stun', 'upset', 'eliminate', 'knock/knocked out', 'hold/held to a draw'], ['participle'])})(?= \d+-\d+| (?:on|in) [^.;]{1,30}? by | by (?:the )?\p{Lu})`,
      'u'
    )
  ),
  // "The match ended goalless", "the final finished level": a result told by the match as its subject.
  trigger(
    '<match> ended goalless',
    'match',
    /(?:[Mm]atch|[Gg]ame|[Ff]inal|[Tt]ie|[Cc]lash|[Ee]ncounter|[Dd]erby)(?= (?:ended|finished|ends|finishes) (?:in an? )?(?:goalless|scoreless|level|(?:\d+-\d+ )?draw|\d+-\d+)\b)/u,
    { notBefore: /\b(?:next|upcoming|previous|last) $/u }
  ),
  // "Malaysia fell 3-1 to Thailand", "won the match by 20 runs", "won by six wickets": a result told by its score or margin.
  trigger(
    'fell 3-1 to <team>',
    'match',
    /(?:fell|falls|slumped|slumps|crashed|went down|succumbed) \d+-\d+ (?:to|against)(?= (?:the )?\p{Lu})|(?:won|lost|wins|loses) (?:the |their )?(?:match|game|Test|test|ODI|T20|final|semi-?final|quarter-?final|tie|clash|encounter)(?= by (?:\d+|an innings|\p{L}+) (?:runs|wickets|goals|points)\b)|(?:won|lost|wins|loses) by (?:\d+|an innings|one|two|three|four|five|six|seven|eight|nine|ten) (?:runs|wickets)\b/u
  ),
  // "Pakistan won the first match by 54 runs", "lost the opening game in Hambantota": a match of a series, its margin or place told.
  trigger(
    'won the <nth> match',
    'match',
    /(?:won|lost|drew|tied) (?:the |their )?(?:first|second|third|fourth|fifth|opening|deciding|final|last|previous|series-opening) (?:match|game|leg|tie|Test|test|ODI|one-day international|T20|Twenty20|round)(?= (?:by|in|at|on|\d+-\d+)\b|[,.;])/u
  ),
  // "struck gold three times", "collected three more golds", "had taken the 1,500m freestyle gold", "claimed the men's 400m freestyle title".
  trigger(
    'won <prize>',
    'award',
    new RegExp(
      String.raw`(?:won|wins|win|winning|claimed|claims|claim|clinched|clinches|clinch|grabbed|grabs|grab|bagged|bags|bag|collected|collect|took|takes|take|taken|earned|earns|earn|secured|secure|captured|capture|scooped|scoops|scoop|snatched|snatch|pocketed|struck|strikes|lifted|lifts|lift|hoisted|retained|retains|retain|defended|received|receives|landed|lands|added|adds)(?: (?!(?:part|in|at|to|for|with|on|of|by|from|that|and)\b)(?:the|a|an|her|his|their|its|another|more|first|second|third|\d[\d,.]*m?|one|two|three|four|five|six|seven|eight|nine|ten|[\p{L}\d,.-]+['’]s|[\p{L}\d,.-]+)){0,5}? ${prize}\b`,
      'u'
    ),
    // "have won the tournament a record seven times": a tally of titles, no one of them won; not "struck gold three times, in the
    // 1,000m, ...", where the times are listed.
    {
      notAfter:
        /^ (?:a )?(?:record )?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|many|multiple) times\b(?!,? (?:in|at)\b)|^ (?:once|twice)\b(?!,? (?:in|at)\b)/u
    }
  ),
  // "beat Malaysia 1-0 to win the title": a prize won by the match just told, no purpose; not "needs to beat Thailand to win the title".
  trigger(
    'beat <team> to win <prize>',
    'award',
    new RegExp(
      String.raw`(?:win|claim|clinch|lift|retain|take|capture|secure|seal)(?= (?:the |a |an |their |its |his |her )?(?:[\p{L}\d-]+ ){0,3}?${prize}\b)`,
      'u'
    ),
    {
      unrealToo: true,
      needsBefore: new RegExp(String.raw`\b${beatVerbs}\b[^.;]{0,80}\bto $`, 'u'),
      notBefore:
        /\b(?:will|would|could|can|must|should|needs?|needed|has to|have to|had to|hopes?|hoped|hoping|aims?|aiming|bid|trying|try|tries|wants?|seeks?|seeking)\b[^.;]*$/u
    }
  ),
  // "was awarded the fair play prize", "were presented with the trophy", "was granted the Best Employer Brand award".
  trigger(
    'was awarded <prize>',
    'award',
    new RegExp(
      String.raw`(?:was|were|has been|have been) (?:awarded|presented with|handed|honou?red with|granted|given|conferred)(?= (?:the |a |an )?(?:[\p{L}\d'’-]+ ){0,4}?${prize}\b)`,
      'u'
    )
  ),
  // "was named player of the match", "was voted the tournament's most valuable player": a title given to one player.
  trigger(
    'named player of the match',
    'award',
    /(?:was|were|has been|have been) (?:named|voted|chosen as|crowned) (?:the )?(?:[\p{L}'’-]+ ){0,2}?(?:(?:most valuable|best) (?:player|goalkeeper|young player)|best (?:actor|actress|director|film|picture|feature|screenplay|documentary|singer|album|song|athlete|coach|newcomer|supporting (?:actor|actress))|MVP|top scorer|(?:player|man|woman|coach|goalkeeper|athlete|footballer|scorer) of the (?:match|tournament|series|year|season|month|final))\b|finished (?:as )?(?:the )?(?:tournament['’]s |competition['’]s )?top (?:goal)?scorer\b/u
  ),
  // "received the Best Bank in Vietnam award", "picked up the Asia's Best Employer Brand award": a prize told by its capitalised name,
  // whose small words ("in", "of", "for") the words of 'won <prize>' stop at.
  trigger(
    'received the <Name> award',
    'award',
    new RegExp(
      String.raw`(?:won|wins|received|receives|collected|bagged|scooped|earned|took home|picked up|claimed|secured)(?= (?:the |a |an |its |their )?\p{Lu}[\p{L}\d'’&-]*(?: (?:\p{Lu}[\p{L}\d'’&-]*|in|of|for|and|the|&|\d{4})){0,8} (?:award|awards|prize|title)\b)`,
      'u'
    ),
    // 'won <prize>' reads the names whose words are all capitalised: one event for one prize.
    { notAfter: /^ (?:the |a |an |its |their )?(?:\p{Lu}[\p{L}\d'’&-]* ){0,8}(?:award|awards|prize|title)\b/u }
  ),
  // "was named Asia's best ultra-low-cost carrier", "was voted the leading city destination", "was honoured as one of the top 50
  // companies", "was honoured at the Asia Hospitality Awards": a title given by a ranking's judges; not a list's rank ("ranked 45th"),
  // which no one awards.
  trigger(
    'was named <best>',
    'award',
    new RegExp(
      String.raw`(?:was|were|has been|have been|had been) (?:named|voted|honou?red|recogni[sz]ed|chosen|selected)(?: as)?(?= ${bestTitle})|(?:was|were|has been|have been|had been) (?:honou?red|recogni[sz]ed)(?= at (?:the )?(?:[\p{L}\d'’-]+ ){0,5}?Awards\b)`,
      'u'
    )
  ),
  // "became champions after a 1-0 win": a title told by what a side became; not "since they became champions", a time.
  trigger('became champions', 'award', /(?:became|become|becomes)(?= (?:the )?(?:[\p{L}\d'’-]+ ){0,3}?champions?\b)/u, {
    notBefore: /\b(?:[Ss]ince|[Ww]hen|[Aa]fter|[Bb]efore|[Uu]ntil|[Oo]nce|[Aa]s|who|which|first to|to)\s+(?:[\p{L}-]+\s+){0,3}$/u
  }),
  // "were crowned champions", a headline's "Vietnam crowned AFF champions".
  trigger(
    'crowned champions',
    'award',
    /(?:were|was|are|is|been) crowned(?: (?:the )?(?:\p{L}+ ){0,3}?champions?)?|crowned(?= (?:the )?(?:[\p{L}\d'’-]+ ){0,3}?champions?\b)/u
  ),
  trigger(
    'won the <games event>',
    'award',
    new RegExp(String.raw`(?:won|wins|winning|topped|tops|topping|took|swept|(?:triumphed|triumphs) in)(?= ${gamesEvent} )`, 'u')
  ),
  // "awarded the title of People's Artist to 12 actors", "conferred the Order of Labour on": a prize given, told from the giver.
  trigger(
    'awarded <prize> to',
    'award',
    new RegExp(
      String.raw`(?:awarded|awards|conferred|confers|bestowed|bestows)(?= (?:the |a |an |its )?(?:[\p{L}\d'’-]+ ){0,3}?(?:${prize}|honou?rs?|Orders?|Order of)\b)`,
      'u'
    )
  ),
  // "Her teammate did likewise in the compound event": a prize won again by another, told right after one won.
  trigger('did likewise', 'award', /(?:did|does|do) (?:likewise|the same)|followed suit|(?:repeated|repeats) the feat/u, {
    needsNearby: new RegExp(
      String.raw`\b(?:won|took|taken|claimed|clinched|collected|struck|captured|secured|lifted|bagged)\b[^.;]{0,60}?\b${prize}\b[^]*$`,
      'u'
    )
  }),
  // "12 golds have gone to", "The women's 200m freestyle went to": the prize or the contest, then who took it.
  trigger('<prize> went to', 'award', /(?:(?:have|has|had) gone|went)(?= to\b)/u, {
    needsBefore: new RegExp(String.raw`\b(?:${prize} |${gamesEvent} (?:[\p{L}\d,.-]+ ){1,4})$`, 'u')
  }),
  // "Two titles were won by sprinter Lee": the prize, then its passive.
  trigger(
    '<prize> was won by',
    'award',
    new RegExp(String.raw`${passive} (?:won|taken|claimed|clinched|captured|secured|bagged)(?= by\b)`, 'u'),
    {
      needsBefore: passiveSubject(prize)
    }
  ),
  // "Tan's victory in the men's long jump", "her win in the women's kata": a contest won, told by its noun and its winner.
  trigger(
    "<winner>'s victory in <contest>",
    'award',
    new RegExp(String.raw`(?<=(?:['’]s|\b(?:[Hh]is|[Hh]er|[Tt]heir)) (?:[\p{L}-]+ )?)(?:victory|win|triumph)(?= in ${gamesEvent}\b)`, 'u'),
    { nominal: true }
  )
]
