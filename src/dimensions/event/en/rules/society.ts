import type { Rule } from '../../../../engine/rule.js'
import { verbs } from '../inflect.js'
import { hazard, hazardInside, impact, passive, trigger } from '../words.js'

/** How many people, in words or digits: the victims of "killed", the dead of "died". */
const victims = String.raw`(?:[Aa]t least |[Mm]ore than |[Oo]ver |[Nn]early |[Aa]lmost |[Aa]bout |[Aa]round |[Ss]ome |[Aa]nother |[Aa] further )?(?:\d[\d,]*|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|[Tt]en|[Ee]leven|[Tt]welve|[Dd]ozens|[Ss]cores|[Hh]undreds|[Tt]housands|[Mm]any|[Ss]everal|more)\b(?! ?(?:%|per ?cent|percent))`

/** Who dies: "people", "residents", "others" after a number; one of them ("one worker"). */
const people = String.raw`(?:worker|soldier|officer|resident|villager|passenger|student|child|man|woman|person|firefighter|policeman|protester|miner|fisherman|tourist|people|persons|bodies|residents|villagers|workers|miners|soldiers|civilians|children|students|passengers|tourists|fishermen|patients|victims|nationals|citizens|engineers|police(?:men)?|officers|troops|crew(?: members)?|pilgrims|migrants|farmers|labourers|firefighters|rescuers|sailors|drivers|pilots|monks|journalists|teachers|doctors|nurses|infants|babies|men|women|others|of them)`

/** One person told by who they are, the subject of "died": "a 7-year-old girl", "the patient". */
const person = String.raw`(?:girl|boy|man|woman|child|baby|infant|toddler|teenager|patient|worker|farmer|driver|student|soldier|officer|policeman|victim|resident|villager|tourist|fisherman|miner|pilot|passenger|mother|father|son|daughter|wife|husband|journalist|monk|doctor|nurse|pilgrim|climber|swimmer|leader|president|king|queen|singer|actor|actress|artist|writer|poet|veteran|general)`

/** A hazard as the subject of a sentence, several joined into one ("heavy rain, floods and landslides"). */
const hazards = String.raw`${hazard}(?:(?:, | and | or )(?:an? |the )?${hazardInside})*`

/** A place struck, in the passive: "was battered", "hit" (a reduced relative: "Hainan, hit by the typhoon"). */
const struckBy = String.raw`(?:${passive} )?(?:hit|struck|battered|lashed|pounded|ravaged|devastated|swamped|inundated|submerged|flattened|destroyed|buried|hammered|flooded|rocked|jolted|shaken|washed away|swept away)`

/** What a hazard strikes that is no place: an economic toll ("exports were hit by floods"). */
const economicToll =
  /\b(?:output|production|exports?|imports?|sales|growth|demand|prices|profits?|earnings|revenues?|shares|stocks|markets?|tourism|arrivals|economy|economies|GDP|supply chains?)\s+(?:[\p{L}-]+\s+)?$/iu

