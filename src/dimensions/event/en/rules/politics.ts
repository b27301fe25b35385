import type { Rule } from '../../../../engine/rule.js'
import { verbs } from '../inflect.js'
import { bestTitle, passive, passiveSubject, trigger } from '../words.js'

/** What a parliament or a government adopts. */
const measure = String.raw`(?:resolutions?|laws?|bills?|budgets?|decrees?|decisions?|amendments?|constitution|charter|plans?|programmes?|programs?|policy|policies|schemes?|packages? of (?:[\p{L}-]+ ){0,2}(?:incentives|tax breaks|measures|reforms)|(?:stimulus|relief|support|rescue|fiscal) packages?|executive orders?|Executive Orders?|Plan|Master Plan|Programme|Strategy|Scheme|Policy|incentives|tax breaks|regulations?|ordinances?|acts?|codes?|Act|Law|Code|Resolution|Decree|Budget|Bill|Ordinance|Constitution)`

/** Offices a person is appointed or elected to, as news writes them in running text. */
const office = String.raw`(?:(?:acting|deputy|vice|new|interim|caretaker|chief|head|first|permanent|standing|senior|executive) )*(?:prime minister|president|minister|secretary|chairman|chairwoman|chairperson|chair|director|director-general|governor|ambassador|envoy|speaker|mayor|chief executive|chief financial officer|chief operating officer|CEO|CFO|COO|general manager|managing director|head coach|coach|manager|spokesperson|spokesman|commissioner|judge|chief justice|attorney general|auditor general|army chief|commander|Minister|President|Chairman|Director|Governor|Ambassador|Prime Minister|Speaker)`

/** "called a snap general election for November 14", "rallied to demand a fresh election": an election to come, its words before the noun. */
const calledFor =
  /\b(?:called|calls|call|announced|announces|scheduled|set|demand|demanded|demanding|demands|sought|seek|seeking|seeks|push(?:ed|ing)? for|urged|urging)\s+(?:an?|the|for)\s+(?:[\p{L}-]+\s+){0,3}$/u

/** "the next election", "upcoming general elections": one to come, by the word before its noun. */
const toCome = /\b(?:next|upcoming|coming|forthcoming|future|planned)\s+(?:[\p{L}-]+\s+){0,2}$/u

/** "ahead of national elections", "promised to hold provincial council elections": one awaited or planned, none held yet. */
const awaited = /\b(?:ahead of|(?:to|will|would|shall) hold)\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,3}$/u

/** What makes an election's noun tell none held: called for, to come, or awaited. */
const noElectionHeld = new RegExp(`${calledFor.source}|${toCome.source}|${awaited.source}`, 'u')

