import { alternation } from '../../../engine/alternation.js'
import { triggers, alternationWithCapitals } from '../helpers.js'
import { verbs } from './inflect.js'

/**
 * Words before a trigger that make it unreal: a plan, a forecast, a wish or a
 * possibility ("will visit", "is expected to sign", "plans to open"), a
 * denial ("did not sign", "never met"), a condition ("if the two sides
 * sign"), a purpose ("flies to Bali to attend the summit").
 */
const unreal = new RegExp(
  [
    String.raw`(?:\b(?:will|Will|won't|would|shall|could|may|might|must|should|can|cannot|not|never|to be|(?:plans?|planned|planning|expects?|expected|hopes?|hoping|aims?|aiming|intends?|intended|wants?|wanted|seeks?|seeking|set|is|are|was|were|agreed|agree|agrees|decided|decide|decides|vowed|vows|promised|promises|proposed|proposes|offered|offers|(?:scheduled|due|slated|poised|going|likely|unlikely|ready|about|failed|refused|invited|urged|asked|threatened|threatens|threatening)) to)|n't)\s+(?:\w+\s+)?$`,
    String.raw`\b(?:if|If|unless|Unless|whether)\b[^,;]*$`,
    // A happening to come told by its noun: "there will be a high-level visit", "to hold a meeting".
    String.raw`\b(?:will|would|could|may|might|shall|to)\s+(?:be|have|hold|make|pay|attend|host)\s+(?:an?|the|their|its|his|her)\s+(?:[\w-]+\s+){0,2}$`,
    // A goal named: "set a target of winning the title", "their dream of lifting the cup".
    String.raw`\b(?:target|targets|goal|goals|aim|ambition|dream|hopes?|bid) of\s+$`,
    // Habits are no happenings: "the two sides regularly meet".
    String.raw`\b(?:regularly|often|usually|frequently|routinely|normally|typically)\s+$`,
    String.raw`\bto (?:attend|visit|join|host|sign|hold|open|launch|set|build|start)\s+(?:the\s+|an?\s+)?(?:[\w-]+\s+)?$`,
    // "PM to visit Japan": a headline's plan; not a result reached ("came from behind to beat", "from two goals down to draw"), nor a
    // preposition's "to" before a noun ("in response to protests", "due to floods", "led to the closure").
    String.raw`(?<!\b(?:behind|back|down|rallied|recovered|went on|held on|response|reaction|due|owing|thanks|according|addition|prior|related|linked|compared|similar|exposed|led|leading|contributed|contributing|tribute|opposition|objection|attention|reference|regard|respect|next|close|button|buttons|ribbon|gong)\s+)\bto\s+$`
  ].join('|'),
  'u'
)

/**
 * "will visit Japan and sign agreements", "proposed that both sides sign", "denied that an agreement had been signed": a future, a
 * proposal or a denial reaches the triggers of its clause, up to a punctuation mark.
 */
const futureScope =
  /\b(?:will|would|shall|(?:denied|denies|deny|denying) (?:reports? )?that|(?:is|are) (?:expected|set|scheduled|due|slated|poised|going) to|plans? to|intends? to|(?:proposed|proposes|suggested|suggests|requested|requests|asked|recommended|recommends|urged|urges) that)\b[^,;:.!?()]*$/u

/**
 * "talks would take place next month", "the summit is scheduled for June": the noun's own verb tells a plan; "a visit by the Pope has
 * long been discussed", "the launch of the satellite was postponed": one talked of, put off or called off, none held.
 */
const futureAfter =
  /^[^.;:!?,]{0,40}?\b(?:will|would|shall|(?:is|are|was|were) (?:expected|scheduled|set|due|slated|planned|poised|forecast|predicted|likely|to)(?: to| for)?|(?:(?:has|have|had)(?: long| since| now| also)? been|was|were) (?:discussed|considered|mooted|proposed|postponed|delayed|cancell?ed|canceled|called off|put off|shelved|scrapped))\b(?: \p{L}+)?/u