/** Protests and strikes, disasters striking, deaths, celebrations. */
export const society: readonly Rule<'event'>[] = [
  trigger(
    'protested',
    'protest',
    /(?:protests?|protested|protesting|demonstrations?|demonstrated|sit-ins?)(?! (?:note|letter|vote)s?\b)|(?:held|staged|organi[sz]ed) (?:an? |\p{L}+ )?(?:rall(?:y|ies)|marche?s?)|(?:rallied|marched|marching) (?:in|outside|at|against|to|through|on)\b/u,
    { notBefore: /\b(?:lodged|filed|sent|issued) (?:an? |the )?(?:formal |diplomatic |strong )?$|\bin $/u, nominal: true }
  ),
  // "Thousands rally in Bangkok against the government", a headline's present: people, not prices, rally.
  trigger(
    '<people> rally',
    'protest',
    /(?<=\b(?:[Tt]housands|[Hh]undreds|[Dd]ozens|[Ss]upporters|[Ww]orkers|[Ss]tudents|[Ff]armers|[Rr]esidents|[Pp]eople|[Aa]ctivists|[Oo]pponents|[Tt]eachers|[Vv]illagers|[Mm]onks|[Ww]omen) )(?:rally|rallies|march|marches|protest)(?= (?:in|outside|at|against|to|through|on|over|for|near)\b)/u
  ),
  trigger(
    'protesters gathered',
    'protest',
    /(?:[Pp]rotesters|[Dd]emonstrators|[Pp]rotestors)(?= (?:\p{L}+ )?(?:gathered|marched|rallied|clashed|massed|blocked|stormed|besieged|occupied|surrounded|took to the streets))|took to the streets/u
  ),
  trigger(
    'went on strike',
    'protest',
    /(?:went|go|goes|going) on (?:an? )?(?:[\p{L}-]+ )?strike|(?:downed|down|downs) tools|(?:walked|walk|walks) off (?:the |their )?jobs?|(?:staged|held|launched|called|began|started|observed|observes|stage|stages) (?:an? |the )?(?:[\p{L}-]+ )?(?:strike|walkout|boycott)(?! (?:price|rate))/u,
    { cameo: '143' }
  ),
  // "Garment workers strike over wages" (a headline), "staff struck for better pay": who stops work, and what for.
  trigger(
    '<workers> strike',
    'protest',
    /(?<=\b(?:[Ww]orkers|[Ee]mployees|[Ss]taff|[Dd]rivers|[Dd]octors|[Nn]urses|[Tt]eachers|[Mm]iners|[Pp]ilots|[Dd]ockers|[Ll]abourers|[Uu]nions|members) )(?:strike|strikes|struck|walk out|walked out)(?= (?:over|for|against|in protest|to demand|demanding|at|across)\b)/u,
    { cameo: '143' }
  ),
  // "Workers blocked the highway to demand back pay", "boycotted the new rules": a protest told by what it does and what it is for.
  trigger(
    'blocked <road> to demand',
    'protest',
    /(?:blocked|blocks|block|barricaded|barricades|occupied|occupies|besieged)(?= (?:an? |the |a main |the main )?(?:[\p{L}.-]+ ){0,3}?(?:roads?|highways?|streets?|intersections?|bridges?|railway|tracks|entrances?|gates?)\b[^.;]{0,60}?\b(?:to demand|demanding|to protest|in protest)\b)/u,
    // "downed tools and blocked the port gates to demand": the road blocked by strikers is their strike's doing, one protest.
    { notBefore: /\b(?:walked off the job|walked out|went on strike|downed tools|struck)\b[^.;]{0,60}? and $/u }
  ),
  // "Tens of thousands packed the streets for the Mid-Autumn Festival": a named festival held, told by the crowds it drew.
  trigger('crowds packed <place> for <festival>', 'celebration', /(?:\p{Lu}[\p{L}-]* ){1,3}(?:Festival|Carnival)/u, {
    needsBefore:
      /\b(?:packed|pack|thronged|throng|crowded|filled|fill|flocked to|flock to|poured into|pour into|lined|line)\b[^.;]{0,80}? for (?:the |this year['’]s )?$/u,
    nominal: true
  }),
  trigger('boycotted <rules>', 'protest', /(?:boycotted|boycotts)(?= (?:the |a |an |its |their )?\p{L})/u, { cameo: '143' }),
  // "Hundreds of workers gathered outside the factory to demand unpaid wages": people come together to demand, a protest.
  trigger(
    'gathered outside <place> to demand',
    'protest',
    /(?:gathered|assembled|massed|converged)(?= (?:in|outside|at|near|in front of|on) [^.;]{1,50}? (?:to demand|demanding|to protest|in protest|calling for)\b)/u
  ),
  // "Thousands attended the Hung Kings Temple Festival": a festival held, told by those who came.
  trigger(
    'attended <festival>',
    'celebration',
    /(?:attended|joined)(?= (?:the |a |an |this year['’]s )?(?:[\p{L}\d'’-]+ ){0,5}?(?:[Ff]estival|[Cc]arnival|[Pp]arade|celebrations|festivities)\b)/u
  ),
  // "The strike began on Monday", "a walkout spread to 60 factories": a strike told by its noun and how it went.
  trigger(
    'strike began',
    'protest',
    /(?:strike|walkout|stoppage)(?=(?:,? (?:which|that))? (?:began|started|spread|entered|continued|escalated|paralysed|paralyzed|crippled|shut|halted)\b)/u,
    { cameo: '143', needsBefore: /\b(?:[Tt]he|[Aa]|[Tt]heir|[Ii]ts)(?: [\p{L}-]+){0,2} $/u, nominal: true }
  ),
  // "Typhoon Yagi struck", "floods that have swamped", "the typhoon hit", "torrential rain set off floods", "floods in central Vietnam killed",
  // "a fire at a karaoke bar killed", "an earthquake of magnitude 6.1 jolted".
  trigger(
    '<hazard> struck',
    'disaster',
    new RegExp(
      String.raw`(?:(?:Typhoon|Storm|Tropical Storm|Cyclone|Hurricane|Super Typhoon) \p{Lu}\p{L}+|${hazards})(?=(?: \([^)]{1,40}\)|,? (?:that|which)|, [^,.;]{1,60},|(?: (?:in|at|across|along|near|off|over|on) [^,.;]{1,40}?){1,2}| (?:of|with|measuring) (?:a )?(?:(?:preliminary )?magnitude (?:of )?)?\d+(?:\.\d+)?(?: on the Richter scale)?)? (?:(?:has|have|had|also|then|again) )?${impact}\b)`,
      'u'
    ),
    {
      // A cause, not a subject: "killed by floods", "losses from the storm"; a market's crash is no accident.
      notBefore:
        /\b(?:by|from|(?<!\b(?:[Dd]ays|[Ww]eeks|[Hh]ours|[Mm]onths|[Nn]ights) )of|due to|because of)\s+(?:the\s+|a\s+|an\s+)?(?:[\p{L}-]+\s+){0,2}$|\b(?:market|stock|stocks|financial|price|currency|economic|property|housing|crypto)\s+$/u,
      // "erratic monsoon rains hit output", "the storm hit exports": an economic toll, no place struck.
      notAfter:
        /^ (?:[\p{L}-]+ ){0,2}?(?:output|production|exports?|imports?|sales|growth|demand|prices|profits?|earnings|revenues?|shares|stocks|markets?|tourism|arrivals|economy|economies|GDP)\b/u
    }
  ),
  // "Yagi battered", "Trami, known locally as Kristine, slammed into": a storm told by its name alone.
  trigger(
    '<storm> battered',
    'disaster',
    new RegExp(
      String.raw`(?<![\p{L}\p{N}] )\p{Lu}\p{L}+(?=(?:, (?:known|called|named) [^,.;]{1,40},)? ${verbs(['batter', 'lash', 'pound', 'ravage', 'devastate', 'make/made landfall', 'slam into', 'sweep/swept through', 'sweep/swept across'], ['present', 'past'])}\b)`,
      'u'
    )
  ),
  // "Coastal towns, hit by the storm on Oct. 2", "homes were destroyed by fire": the place struck, then the hazard that struck it; not the
  // dead ("killed by floods"), whom the death rules read, nor an economic toll ("exports were hit by floods").
  trigger(
    '<place> was hit by <hazard>',
    'disaster',
    new RegExp(
      String.raw`${struckBy}(?= by (?:the |a |an |heavy |strong |powerful |deadly |severe )?(?:${hazardInside}|(?:Typhoon|Storm|Tropical Storm|Cyclone|Hurricane|Super Typhoon) \p{Lu}))`,
      'u'
    ),
    { notBefore: economicToll }
  ),
  // "provinces were battered by Yagi": a storm told by its name alone, when its kind was named shortly before (not "battered by Liverpool").
  trigger(
    '<place> was battered by <storm>',
    'disaster',
    new RegExp(String.raw`${struckBy}(?= by \p{Lu}\p{L}+(?=[,.;]|$| (?:on|in|last|this|early|late|overnight)\b))`, 'u'),
    {
      notBefore: economicToll,
      needsNearby: /\b(?:[Tt]yphoon|[Ss]torm|[Cc]yclone|[Hh]urricane)\b/u
    }
  ),
  // "the collapse of the old river bridge", "the bridge's collapse": a structure giving way, told by its noun.
  trigger(
    'collapse of <structure>',
    'disaster',
    /(?:[Cc]ollapse|[Cc]ollapsing|[Cc]ave-in) of(?= (?:the |a |an )?(?:[\p{L}\d'’-]+ ){0,4}?(?:[Bb]ridge|[Dd]am|[Bb]uilding|[Mm]ine|[Tt]ower|[Rr]oof|[Ww]all|[Tt]unnel|[Ss]chool|[Ff]actory|[Hh]ouse|[Hh]otel|[Ss]tand|[Cc]rane|[Ss]caffolding|[Ee]mbankment|[Dd]yke|[Dd]ike)s?\b)/u,
    { nominal: true }
  ),
  // "the fatal crash on Highway 1", "a deadly fire at a karaoke bar": a hazard whose toll its adjective tells, so one that struck.
  trigger('fatal <hazard>', 'disaster', new RegExp(String.raw`(?:[Ff]atal|[Dd]eadly|[Dd]evastating) (?:${hazardInside})\b`, 'u'), {
    nominal: true
  }),
  // "the Red River burst its banks", "a dam burst": water let loose where it was held.
  trigger(
    '<river> burst its banks',
    'disaster',
    /(?:burst|bursts|overflowed|overflows|overtopped|breached) (?:its|their) banks|(?:[Dd]ams?|[Dd]ykes?|[Dd]ikes?|[Ee]mbankments?|[Ll]evees?) (?:burst|bursts|breached|broke)\b/u
  ),
  // "a bus plunged into a ravine", "two trains collided": an accident, a disaster of its own.
  trigger(
    '<vehicle> crashed',
    'disaster',
    /(?:[Bb]us|[Tt]ruck|[Ll]orry|[Cc]oach|[Mm]inibus|[Tt]rain|[Bb]oat|[Ff]erry|[Pp]lane|[Aa]ircraft|[Hh]elicopter|[Vv]essel|[Ss]hip|[Tt]rawler)(?:es|s)? (?:carrying (?:\d[\d,]*|\p{L}+) (?:[\p{L}-]+ )?)?(?:plunged|crashed|collided|overturned|sank|capsized|flipped|veered off|skidded|swerved|toppled|fell|rammed|smashed|ploughed|plowed|plunges|crashes|collides|overturns|sinks|capsizes|flips|skids|rams)\b/u
  ),
  // "The wooden vessel, the KM Bahari Jaya, sank": the vehicle, then its name between commas, then the accident.
  trigger(
    '<vehicle>, <name>, sank',
    'disaster',
    /(?:plunged|crashed|collided|overturned|sank|capsized|flipped|veered off|rammed|smashed|ploughed|plowed|plunges|crashes|collides|overturns|sinks|capsizes)\b/u,
    {
      needsBefore:
        /\b(?:[Bb]us|[Tt]ruck|[Ll]orry|[Cc]oach|[Mm]inibus|[Tt]rain|[Bb]oat|[Ff]erry|[Pp]lane|[Aa]ircraft|[Hh]elicopter|[Vv]essel|[Ss]hip|[Tt]rawler)(?:es|s)?, [^,.;]{1,40}, $/u
    }
  ),
  trigger(
    '<structure> gave way',
    'disaster',
    /(?:[Bb]ridge|[Dd]am|[Bb]uilding|[Mm]ine|[Tt]ower|[Rr]oof|[Ww]all|[Tt]unnel|[Ss]chool|[Ff]actory) (?:gave way|collapsed|caved in)|(?:derailed|capsized)\b/u
  ),
  // "Confirmed deaths have reached 127", "37 new deaths", "flood-related deaths", "the death toll".
  trigger(
    'deaths|fatalities (noun)',
    'death',
    /(?:(?:new|more|confirmed|additional|reported|(?:[\p{L}]+-)?related) )?(?:deaths|Deaths|fatalities)\b/u,
    {
      notBefore: /\b(?:no|No|zero|without)\s+(?:\p{L}+\s+)?$/u,
      // A toll: a number before it ("40 deaths", "958 of them deaths") or a count it reaches ("deaths have reached 127").
      around: {
        before:
          /(?:\d[\d,.]*|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|hundreds|thousands))\s+(?:\S+\s+){0,2}$/iu,
        after: new RegExp(
          String.raw`^\s+(?:(?:has|have|had)\s+)?(?:reached|rose|risen|climbed|stood|stands|jumped|hit|increased|pass|passed|top|topped|exceed|exceeded)\b|^\s+(?:of|at|to)\s+\d|^\s+of\s+${victims}\s+(?:[\p{L}-]+\s+)?${people}\b`,
          'u'
        )
      },
      nominal: true
    }
  ),
  trigger('death toll', 'death', /(?:death|Death) toll\b/u, { nominal: true }),
  // "The toll climbed to 48", "the toll from the floods has risen to 112": the dead counted by "toll" alone, its count told; not a
  // road's toll, nor "the death toll", which 'death toll' reads.
  trigger(
    'toll rose to <count>',
    'death',
    /toll(?= (?:(?:from|in|of) [^.;,]{1,40}? )?(?:has |had |have )?(?:rose|rises|risen|climbed|climbs|reached|reaches|stood|stands|jumped|hit|increased|mounted|soared) (?:to |at )?(?:at least |over |more than |nearly |some )?\d)/u,
    { notBefore: /\b(?:[Dd]eath|road|expressway|highway|bridge|human|economic|financial|emotional)\s+$/u }
  ),
  // "killed 20 people", "Typhoon Yagi kills more", "Landslides kill 12" (a headline's present), "left at least 20 dead".
  trigger(
    'killed <victims>',
    'death',
    new RegExp(
      String.raw`(?:kill|killed|kills|killing)(?= ${victims}| (?:a|an|the|its|his|her|their) (?:[\p{L}-]+ ){0,2}?(?:${person}|${people})\b)|(?:claimed|claiming|claims|took|taking) the lives of(?= ${victims}| (?:\p{L}+ )?${people})`,
      'u'
    ),
    // "killed thousands of durian trees", "killed 300 cattle": no people.
    {
      notAfter: /^ [^.;]{0,30}?\b(?:trees|cattle|livestock|animals|fish|poultry|pigs|chickens|ducks|birds|buffaloes|cows|crops|hectares)\b/u
    }
  ),
  // "Rescuers pulled 12 bodies from the rubble", "recovered the bodies of three climbers": the dead counted as they are found.
  trigger(
    'recovered <victims> bodies',
    'death',
    new RegExp(
      String.raw`(?:recovered|retrieved|pulled|found|discovered|exhumed)(?= (?:${victims} (?:more )?bodies|the bodies of ${victims}|(?:the )?bodies of (?:[\p{L}-]+ )?${people})\b)`,
      'u'
    )
  ),
  trigger('left <victims> dead', 'death', new RegExp(String.raw`left(?= ${victims} (?:[\p{L}-]+ )?(?:${people} )?dead\b)`, 'u')),
  // "19 people killed", "four people died", "37 more people dead", "those who lost their lives".
  trigger('<victims> died', 'death', /(?:killed|died|dies|die|dying|dead|perished|drowned|lost their lives)(?![\p{L}-])/u, {
    needsBefore: new RegExp(
      String.raw`\b(?:${victims} (?:[\p{L}-]+ )?${people}|${victims}|who|${people}) (?:were |have been |had been |was |has been |are |is |have |had |also |reportedly |all |later |now |so far |since |officially |found |confirmed |shot |stabbed |beaten |crushed |burned |burnt |hacked )*$`,
      'u'
    ),
    notBefore: /\b(?:no|No|none|None)\s+(?:\p{L}+\s+){0,2}$/u
  }),
  // "Trong, 80, died on July 19", "Former president Habibie died in Jakarta": one person named, then his death.
  trigger('<person> died', 'death', /(?:died|dies)(?= (?:on|in|at|after|of|from|aged|early|late|last|peacefully)\b|[,.;])/u, {
    needsBefore: new RegExp(
      String.raw`(?:^|[^\p{L}])\p{Lu}[\p{L}-]+(?:, (?:aged )?\d{1,3},)? (?:has |had )?$|\b${person} (?:has |had )?$|\b(?:where|when|and|after|before|until) (?:he|she) (?:later )?$`,
      'u'
    ),
    notBefore: /\b(?:No|None|Nobody|Noone|Nothing|It|This|That|They|We|He|She)\s+(?:\p{L}+\s+)?$/u
  }),
  // "has died of H5N1 avian influenza", "died from his injuries": a death told by its cause, whoever the subject.
  trigger('died of <cause>', 'death', /(?:died|dies)(?= (?:of|from)\b)/u, {
    notBefore: /\b(?:No|no|None|none|Nobody|nobody|no one|No one)\s+(?:\p{L}+\s+){0,2}$|\b(?:who|which|that)\s+$/u
  }),
  // "Floods claimed 30 lives", "the crash took 12 lives": a death told by the lives taken.
  trigger(
    'claimed <victims> lives',
    'death',
    new RegExp(String.raw`(?:claimed|claims|claiming|took|taken|takes|lost|loses|losing)(?= ${victims} (?:[\p{L}-]+ )?lives\b)`, 'u')
  ),
  // WordNet's "succumb" (to die of an injury): "a firefighter succumbed to his injuries in hospital".
  trigger(
    'succumbed to <injuries>',
    'death',
    /(?:succumbed|succumbs)(?= to (?:his |her |their |the |its )?(?:[\p{L}-]+ )?(?:injuries|wounds|burns|illness|disease|infection)\b)/u,
    {
      notBefore: /\b(?:No|no|None|none|nearly|almost)\s+(?:\p{L}+\s+){0,2}$/u
    }
  ),
  trigger('passed away', 'death', /passed away|(?:death|demise|passing) of(?= (?:former |late )?\p{Lu})/u),
  trigger(
    'celebrated <occasion>',
    'celebration',
    /(?:celebrated|celebrates|commemorated|commemorates|marked|marks) (?:the |its |their |a )?(?:[\p{L}-]+ )?(?:\d+(?:st|nd|rd|th)|anniversary|founding|independence|[Ff]estival|Day|day|National|New Year|Tet|Eid|Diwali|Christmas|Songkran|Vesak)\b|(?:celebrated|celebrates|marked|marks) \d+ years of\b|(?:held|holds|hosted|hosts|staged|opened) (?:its |the |their |a |an )?(?:(?:annual|biennial|yearly|\d+(?:st|nd|rd|th)|first|traditional|international|national) )*(?:\p{Lu}\p{L}+ ){0,3}(?:[Ff]estival|[Cc]arnival|[Ff]air)(?= (?:from|on|in|at|with)\b|[,.;])|(?:festival|Festival|ceremony|celebrations?) (?:was|were) held|(?:held|holds|hosted|organi[sz]ed|staged) (?:an? |the |its |their )?(?:[\p{L}-]+ ){0,2}?(?:ceremony|ceremonies|festival|celebrations?|gala|parade)(?= (?:[^.;,]{0,30}? )?(?:to (?:mark|celebrate|commemorate|honou?r)|marking|celebrating|commemorating|for the \d+(?:st|nd|rd|th) anniversary)\b)/u
  ),
  // "The festival, which opened on October 28, 2024,", "celebrations kicked off", "a parade was held": a festivity told by its noun and
  // how it went; not a signing or a groundbreaking ceremony, which are their own events.
  trigger(
    '<festival> opened',
    'celebration',
    /(?:[Ff]estival|[Cc]arnival|[Cc]elebrations?|[Pp]arade|[Cc]eremony|[Cc]ommemoration|[Ff]estivities)(?=(?:,? (?:which|that) | (?:[^.;,]{0,40}? )?)(?:opened|kicked off|began|got under ?way|took place|was held|were held|closed|wrapped up|drew|attracted)\b)/u,
    {
      nominal: true,
      notAfter: /^ (?:hall|halls|venue|site|grounds?|room|area|stage|organi[sz]ers?|committee)\b/u,
      notBefore:
        /\b(?:signing|groundbreaking|ground-breaking|inauguration|inaugural|opening|welcome|welcoming|closing|award|awards|handover|launch|launching|swearing-in|oath-taking|flag-raising|graduation) $/u
    }
  ),
  // "commemorated the victims", "observed a minute of silence": a remembrance held.
  trigger(
    'commemorated <victims>',
    'celebration',
    /(?:commemorated|commemorates)(?= (?:the|its|their|his|her|\d)\b)|(?:observed|observes|held|holds) (?:a |one )?(?:minute|minute['’]s|moment) (?:of )?silence/u
  ),
  // "Vietnam held a state funeral for", "attended the memorial service": a funeral is a ceremony held.
  trigger(
    'held a state funeral',
    'celebration',
    /(?:held|holds|hosted|hosts|organi[sz]ed) (?:an? |the )?(?:state |official |national |military )?(?:funeral|memorial service|memorial|requiem)(?: (?:service|ceremony|rites))?|(?:[Ss]tate|[Oo]fficial|[Nn]ational|[Mm]ilitary) funeral(?: (?:service|ceremony|rites))?|[Mm]emorial (?:service|ceremony)|[Ff]uneral (?:service|ceremony|rites)/u,
    { nominal: true }
  )
]