/** Elections, their results, appointments and resignations, laws and policies adopted. */
export const politics: readonly Rule<'event'>[] = [
  // "the 2024 presidential elections", "the presidential vote on February 14", "went to the polls".
  trigger(
    '<kind> election',
    'election',
    /(?:(?:presidential|parliamentary|legislative|general|local|regional|national|municipal|provincial|mid-term|midterm|by-|snap|(?<!\d)\d{4}) ?)+(?:elections?|Elections?|vote|polls?)|(?:General|Presidential|Parliamentary|Legislative|Local) Elections?|(?:went|go|goes|headed) to the polls|voters cast (?:their )?ballots/u,
    {
      notAfter:
        /^ (?:commission|committee|law|campaign|result|results|dispute|officials?|supervisory|oversight|monitoring|management|tribunal|petitions?|manifesto|promises?|pledges?|spending|season|cycle)\b/iu,
      notBefore: noElectionHeld,
      nominal: true
    }
  ),
  // Any election told by its noun ("the world's largest single-day election"), not its bodies, campaigns or disputes.
  trigger(
    'election (noun)',
    'election',
    /(?:elections?|Elections?)(?! (?:commission|Commission|committee|law|campaign|result|results|dispute|officials?|officers?|body|bodies|authorit(?:y|ies)|fraud|rules?|day|monitors?|observers?|watchdogs?|agency|supervisory|oversight|monitoring|management|tribunal|petitions?|manifesto|promises?|pledges?|spending|season|cycle)\b)/u,
    {
      notBefore: new RegExp(
        String.raw`\b(?:the|The)\s+$|\b(?:since|before|after|ahead of|until|fraud in)\s+(?:the\s+)?$|${noElectionHeld.source}`,
        'u'
      ),
      nominal: true
    }
  ),
  // "the election on Saturday, September 21, 2024": a definite noun dated in its own phrase tells the election, not a back-reference.
  trigger(
    'the election on <date>',
    'election',
    /(?<=\b(?:the|The) )(?:elections?|polls?|vote)(?= (?:held )?on (?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,? )?(?:\d|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\p{L}*\.? \d))/u,
    {
      nominal: true
    }
  ),
  // "in Saturday's vote", "last week's election": a ballot told by the day it was cast.
  trigger(
    "<day>'s vote",
    'election',
    /(?<=\b(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|weekend|yesterday|week)['’]s )(?:(?:presidential|parliamentary|general|legislative|local|snap|national) )?(?:elections?|vote|polls?|ballot|referendum)\b/u,
    { nominal: true }
  ),
  // "The referendum was held on Sunday", "Voting took place on Saturday": a ballot told by its noun and its verb.
  trigger(
    'voting took place',
    'election',
    /(?:[Rr]eferendum|[Pp]lebiscite|[Vv]oting|[Pp]olling|[Bb]y-election|[Rr]unoff|[Rr]un-off)(?= (?:was|were) (?:held|conducted)\b| took place\b| (?:opened|closed|began|ended) (?:at|on)\b)/u,
    { nominal: true }
  ),
  trigger(
    'voted in <election>',
    'election',
    /(?:[Vv]oters|citizens|people|\p{Lu}\p{L}+ans)(?: in [^,.;]{1,30}?)? (?:voted|cast (?:their )?ballots|went to the polls)/u
  ),
  // "named the ruling pair winners", "was elected president", "published the final vote count", "Dissanayake wins Sri Lanka presidential election", "wins two-thirds majority".
  trigger(
    'was elected',
    'election_result',
    /(?:was|were|has been|have been|had been) (?:re-?)?elected|(?:won|wins)(?= (?:the |a |an )?(?:[\p{L}\d.,%'’]+ |\p{L}+-(?:thirds|quarters|fifths) ){0,6}?(?:elections?|vote|votes|seats?|majority|presidency|landslide)\b)|(?:swept|sweeps|secured|clinched|captured|retained|retains|regained|regains)(?= (?:the |a |an )?(?:[\p{L}\d.,%'’-]+ ){0,3}?(?:elections?|polls|seats|majority|presidency|landslide)\b)|(?:secured|garnered|obtained|captured|polled) (?:[\p{L}\d.,%]+ ){0,3}?of the (?:valid )?(?:votes?|ballots)|(?:named|declared|proclaimed) (?:(?:\p{Lu}[\p{L}-]*|and)\s?){0,9}(?:as )?(?:the )?(?:winners?|victors?|president-elect)\b|(?:released|announced|published|declared|certified) the (?:official |final )?(?:tally|results?|count)|(?:claimed|claims|declared|declares) victory\b|(?:was|were) voted in(?= as\b)/u
  ),
  // "The opposition alliance came second with 40 seats": a party's place in a ballot, told by the seats or votes it won.
  trigger(
    'came second with <seats>',
    'election_result',
    /(?:came|comes|finished|finishes|placed|places|ended) (?:first|second|third|fourth|fifth|last)(?= with (?:[\p{L}\d.,%-]+ ){0,3}?(?:seats|votes|per ?cent|percent)\b| with \d[\d.,]*\s?%)/u
  ),
  // A count of votes, not a company's results: votes, ballots or candidates are spoken of nearby.
  trigger('outcome was announced', 'election_result', /(?:was|were) (?:officially )?(?:announced|declared|released|certified)/u, {
    needsBefore: /\b(?:outcome|results?|tally)\b[^.;]{0,60}$/u,
    needsNearby: /\b(?:elect\w*|Elect\w*|votes?|voting|voters|polls?|ballots?|candidates?|seats)\b/u
  }),
  trigger(
    'was appointed',
    'appointment',
    new RegExp(
      String.raw`(?:was|were|has been|have been|had been) (?:appointed|named|nominated|sworn in|installed)(?= (?:as )?(?:the |a |an |new )?(?:\p{Lu}\p{L}*|(?:[\p{L}-]+ ){0,2}?${office})\b)|${verbs(['appoint', 'reappoint', 'name', 'nominate'], ['present', 'past'])}(?= (?:\p{Lu}[\p{L}-]*(?:['’]s)? ){1,5}(?:as )?(?:the |its |their |a |new )?${office}\b)|${verbs(['appoint', 'reappoint', 'name'], ['present', 'past'])}(?= [^.;]{0,60}? as (?:the |its |his |her |their |a |new )?(?:successor|(?:[\p{L}-]+ ){0,2}?${office})\b)|${verbs(['appoint', 'name'], ['present', 'past'])}(?= (?:a|an|its|their|the) (?:new |acting |interim )(?:[\p{L}-]+ ){0,2}?${office}\b)|${verbs(['hire', 'pick', 'choose/chose/chosen', 'select', 'promote', 'elevate', 'install'], ['present', 'past'])}(?= (?:\p{Lu}[\p{L}-]* ){1,5}(?:as|to) (?:the |its |their |a |new )?${office}\b)|(?:was|were|has been|have been|had been) (?:picked|chosen|selected|tapped|promoted|elevated|confirmed)(?= (?:as |to (?:the (?:post|position|role) of )?)?(?:the |a |an |new )?(?:[\p{L}-]+ ){0,2}?${office}\b)|took office|was sworn in|were sworn in|(?:was|were|has been|had been) inaugurated(?= as\b)|(?:took|takes|take|taking) (?:the |his |her |their )?oath(?: of office)?|(?<=^|[^\p{L}] |\p{Lu}[\p{L}-]+ )sworn in(?= as\b)|(?:took|takes) over as(?= (?:the |its |a |new )?(?:[\p{L}-]+ ){0,2}?${office}\b)|(?:assumed|assumes) (?:the )?(?:presidency|premiership|leadership|post|office|role|position)\b|(?<=(?:['’]s|\b(?:[Hh]is|[Hh]er)) )appointment(?= as\b)|(?:appointment|nomination|swearing-in) of(?= \p{Lu}| (?:two|three|four|five|several|\d+|a|an|the) (?:new )?(?:[\p{L}-]+ ){0,2}?${office})`,
      'u'
    ),
    // "was named Asia's Leading Destination": a title a ranking's judges give ('was named <best>'), no office.
    { notAfter: new RegExp(String.raw`^ (?:as )?${bestTitle}`, 'u') }
  ),
  // "President Paudel named Oli to the post on Sunday", "appointed her to the cabinet": a person put in an office told before.
  trigger(
    'named <person> to the post',
    'appointment',
    new RegExp(
      String.raw`${verbs(['appoint', 'name', 'nominate', 'reappoint'], ['present', 'past'])}(?= (?:him |her |them |(?:\p{Lu}[\p{L}-]* ){1,4})to (?:the |a |his |her |their )?(?:post|position|role|job|office|seat|cabinet|board|bench|Cabinet|Senate|Supreme Court)\b)`,
      'u'
    )
  ),
  // "won a third term at the party congress", "secured a second term": an office kept by a vote.
  trigger(
    'won a second term',
    'election_result',
    /(?:won|wins|win|secured|secures|secure|clinched|clinches|clinch)(?= (?:a |an |another )?(?:second|third|fourth|fifth|sixth|new|fresh|consecutive|record|full|\d+(?:st|nd|rd|th)) (?:(?:consecutive|straight|successive|five-year|four-year|six-year) )?(?:term|mandate)\b)/u,
    // "the first party chief in decades to win a third term": a record told, not a plan.
    {
      unrealToo: true,
      notBefore: /\b(?:will|would|could|may|might|hopes? to|seeks? to|seeking to|bid to|aims? to|if|If|not|never|failed to)\b[^.;]{0,20}$/u
    }
  ),
  // "named a new cabinet", "unveiled his new government": the ministers of a government appointed at once.
  trigger(
    'named a new cabinet',
    'appointment',
    /(?:named|names|appointed|appoints|unveiled|unveils|announced|announces|formed|forms) (?:a |an |his |her |the |its |their )?new (?:cabinet|government|line-up|council of ministers)\b/u
  ),
  // "Oli first became prime minister in October 2015": an office taken; not "since he became president", a time told by it.
  trigger(
    'became <office>',
    'appointment',
    new RegExp(
      String.raw`(?:became|becomes) (?:the )?(?:country['’]s |nation['’]s |first |new |\d+(?:st|nd|rd|th) |youngest |oldest )*${office}\b`,
      'u'
    ),
    { notBefore: /\b(?:[Ss]ince|[Ww]hen|[Aa]fter|[Bb]efore|[Uu]ntil|[Oo]nce|[Aa]s|who|which)\s+(?:[\p{L}-]+\s+){0,3}$/u }
  ),
  // "parliament elected Ranil Wickremesinghe as president": the electors' side of a result.
  trigger(
    'elected <person> as <office>',
    'election_result',
    new RegExp(
      // "shareholders re-elected the board": a board kept by its owners' vote.
      String.raw`${verbs(['elect', 're-elect'], ['present', 'past'])}(?= (?:\p{Lu}[\p{L}-]* ){1,5}(?:(?:as|to be) )?(?:the )?(?:new )?(?:\p{Lu}\p{L}*|${office}|leader)\b| (?:the|a|its|their) (?:new )?(?:board|board of directors|executive board|council|committee)\b)`,
      'u'
    )
  ),
  trigger(
    'resigned',
    'resignation',
    // "retired on November 1", not "a retired general".
    new RegExp(
      String.raw`resigned|resigns|stepped down|steps down|stepping down|stepped aside|steps aside|tendered (?:his|her|their) resignation|resignations? of|(?<=(?:['’]s|\b(?:[Hh]is|[Hh]er)) )resignation(?= (?:on|in|as|from|last|this|earlier)\b|[,.;])|retired(?= (?:on|in|last|this|earlier|after|from|at)\b|[,.;])|(?:quit|quits)(?= (?:as|over|amid|after|on|last|earlier|yesterday|his|her|their|the (?:post|job|government|cabinet|party))\b|[,.;])|` +
        // Leaving a post by another's decision: "was ousted", "was sacked as coach", "was relieved of his duties", "fired its chief executive".
        String.raw`(?:was|were|has been|have been|had been) (?:(?:ousted|sacked|dismissed)(?= (?:as|from|in|on|after|over|by|for)\b|[,.;])|relieved of|stripped of (?:(?:his|her|their) )?(?:post|posts|office|position|duties|title))`,
      'u'
    ),
    // "The case was dismissed": a suit or an appeal thrown out is a ruling.
    {
      notBefore:
        /\b(?:cases?|appeals?|lawsuits?|suits?|petitions?|complaints?|charges?|claims?|motions?|requests?|bids?|proposals?|plans?|objections?)\s+$/u
    }
  ),
  // WordNet's "vacate" and "leave office" (to resign): "vacated his seat in parliament", "left office on Monday".
  trigger(
    'vacated <post>',
    'resignation',
    /(?:vacated|vacates) (?:his |her |their |the |its )?(?:[\p{L}-]+ )?(?:post|seat|office|position|chair|role)\b|(?:left|leaves) office(?= (?:on|in|at|after|last|earlier|amid|following)\b|[,.;])/u
  ),
  // "mass protests forced the president to flee and resign in July", "was forced to resign": a resignation told by what forced it,
  // no plan however its "to" reads.
  trigger('forced to resign', 'resignation', /resign(?= (?:in|on|as|from|after|last|earlier|amid|over)\b|[,.;])/u, {
    unrealToo: true,
    needsBefore: /\b(?:forced|forcing|forces|pressured|pressuring)\b[^.;]{0,60}? to (?:[^.;]{0,40}? and )?$/u,
    notBefore: /\b(?:will|would|could|may|might|shall|(?:threatened|threatens|sought|seeks|tried|tries|wants?|failed) to)\b[^.;]*$/u
  }),
  // "fired its chief executive", "sacked Kim as coach": a post lost by an employer's decision; a court's is a ruling.
  trigger(
    'sacked <person> as <office>',
    'resignation',
    new RegExp(
      String.raw`${verbs(['sack', 'fire', 'dismiss', 'oust'], ['present', 'past'])}(?= (?:its |his |her |their |the )?(?:[\p{L}-]+ ){0,2}?(?:${office}|leader|chief|boss)\b| (?:\p{Lu}[\p{L}-]* ){1,4}(?:as|from)\b)`,
      'u'
    ),
    { notBefore: /\b(?:[Cc]ourt|[Tt]ribunal|[Jj]udges?)\b[^.;]{0,40}$/u }
  ),
  // "passed a resolution", "adopted 18 laws", "approved the budget", "Presenting the resolution in draft form".
  trigger(
    'passed <measure>',
    'policy_adopted',
    new RegExp(
      String.raw`(?:${verbs(['pass', 'adopt', 'approve', 'ratify', 'enact', 'endorse', 'issue', 'promulgate', 'present', 'table', 'unveil', 'clear', 'roll out'], ['present', 'past'])}|signed into law|[Pp]resenting)(?= (?:an? |the |its |their |\d+ |two |three |four |five |several |new )?(?:[\p{L}\d$₹.,-]+ ){0,4}?${measure}\b)`,
      'u'
    ),
    // "approved incentives for 1,178 projects": investments licensed, not a policy; "approved a 2024 business plan": a company's plan,
    // no public measure.
    {
      notAfter:
        /^ (?:[\p{L}-]+ ){0,2}?for (?:a total of )?(?:\d[\d,.]* )?(?:new )?(?:investment )?projects\b|^ (?:an? |the |its |their )?(?:\d{4} )?(?:business|production|sales|dividend|expansion) plans?\b/u,
      // "shareholders approved a 2024 plan": a company's owners decide, no public body.
      notBefore:
        /\b(?:[Ss]hareholders|[Ss]tockholders|[Ii]nvestors|(?:company|firm|bank)['’]s board|board of directors)\s+(?:also\s+|have\s+|had\s+)?$/u
    }
  ),
  trigger(
    '<measure> was passed',
    'policy_adopted',
    new RegExp(String.raw`${passive} (?:passed|adopted|approved|enacted|presented|issued|promulgated|ratified|endorsed)`, 'u'),
    {
      // "The budget, which was approved by the cabinet", "A resolution reviewing the programme of the session was passed"; not a
      // lender's "loan programme was approved" (aid given), nor a company's plan its owners approve.
      needsBefore: passiveSubject(measure),
      notBefore: passiveSubject('(?:loan|credit|bailout|lending|financing|aid) (?:programmes?|programs?|packages?|plans?)'),
      notAfter: /^ (?:by|at) (?:the )?(?:shareholders|stockholders|investors|board|annual general meeting|AGM)\b/u
    }
  ),
  // "The expressway project was approved by the National Assembly in 2015": a state's decision on a project.
  trigger(
    '<project> was approved by <legislature>',
    'policy_adopted',
    /(?:was|were|has been|have been|had been) (?:officially )?approved(?= by (?:the )?(?:National Assembly|[Pp]arliament|[Cc]abinet|[Gg]overnment|[Pp]rime [Mm]inister|Politburo|Congress|Senate|[Ll]egislature)\b)/u,
    { needsBefore: /\b(?:projects?|expressways?|railways?|airports?|schemes?|investment polic(?:y|ies))\b[^.;]{0,30}? $/u }
  ),
  // A central bank's decision: "kept its policy rate unchanged", "decided to hold the benchmark rate", "cut interest rates".
  trigger(
    'kept the policy rate',
    'policy_adopted',
    /(?:kept|keeps|keeping|kept in place|held|holds|maintained|maintains|left|leaves|cut|cuts|raised|raises|hiked|hikes|lowered|lowers|chose to keep|decided to keep|voted to keep|decided to hold|chose to hold|decided to leave|chose to leave|voted to leave) (?:its |the |their |key |benchmark )*(?:(?:ceiling|cap|floor)s? on (?:\p{L}+ )?)?(?:policy |interest |key |benchmark |repo |discount |refinancing |lending |deposit |base |overnight )+rates?/u
  ),
  // "Benchmark rate left unchanged at 6%" (a headline), "the key rate was kept steady": a central bank's decision told from its rate.
  trigger(
    '<rate> left unchanged',
    'policy_adopted',
    /(?<=\b(?:[Pp]olicy|[Ii]nterest|[Kk]ey|[Bb]enchmark|[Rr]epo|[Dd]iscount|[Rr]efinancing|[Ll]ending|[Dd]eposit|[Bb]ase|[Oo]vernight) rates? (?:(?:was|were|has been|have been) )?)(?:left|kept|held|maintained)(?= (?:unchanged|steady|on hold|stable)\b)/u
  ),
  // "the railway, which the National Assembly passed on November 30": the measure or project, then the body that passed it.
  trigger('<measure> which <body> passed', 'policy_adopted', /(?:passed|approved|adopted|endorsed|ratified)/u, {
    needsBefore: new RegExp(
      String.raw`\b(?:${measure}|projects?|railway|expressway|investment policy)\b[^.;]{0,30}?,? (?:which|that) (?:the )?(?:(?:\p{Lu}[\p{L}-]* ){1,4}|(?:parliament|legislature|assembly|lawmakers|legislators|cabinet|government|senate|congress|council|it|they) )$`,
      'u'
    )
  }),
  // "Widodo ordered the transport ministry to tighten checks", "ordered an investigation", "ordered a nationwide inspection of apartment
  // blocks", "ordered the Karachi Water and Sewerage Corporation to clear drains": a directive of a government, not a court's order.
  trigger(
    'ordered <body> to',
    'policy_adopted',
    /(?:ordered|orders)(?= (?:the |all |its |local |relevant |provincial |state |city |government )*(?:[\p{L}-]+ ){0,2}?(?:ministry|ministries|authorities|agencies|government|departments?|police|military|army|officials|provinces|localities|banks|companies|firms|operators|schools|residents|people|forces|troops|units|agency|committee)\b[^.;]{0,60}?\bto\b| (?:an? |the )(?:[\p{L}-]+ )?(?:investigation|probe|inquiry|review|evacuation|halt|suspension|closure|ban|crackdown)\b| (?:an? |the )?(?:[\p{L}-]+ ){0,2}?(?:inspections?|checks|audits?|investigations|evacuations|recalls?|curfews?|lockdowns?)\b| (?:the )?\p{Lu}[\p{L}-]*(?: (?:of |and |for )?\p{Lu}[\p{L}-]*){0,7} to \p{Ll})/u,
    { notBefore: /\b(?:[Cc]ourt|[Tt]ribunal|[Jj]udges?|[Jj]ury)\b[^.;]{0,60}$/u }
  ),
  // "signed the bill into law", "voted to approve the budget": a law passed, told by its last step or its vote.
  trigger(
    'signed <bill> into law',
    'policy_adopted',
    new RegExp(
      String.raw`signed (?:[\p{L}\d-]+ ){1,5}?into law|voted (?:\d+-\d+ )?to (?:approve|pass|adopt|ratify|endorse)(?= (?:an? |the |its |their )?(?:[\p{L}\d$.,-]+ ){0,4}?${measure}\b)`,
      'u'
    )
  ),
  // "signed Decision 768 approving the plan", "signed a decree on carbon credits": a government's own act, a measure by its signature.
  trigger(
    'signed <decree>',
    'policy_adopted',
    /(?:signed|signs|has signed|signed off on)(?= (?:an? |the |its )?(?:new |official |executive )?(?:decrees?|decisions?|directives?|ordinances?|circulars?|executive orders?|Decree|Decision|Directive|Ordinance|Circular|Executive Order)\b)/u
  ),
  // "the cabinet gave the go-ahead for the new tax regime", "gave the green light to the project": a decision by its assent.
  trigger(
    'gave the go-ahead',
    'policy_adopted',
    /(?:gave|gives|has given|have given|had given|granted|grants) (?:its |their |the |a )?(?:final |formal |official )?(?:go-ahead|green light|nod)(?= (?:to|for)\b)/u,
    // "gave the green light to 12 investment projects": investments licensed ('approved investments').
    {
      notAfter:
        /^ (?:to|for) (?:(?:a total of |total |new |foreign |domestic |\d[\d,.]* )*(?:investments?|investment projects?|FDI)|\d[\d,.]* (?:new )?projects)\b/u
    }
  ),
  // "dissolved parliament": a decision that ends a legislature's term.
  trigger(
    'dissolved parliament',
    'policy_adopted',
    /(?:dissolved|dissolves)(?= (?:the )?(?:parliament|Parliament|National Assembly|House of Representatives|lower house|legislature|assembly|Assembly)\b)/u
  ),
  // "Bangladesh's parliament was dissolved on August 6": the legislature named, then its end.
  trigger('<parliament> was dissolved', 'policy_adopted', /(?:was|were|has been|had been) (?:formally |officially )?dissolved/u, {
    needsBefore:
      /\b(?:parliament|Parliament|National Assembly|House of Representatives|lower house|legislature|[Aa]ssembly|[Cc]abinet|[Gg]overnment)\s+$/u
  }),
  // "declared a public holiday", "declared two days of national mourning", "imposed a curfew": a government's decision for a day or a place.
  trigger(
    'declared a public holiday',
    'policy_adopted',
    /(?:declared|declares|announced|announces|proclaimed|imposed|imposes) (?:an? |the |(?:\d+|one|two|three|four|five|six|seven) days? of )?(?:[\p{L}-]+ ){0,2}?(?:public holiday|holiday|mourning|curfew|lockdown)s?\b/u,
    { notBefore: /\b(?:[Cc]ourt|[Tt]ribunal|[Jj]udges?)\b[^.;]{0,60}$/u }
  ),
  // "a government resolution, adopted on August 15, 2023,": the measure, then its passing.
  trigger(
    '<measure>, adopted on',
    'policy_adopted',
    /(?:adopted|passed|approved|issued|enacted|promulgated|signed)(?= (?:on|in|by|at|last|earlier)\b)/u,
    // "the Law on Credit Institutions, passed in January", "a resolution adopted at the close of the session".
    {
      needsBefore: new RegExp(String.raw`\b${measure}(?: (?:on|of|for)(?: (?:\p{Lu}[\p{L}'’-]*|and|the))+)?,?\s*$`, 'u')
    }
  ),
  // "waived visa fees for visitors from China", "extended visa exemptions", "granted visa-free entry", "scrapped the requirement for
  // Chinese tourists to obtain visas": a government's decision on who may enter.
  trigger(
    'waived visas for <visitors>',
    'policy_adopted',
    /(?:waived|waives|scrapped|scraps|exempted|exempts|extended|extends|introduced|introduces|granted|grants|expanded|expands) (?:the )?(?:[\p{L}-]+ ){0,2}?(?:visa (?:fees?|requirements?|exemptions?|waivers?)|visa-free (?:entry|travel|stays?|status|scheme|policy|programme|program|regime)|visas?(?= for\b))|(?:waived|waives|scrapped|scraps|lifted|lifts|removed|removes|dropped|drops|eased|eases) (?:the |its )?(?:visa )?requirements?(?= (?:[^.;]){0,40}?\bvisas?\b)/u
  )
]