/** "meetings are held every year", "floods are common", "a visit was possible": no happening, a habit or a possibility. */
const habitAfter =
  /^[^.;:!?,]{0,40}?\b(?:every (?:year|month|week|day)|each year|(?:a|per) year\b(?! (?:ago|later|earlier|after|before))|annually|usually|often|regularly|frequently|(?:is|are|was|were) (?:common|possible|likely|unlikely|rare)\b)/u

/** The trigger rules of English. */
export const trigger = triggers({ unreal, futureScope, futureAfter, habitAfter })

/** What an agreement is called, for "signed ... <agreement>". */
export const agreementWord = `(?:${alternation([
  'agreement',
  'agreements',
  'Agreement',
  'Agreements',
  'memorandum',
  'memoranda',
  'Memorandum',
  'Memoranda',
  'MoU',
  'MoUs',
  'MOU',
  'MOUs',
  'treaty',
  'treaties',
  'Treaty',
  'deal',
  'deals',
  'accord',
  'accords',
  'Accord',
  'pact',
  'pacts',
  'protocol',
  'protocols',
  'Protocol',
  'contract',
  'contracts',
  'convention',
  'Convention',
  'declaration',
  'Declaration',
  'documents',
  'charter',
  'Charter'
])})`

/** A currency written before the digits: "US$", "Rs", "VND", "₱". */
const currencyMark = String.raw`(?:(?:US|A|S|HK|NZ)?\$|₹|₱|P(?=\d)|€|£|¥|Rs\.? ?|Rp ?|RM ?|VND ?|Tk ?)`

/** An amount of money as news writes it, its currency before or after its digits: "US$300 million", "Rs2bn", "500 million rupees". */
export const money = String.raw`${currencyMark}\d[\d.,]*(?: ?(?:million|billion|trillion|bn|mn|crore|lakh))?|\d[\d.,]*(?: (?:million|billion|trillion|crore|lakh))? (?:rupees|dollars|yen|euros|baht|ringgit|pesos|dong|taka|yuan|riel|kip|rupiah|won)\b`

/** Where a figure's digits start, after a currency mark if it has one: "$15 billion", "VND63 trillion", "Rs2bn", "710 million". */
export const figure = String.raw`${currencyMark}?\d`

/** Titles of a guest one receives ("received the visiting Foreign Minister"). */
export const guestTitle = `(?:${alternation([
  'Ambassador',
  'Minister',
  'President',
  'Premier',
  'Prime Minister',
  'Secretary',
  'Envoy',
  'Chairman',
  'Chairwoman',
  'Governor',
  'Deputy',
  'Vice',
  'King',
  'Queen',
  'Prince',
  'Princess',
  'Crown Prince',
  'Sultan',
  'Speaker',
  'Chief Justice',
  'Secretary-General',
  'General Secretary',
  'Director-General',
  'Mayor',
  'Commissioner',
  'delegation',
  'counterpart'
])})`

/** What strikes as a disaster: storms, floods, quakes, fires, accidents. */
const hazardWords = [
  'typhoon',
  'storm',
  'tropical storm',
  'Tropical Storm',
  'tropical depression',
  'cyclone',
  'hurricane',
  'flood',
  'floods',
  'flooding',
  'flash flood',
  'flash floods',
  'floodwaters',
  'landslide',
  'landslides',
  'mudslide',
  'mudslides',
  'earthquake',
  'quake',
  'tsunami',
  'drought',
  'heatwave',
  'heat wave',
  'wildfire',
  'wildfires',
  'fire',
  'blaze',
  'explosion',
  'blast',
  'eruption',
  'volcano',
  'torrential rain',
  'heavy rain',
  'heavy rains',
  'monsoon rains',
  'downpours',
  'hailstorm',
  'hailstorms',
  'tornado',
  'whirlwind',
  'storm surge',
  'avalanche',
  'saltwater intrusion',
  'salinity intrusion',
  'cold spell',
  'outbreak',
  'epidemic',
  // Accidents strike as hazards do: "the crash killed 12", "a stampede occurred".
  'crash',
  'collision',
  'accident',
  'stampede',
  'shipwreck'
]

/** A hazard at the start of a sentence or inside it ("Floods", "floods"). */
export const hazard = `(?:${alternationWithCapitals(hazardWords)})`

/** A hazard inside a sentence, after another it is joined to ("floods and landslides"). */
export const hazardInside = `(?:${alternation(hazardWords, { caseSensitive: true })})`

/**
 * Verbs of a hazard striking, every form: "Typhoon Yagi struck", "floods that
 * have swamped", "floods swamp Luzon", "the typhoon hit"; and the passive of a
 * hazard set off by another ("floods and landslides unleashed by the storm").
 */
export const impact = `(?:${verbs([
  'hit',
  'strike/struck',
  'lash',
  'ravage',
  'devastate',
  'swamp',
  'inundate',
  'submerge',
  'flatten',
  'destroy',
  'tear/tore/torn through',
  'slam into',
  'plough into',
  'make/made landfall',
  'kill',
  'bury',
  'jolt',
  'shake/shook/shaken',
  'wash away',
  'engulf',
  'gut',
  'break/broke/broken out',
  'erupt',
  'rip/ripped through',
  'wreak/wrought havoc',
  'burn',
  'bring/brought',
  'displace',
  'force',
  'sweep/swept'
])}|${
  // Nouns as well as verbs: their base form would read "storm damage", "flood claims" as a happening.
  verbs(
    [
      'batter',
      'pound',
      'hammer',
      'damage',
      'flood',
      'claim',
      'set off',
      'trigger',
      'cause',
      'affect',
      'rock',
      'cut off',
      'occur/occurred',
      'happen'
    ],
    ['present', 'past']
  )
}|(?:unleashed|triggered|caused|brought|spawned|set off) by)`

/**
 * The title a ranking's judges give, after whom it ranks among: "Asia's leading destination", "among the top 50", "the world's best"; the
 * words before it a name or a possessive, not an office's ("chief executive of Vietnam's leading dairy firm").
 */
export const bestTitle = String.raw`(?:among |one of )?(?:(?:\p{Lu}[\p{L}\d'’-]*|the|a|an|its|their|this|\p{L}+['’]s) ){0,3}?(?:[Bb]est|[Ll]eading|[Tt]op \d+|[Mm]ost (?:valuable|admired|outstanding|innovative|trusted|sustainable))\b`

/** Medals and titles won ("struck gold", "claimed the title"). */
export const prize = String.raw`(?:gold medals?|golds?|silver medals?|silvers?|bronze medals?|bronzes?|medals?|titles?|crowns?|championships?|Championships?|tournament|trophy|trophies|cup|Cup|(?:Open|Masters)(?! (?:titles?|crowns?|trophy|championships?)\b)|award|awards|prize|prizes|Prize|Prizes|Award|Awards|Medal|Trophy|Grand Prix|\p{Lu}\p{L}+ d['’]Or|Oscars?|Golden (?:Globe|Lion|Bear|Ball|Boot|Shoe|Kite)s?|[Cc]ertificates? of [Mm]erit|(?:Labou?r|Independence|Friendship) Orders?|Orders? of (?:Labou?r|Independence|Friendship))`

/**
 * The subject of a passive trigger, read on the sentence before it: the noun, then the rest of its phrase up to the verb ("Ties between
 * India and Vietnam were upgraded", "A resolution reviewing the programme of its eighth session was passed", "a target of 3 trillion
 * baht has been set"). The phrase stops at a clause's end: a semicolon or colon, or a conjunction that opens a clause of its own, whose
 * passive tells of something else ("the pact lapsed, but tariffs were raised").
 */
export function passiveSubject(noun: string): RegExp {
  return new RegExp(String.raw`\b${noun}\b(?:(?![;:]|,? (?:but|while|whereas|because|although|though|so|yet) )[^]){0,90}? $`, 'u')
}

/** The auxiliary of a passive told as done, with an adverb it may carry: "was", "have been", "was also", "has been officially". */
export const passive = String.raw`(?:was|were|has been|have been|had been)(?: (?:also|officially|formally|unanimously|finally|now|then|later|already|jointly|duly))?`
