import type { Rule } from '../../../../engine/rule.js'
import { verbs } from '../inflect.js'
import { money, passive, passiveSubject, trigger } from '../words.js'

/** What a facility, a business or a market measure is: the objects of "opened", "closed", "imposed". */
const facility = String.raw`(?:plants?|factory|factories|facility|facilities|mills?|refinery|refineries|ports?|terminals?|airports?|bridges?|expressways?|highways?|railway|metro line|line|roads?|tunnels?|underpass(?:es)?|mines?|store|stores|outlet|outlets|branch|branches|office|offices|hub|centre|center|campus|hospitals?|schools?|park|zone|project|complex|power plant|station|border|border gate|border crossing|checkpoints?|crossings?|gates?|markets?|shops?|restaurants?|malls?|supermarkets?|hotels?|casinos?|clinics?)`

/** What a state imposes on trade or lifts: "tariffs", "an export ban", "import quotas", "curbs on rice exports". */
const tradeMeasure = String.raw`(?:[Tt]ariffs?|[Dd]uties|(?:export|import|anti-dumping|countervailing|safeguard) duty|[Bb]ans? on (?:[\p{L}-]+ ){0,2}?(?:exports?|imports?|shipments)|(?:[Ee]xport|[Ii]mport|[Tt]rade) (?:bans?|curbs|restrictions|quotas?)|[Qq]uotas?|[Ll]evies|[Ss]anctions|[Ee]mbargo(?:es)?)`

/** A measure's noun that 'export ban' reads as the event itself, so a passive after it tells it again. */
const toldByNoun = /\b(?:[Ee]xport|[Ii]mport|[Rr]ice|[Tt]rade) (?:bans?|curbs|restrictions|quotas?) (?:on|of)\b[^.;:]{0,60}$/u

/** Investments made, launches and closures, trade measures. */
export const economy: readonly Rule<'event'>[] = [
  // "tripled its investment in GTNFoods", "invested $500 million in", "poured VND2 trillion into".
  trigger(
    'invested <amount> in',
    'investment',
    /(?:invested|invests|poured|pours|injected|injects|pumped|ploughed|plowed|channell?ed|funnell?ed)(?= (?:[^.;]|\.(?=\d)){0,40}?\b(?:in|into)\b)|(?:doubled|tripled|raised|increased|boosted|expanded) (?:its|their|the) (?:\p{L}+ )?(?:investment|stake|capital)s?\b(?! (?:spending|expenditure|budget|plan|target|expenditures)\b)/u,
    // A central bank's money into the market is no investment: "pumped liquidity into the banking system";
    // nor a total over years: "has invested about $19 billion in CPEC projects since 2015".
    {
      // "Indian companies have invested about $2 billion in Vietnam": a total of many investors, no investment of its own.
      notBefore: /\b(?:companies|firms|investors|businesses|enterprises|corporations) (?:have |had |has )?$/u,
      notAfter:
        /^ (?:[\p{L}\d.,$-]+ ){0,4}?(?:liquidity|cash|stimulus)\b|^ (?:[^.;]|\.(?=\d)){0,40}?\binto the (?:banking |financial |money )?(?:system|economy)\b|^(?:[^.;]|\.(?=\d)){0,80}?\b(?:since|so far|to date|in total|cumulatively)\b/u
    }
  ),
  trigger(
    'acquired <company>',
    'investment',
    new RegExp(
      String.raw`${verbs(['acquire', 'buy/bought', 'take/took/taken over'], ['present', 'past'])}(?= (?:an? |the )?(?:remaining |further |additional |another )?\d[\d.,]*\s*(?:%|per ?cent|percent) (?:stake )?(?:of|in) (?:the )?\p{Lu}| (?:an? |the )?(?:further |additional |another |(?:majority|controlling|minority) )?(?:\d[\d.,]*\s*(?:%|per ?cent) )?(?:stake|majority|controlling|shares?|\p{Lu}(?![\p{L}-]*['’]s (?:[\p{L}-]+ ){0,2}?(?:duties|role|post|job|responsibilities|portfolio|position)\b)|(?:local |rival |domestic |foreign |state-owned |Vietnamese |Thai |Malaysian |Indonesian |Japanese |[\p{L}-]+ )?(?:supermarket |retail |hotel |food |steel |cement |packaging |insurance |property |real estate )?(?:chain|company|firm|bank|lender|insurer|retailer|brand|business|operator|subsidiary|startup|start-up|group|maker|producer|developer)\b))|${verbs(['acquire', 'buy/bought'], ['present', 'past'])} (?:control|(?:an? )?(?:quarter|third|half)) of(?= (?:the )?(?:[\p{L}-]+ ){0,2}?(?:\p{Lu}|(?:company|firm|bank|lender|insurer|retailer|brand|business|operator|group|maker|producer|developer|brewer|chain)\b))|${verbs(['buy/bought into'], ['present', 'past'])}|(?:took|takes|taken) an? (?:\d[\d.,]*\s*(?:%|per ?cent|percent) |(?:majority|controlling|minority) )?stake in|(?:acquisition|takeover) of(?= (?:an? |the )?(?:\d|stake|majority|\p{Lu}))`,
      'u'
    )
  ),
  // "said it had agreed to acquire a 40% stake in the cement maker": a purchase agreed, the deal signed as the merger's is.
  trigger(
    'agreed to acquire <stake>',
    'investment',
    /(?:agreed|agree|agrees) to (?:acquire|buy|take over)(?= (?:an? |the )?(?:remaining |further |additional |another |(?:majority|controlling|minority) )?(?:\d[\d.,]*\s*(?:%|per ?cent|percent) )?(?:stake|shares|control)\b)/u
  ),
  // "RHB and AmBank agree merger", "agreed to merge in a share-swap deal", "completed the merger": two businesses made one.
  trigger(
    'agreed to merge',
    'investment',
    /(?:agreed|agree|agrees) (?:to (?:a )?merge|(?:on )?(?:an? |the |their )?(?:[\p{L}-]+ )?merger)\b|(?:completed|completes|sealed|seals|finali[sz]ed|finali[sz]es|clinched) (?:an? |the |its |their )?(?:[\p{L}$\d.,-]+ ){0,3}?merger\b/u
  ),
  // "sold a 25 percent stake in its retail unit to a Thai investor": a stake changing hands, the buyer's investment.
  trigger(
    'sold a stake in <company>',
    'investment',
    /(?:sold|sells|divested|divests|offloaded|offloads)(?= (?:an? |its |their |the )?(?:further |additional |(?:majority|controlling|minority) )?(?:\d[\d.,]*\s*(?:%|per ?cent|percent) )?(?:stake|holding|interest)\b)/u
  ),
  // "MIDA approved investments worth RM190.3 billion", "approved RM190.3 billion worth of investments", "approved 1,234 projects",
  // "approved incentives for 1,178 projects".
  trigger(
    'approved investments',
    'investment',
    new RegExp(
      String.raw`(?<!\b(?:the|The|its|their) )(?!Approved |Licensed |Registered )(?:${verbs(['approve', 'license', 'register'], ['present', 'past'])}|(?:gave|gives|give|granted|grants) (?:the )?(?:green light|go-ahead|nod) to) (?:(?:a total of |total |new |foreign |domestic |record |\d[\d,.]* |(?:${money}) (?:worth of |in )?)*(?:investments?|investment projects?|projects?|FDI)|(?:investment )?(?:incentives|licen[cs]es|certificates) for (?:a total of )?(?:\d[\d,.]* )?(?:new )?(?:investment )?projects\b|(?:[\p{L}\d.,$-]+ ){1,4}?(?:in|(?:worth )?of) (?:new |foreign |domestic |approved )?(?:investment|investments|FDI)\b)|(?:[Ii]nvestments?|[Pp]rojects?) (?:worth (?:[^.;]|\.(?=\d)){1,30}? )?(?:were|was|have been|had been) approved`,
      'u'
    ),
    // "said approved investments in services made up 60 percent", "Approved investments rose": the participle naming the approved, no approving told.
    {
      notBefore: /(?:\b(?:said|says|that|of|in|on|for|from|with|while|as|whereas|by|to|total|overall|combined)\s+|[,:;(]\s*)$/u,
      // "The project was approved by the National Assembly": a state's decision, a policy adopted.
      notAfter:
        /^ by (?:the )?(?:National Assembly|[Pp]arliament|[Cc]abinet|[Gg]overnment|[Pp]rime [Mm]inister|Politburo|Congress|Senate|[Ll]egislature)\b/u
    }
  ),
  trigger(
    'licensed <project>',
    'investment',
    // "Foxconn gets licence for $383m plant", "obtained an investment certificate for the project": the investor's side of a licence.
    /(?:licensed|(?:granted|issued|awarded|handed over|grants|issues) (?:an? |the )?(?:investment |business )?(?:registration )?(?:certificates?|licen[cs]es?)(?= (?:to|for)\b)|(?:gets|got|receives|received|obtains|obtained|wins|won|secures|secured) (?:an? |the |its )?(?:investment |business )?(?:registration )?(?:certificates?|licen[cs]es?)(?= for (?:an? |the |its |their )?(?:[^.;]|\.(?=\d)){0,40}?\b(?:plant|factory|project|facility|complex|park|expansion)\b)|(?:granted|issued|awarded|handed over|handed|hands|grants|issues) (?:an? |the )?(?:investment |business )(?:registration )?(?:certificates?|licen[cs]es?))/u,
    // "was licensed as a private house": what a building may be used for, no project licensed.
    { notAfter: /^ as\b/u }
  ),
  // "announced an additional $475 million investment", "committed $1.5 billion to a new plant", "registered an additional $500 million":
  // an investor's own amount, told by what it goes to.
  trigger(
    'announced <amount> investment',
    'investment',
    new RegExp(
      String.raw`(?:announced|announces|unveiled|unveils|made|makes)(?= (?:an? |its |the )?(?:additional |new |further |fresh )?(?:${money})(?: worth of| in)? (?:new |additional |fresh |further )?(?:investments?|expansion)\b)|(?:committed|commits|earmarked)(?= (?:an? |its |the )?(?:additional |further )?(?:${money}) (?:to|for) (?:an? |its |the |their )?(?:new |second |third )?(?:[\p{L}\d-]+ ){0,2}?${facility}\b)|(?:registered|registers) (?:an additional|additional|a further|another) (?=${money})`,
      'u'
    )
  ),
  // "inaugurated the plant", "resumed direct flights", "launched P68 billion worth of new residential projects", "inaugurated the final section",
  // "completed a wind farm".
  trigger(
    'inaugurated <facility>',
    'launch',
    new RegExp(
      // "pressed the button to inaugurate the line", "cut the ribbon to open the terminal": the ceremony's act is the opening itself.
      String.raw`(?:inaugurated|inaugurates|opened|opens|unveiled|unveils|launched|launches|commissioned|completed|completes|resumed|resumes|started|starts|began|begins|(?<=\b(?:button|buttons|ribbon|gong) to )(?:inaugurate|open|launch|commission|start))(?= (?:an? |the |its |their |a new |two |three |\d+ )?(?:(?:${money}) (?:worth of )?)?(?:[\p{L}\d,&-]+ ){0,3}?(?:plants?|factory|factories|facilit(?:y|ies)|mills?|refiner(?:y|ies)|ports?|terminals?|airports?|bridges?|expressways?|highways?|railways?|metro|lines?|tunnels?|Plant|Factory|Port|Terminal|Airport|Bridge|Expressway|Highway|Railway|Metro|Line|Tunnel|Hospital|Station|Park|Centre|Center|mines?|stores?|outlets?|branch(?:es)?|hubs?|centres?|centers?|campus(?:es)?|hospitals?|parks?|farms?|zones?|projects?|complex(?:es)?|stations?|services?|routes?|flights?|restaurants?|shops?|showrooms?|malls?|supermarkets?|hotels?|resorts?|portals?|platforms?|apps?|websites?|links?|sections?|stretch(?:es)?|segments?|phases?)\b)`,
      'u'
    )
  ),
  // "unveiled its VF 6 and VF 7 electric SUVs", "launches two models for local market": a product put on sale.
  trigger(
    'unveiled <product>',
    'launch',
    /(?:unveiled|unveils|launched|launches|rolled out|rolls out|debuted|debuts)(?= (?:an? |the |its |their |two |three |four |\d+ )?(?:new )?(?:[\p{L}\d-]+ (?:and )?){0,5}?(?:models?|cars?|vehicles?|SUVs?|EVs?|trucks?|motorbikes?|scooters?|smartphones?|phones?|handsets?|laptops?|chips?|devices?|products?|brands?|aircraft|jets?)\b)/u,
    // "launched a probe into imported vehicles": not the product put on sale.
    { notAfter: /^ (?:an? |the )?(?:[\p{L}-]+ ){0,2}?(?:probe|investigation|inquiry|review|campaign|crackdown)\b/u }
  ),
  // "Work began on the Lao Cai-Hanoi-Hai Phong railway on Friday": building started, told by its work.
  trigger('work began on', 'launch', /(?:began|begins|started|starts|commenced|got under way)(?= on\b)/u, {
    needsBefore: /\b[Ww]ork (?:has |had |officially |finally )*$/u
  }),
  // "The Hanoi metro's elevated section opened on August 8, 2024", "the new terminal opened to": a facility its own subject; not "the
  // market opened higher" or "the store opens at 9am", a habit.
  trigger('the <facility> opened', 'launch', /(?:opened|opens|reopened)(?= (?:on|in|last|this|earlier|officially|after)\b|[,.;])/u, {
    needsBefore:
      /(?:\b(?:[Tt]he|[Ii]ts|[Tt]heir|[Aa]|[Aa]n)|['’]s) (?:[\p{L}\d-]+ ){0,3}?(?:lines?|sections?|bridges?|airports?|terminals?|expressways?|highways?|metro|railway|stations?|tunnels?|malls?|stores?|plants?|factor(?:y|ies)|hospitals?|ports?|museums?|stadiums?|campus|hotels?|showrooms?|routes?) (?:(?:officially|finally|formally) )?$/u
  }),
  // "construction of the first phase began", "began construction", "opened to traffic", "was inaugurated".
  trigger(
    'construction began',
    'launch',
    /(?:began|begins|started|starts|starting|kicked off|kicks off|commenced|got under way|gets under way)/u,
    {
      // "Construction of the VND17.8 trillion project, which runs 53.7 km, started on June 18".
      needsBefore: /\b[Cc]onstruction\b(?:[^.;]|\.(?=\d)){0,90} $/u,
      // "a decade after construction started": a time told from the start, which was told before.
      notBefore: /\b(?:after|since|before|when|until|once)\s+(?:the\s+)?[Cc]onstruction\s+(?:\p{L}+\s+){0,2}$/u
    }
  ),
  trigger(
    'opened to traffic',
    'launch',
    /(?:began|started|commenced|kicked off|starts|begins) (?:the )?construction|(?:began|started|commenced|starts|begins) work on(?= (?:the |an? |its )?(?:[\p{L}\d,-]+ ){0,5}?(?:expressways?|Expressway|railways?|Railway|bridges?|Bridge|airports?|Airport|ports?|Port|plants?|Plant|factory|metro|Metro|lines?|Line|highways?|Highway|tunnels?|terminals?|Terminal|project)\b)|(?:was|were|been) (?:officially )?(?:opened to traffic|inaugurated|put into (?:commercial )?operation|put into service)|(?:opened|opens) to (?:(?:road|rail|vehicle|public) )?(?:traffic|passengers|the public|visitors|vehicles)/u,
    // "The new mission was inaugurated": a diplomatic mission opened, an event of its own type; "was inaugurated as president": a
    // person sworn in.
    {
      notAfter: /^ as\b/u,
      notBefore:
        /\b(?:[Ee]mbass(?:y|ies)|[Cc]onsulates?(?:[- ][Gg]eneral)?|[Hh]igh [Cc]ommission|mission|office)(?: (?:in|of) (?:the )?\p{Lu}[\p{L}-]*(?: \p{Lu}[\p{L}-]*){0,3})? $/u
    }
  ),
  // "The plant, inaugurated in 2020, ...", "the bridge, opened last year": a facility, then its opening in a reduced relative.
  trigger('<facility>, inaugurated in', 'launch', /(?:inaugurated|opened|completed|commissioned)(?= (?:in|on|last|earlier)\b)/u, {
    needsBefore: new RegExp(String.raw`\b${facility},\s*$`, 'u')
  }),
  trigger(
    '<projects> were launched',
    'launch',
    /(?:was|were|has been|have been) (?:officially )?(?:launched|started|kicked off|commenced|completed|opened|inaugurated|commissioned)/u,
    {
      needsBefore:
        /\b(?:projects?|sections?|phases?|plants?|factor(?:y|ies)|bridges?|expressways?|roads?|lines?|airports?|ports?|stations?|works|construction|farms?|runways?|terminals?|units?|turbines?|substations?)(?:(?: (?:in|at|of|on) [^.;,]{1,40}?)?, (?:which|that|where) [^.;]{1,90}?,)?\s$/iu
    }
  ),
  // "the inauguration of the plant", "the launch of the satellite", "the opening of the expressway".
  trigger(
    'inauguration of <facility>',
    'launch',
    /(?:inauguration|opening|launch|commissioning|completion|groundbreaking) of(?= (?:an? |the |its |their |a new )?(?:[\p{L}\d-]+ ){0,3}?(?:plants?|factory|factories|facilit(?:y|ies)|ports?|terminals?|airports?|bridges?|expressways?|highways?|railways?|metro|lines?|tunnels?|stores?|hubs?|centres?|centers?|hospitals?|parks?|zones?|projects?|stations?|routes?|satellites?|rockets?|services?)\b)/u,
    { nominal: true }
  ),
  trigger(
    'broke ground on',
    'launch',
    // India's "dedicated to the nation a 660-MW unit": a facility opened by a leader.
    /(?:dedicated to the nation|dedicates to the nation|broke ground|breaks ground|groundbreaking ceremony|ground-breaking ceremony|inauguration ceremony|opening ceremony|topping-out|(?:laid|lays|lay) (?:the )?foundation stones?|foundation(?: stone)?-laying ceremony|ribbon-cutting ceremony)/u
  ),
  trigger(
    'started operating',
    'launch',
    /(?:started|began|begun|commenced|starts|begins) (?:commercial )?(?:operating|operations|operation|production|generating|running)|(?:came|comes|went|goes|put|puts|putting|was put|were put|been put) (?:into|in) (?:commercial )?(?:operation|service|production|use)|(?:welcomed|welcomes|received|receives|handled|handles) (?:its |their )?first (?:commercial )?(?:passengers|flights?|visitors|guests|customers|ships|vessels|trains)|(?:came|comes|coming|went|goes|going) (?:online|on stream|on-stream|on line)\b/u
  ),
  // "commercial services on it began in November", "flights to Da Nang started": the operation named before its start.
  trigger('services began', 'launch', /(?:began|begun|started|commenced|resumed)/u, {
    needsBefore:
      /\b(?:commercial |passenger |freight |scheduled |regular |direct )?(?:services|operations|flights|production)(?: (?:on|at|in|from|to|between) [^.;,]{1,30}?)? (?:(?:have|has|had) )?$/u
  }),
  // "launched a vaccination campaign for poultry", "rolled out a nationwide drive": a programme begun; not "launched a probe" or "an
  // anti-corruption campaign", an inquiry or a crackdown.
  trigger(
    'launched a campaign',
    'launch',
    /(?:launched|launches|kicked off|kicks off|rolled out|rolls out)(?= (?:an? |the |its |their |a new |two |three )?(?:[\p{L}-]+ ){0,3}?(?:campaign|campaigns|drive|programme|program|initiative|scheme|mission|Campaign|Drive|Programme|Program|Initiative|Scheme|Mission)\b)/u,
    {
      notAfter:
        /^ (?:an? |the )?(?:[\p{L}-]+ ){0,3}?(?:crackdown|probe|investigation|inquiry|attack|offensive|strikes?|raids?|anti-[\p{L}-]+ (?:campaign|drive))\b/u
    }
  ),
  trigger(
    'set up <body>',
    'launch',
    /(?:set up|established|formed|created|founded|launched) (?:an? |the |its |their )?(?:new )?(?:[\p{L}-]+ ){0,2}?(?:team|task force|committee|council|agency|company|fund|venture|joint venture|authority|board|division|unit|force|commission|corporation)\b/u
  ),
  trigger(
    'launched <satellite>',
    'launch',
    /(?:launched|launches)(?= [^.;]{0,60}?\b(?:satellites?|Satellites?|rockets?|spacecraft|probe(?! into)|orbit)\b)|lofts|lofted|sent aloft|sends aloft|(?:blasted|lifted) off/u
  ),
  // "the closure of the border", "checkpoints have been shut", "closed the border gate".
  trigger(
    'closure of <facility>',
    'closure',
    new RegExp(
      String.raw`(?:closure|closing|shutdown|shutting) of (?:the |its |their |all |\d[\d,]* |two |three |four |five |several )?(?:[\p{L}-]+ ){0,2}?${facility}`,
      'u'
    )
  ),
  trigger(
    'closed <facility>',
    'closure',
    new RegExp(
      String.raw`${verbs(['close', 'shut', 'shut down', 'seal', 'shutter'], ['present', 'past'])}(?= (?:the |its |their |all |an? |\d[\d,]* )?(?:[\p{L}-]+ ){0,2}?${facility}\b)`,
      'u'
    )
  ),
  // "halts production at its plant", "suspended operations", "ceased manufacturing": work stopped where it is done.
  trigger(
    'halted production',
    'closure',
    /(?:halted|halts|halt|suspended|suspends|stopped|stops|ceased|ceases) (?:all |its |their )?(?:production|operations|manufacturing|output)(?= (?:at|in|of|after|on|for|due|amid|following|indefinitely|until|last|this|earlier)\b|[,.;])/u
  ),
  trigger(
    '<facility> were shut',
    'closure',
    /(?:(?:have|has|had) been |(?:was|were|are|is) )(?:(?:temporarily|permanently|officially|briefly|partially|fully|also) )?(?:ordered (?:to be )?)?(?:shut|closed|sealed)(?: down)?/u,
    // "Schools and offices in the capital region were shut", "factories in the hubs, which make clothes for export, were shut": the
    // facility, then where it stands and what it does; not "remained closed", a state that lasts rather than a closing.
    {
      needsBefore: new RegExp(
        String.raw`\b${facility}(?: (?:in|at|of|across|on|along) [^.;,]{1,60}?)?(?:, (?:which|that) [^.;]{1,90}?,)? $`,
        'iu'
      )
    }
  ),
  // "their Chinese-owned factory abruptly closed", "The plant shut its gates on Friday", "Factory shuts without pay" (a headline): the
  // facility the subject, told by its determiner; not "the factory closed to visitors" or "a shop closed on Sundays", a habit.
  trigger(
    'the <facility> closed',
    'closure',
    /(?:shut|shut down|closed|closed down|shuts|closes|shut its gates|closed its gates|shut its doors|closed its doors)(?=$|[,.;]| (?:on|after|in|last|earlier|abruptly|without|because|due|amid|following)\b)/u,
    {
      needsBefore: new RegExp(
        String.raw`(?:^|\b(?:[Tt]he|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Aa]|[Aa]n) (?:[\p{L}-]+ ){0,2}?)(?:[Ff]actory|[Pp]lant|[Mm]ill|[Rr]efinery|[Mm]ine|[Ss]tore|[Hh]otel|[Cc]asino|[Mm]all|[Ss]upermarket|[Rr]estaurant|[Ww]orkshop|[Ss]hipyard|[Ss]melter)(?:,? (?:which|that) [^.;]{1,60},)? (?:(?:abruptly|suddenly|temporarily|permanently|quietly|finally|also) )?$`,
        'u'
      ),
      notAfter: /^ (?:on (?:Sundays|weekends|public holidays)|to (?:visitors|the public|traffic))\b/u
    }
  ),
  // "dozens of factories shut" (a headline), "62 factories had closed their gates", "60 factories suspended production": the facility
  // its subject, no object needed.
  trigger(
    '<facility> shut',
    'closure',
    new RegExp(
      String.raw`(?:(?:had|have|has) )?(?:shut|shut down|closed|closed down|close|shuts|closes|halted production|suspended production|suspended operations|stopped production|closed their gates|closed its gates)(?=$|[,.;]| (?:their |its )?(?:gates|doors)\b| (?:on|for|in|after|as|over|because|due)\b)`,
      'u'
    ),
    {
      needsBefore: new RegExp(
        String.raw`\b(?:\d[\d,]*|[Dd]ozens of|[Hh]undreds of|[Ss]everal|[Mm]any|[Ss]ome|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|[Tt]en) (?:[\p{L}-]+ )?${facility} $`,
        'u'
      )
    }
  ),
  // "With the border closed, trucks queued", "after crossings closed since early May": a facility told closed by its participle after it.
  trigger(
    'with <facility> closed',
    'closure',
    /(?:closed|shut)(?= (?:since|for|until|by|after|amid|following|to (?:traffic|trade|trucks|vehicles|travellers|travelers|visitors))\b|[,.;]|$)/u,
    {
      needsBefore: new RegExp(
        String.raw`\b(?:[Ww]ith|because of|due to|amid|after) (?:the |its |their |all |most |several |\d+ )?(?:[\p{L}-]+ ){0,2}?${facility}(?: (?:with|between|along|on|in|at) [^,.;]{1,30}?)? $`,
        'u'
      )
    }
  ),
  // A business closed by its debts: "the bank went bankrupt in 2022", "filed for bankruptcy", "went into liquidation".
  trigger(
    'went bankrupt',
    'closure',
    /(?:went|goes|has gone|had gone) (?:bankrupt|bust|out of business|into (?:liquidation|administration|receivership))|(?:filed|files) for (?:bankruptcy|insolvency)|(?:declared|declares) (?:bankruptcy|insolvency)/u
  ),
  // "imposed tariffs", "levies 20% on", "became subject to fresh retaliatory tariffs", "banned rice exports", "barred imports of", "set a minimum export price".
  trigger(
    'imposed tariffs',
    'trade_measure',
    new RegExp(
      String.raw`${verbs(['impose', 'slap', 'levy', 'raise', 'hike', 'announce', 'introduce', 'tighten', 'reimpose', 're-impose', 'reinstate', 'extend', 'set', 'fix'], ['present', 'past'])} (?:(?:an? |its |their |new |fresh |additional |higher |retaliatory |reciprocal |punitive |anti-dumping |provisional |preliminary |definitive |temporary |safeguard |countervailing |anti-subsidy |import |export |stricter |tighter |\d+(?:\.\d+)?\s*(?:%|per ?cent) )*)(?:tariffs?|duties|duty|taxes|tax|quotas?|bans?|sanctions|(?:quality |safety |food safety )?(?:checks|inspections|controls|curbs|restrictions)|(?:minimum|floor) (?:export |import )?prices?|price floors?)\b|became subject to (?:[\p{L}-]+ ){0,3}(?:tariffs?|duties|sanctions)|${verbs(['ban', 'bar', 'block', 'prohibit', 'restrict', 'halt', 'suspend'], ['present', 'past'])} (?:\p{L}+ ){0,2}?(?:exports?|imports?|shipments)(?! (?:codes?|data|figures|growth|revenues?|earnings|volumes?|licen[cs]es?|permits?|registrations?)\b)`,
      'u'
    )
  ),
  // "new levies of 5% to 15% have been imposed on", "the duty on parboiled rice was scrapped": the measure, then its passive.
  trigger(
    '<tariffs> were imposed',
    'trade_measure',
    new RegExp(String.raw`${passive} (?:imposed|slapped|introduced|reimposed|raised|hiked)`, 'u'),
    // Not after a measure's noun that tells it already ("An export ban on rice was imposed": 'export ban' reads it).
    { needsBefore: passiveSubject(tradeMeasure), notBefore: toldByNoun }
  ),
  trigger(
    '<tariffs> were lifted',
    'trade_measure',
    new RegExp(
      String.raw`${passive} (?:lifted|removed|scrapped|eased|suspended|waived|cut|lowered|reduced|abolished|relaxed|dropped|withdrawn)`,
      'u'
    ),
    { needsBefore: passiveSubject(tradeMeasure), notBefore: toldByNoun, cameo: '085' }
  ),
  // "the ban, imposed in July, ...": a measure named before its verb.
  trigger('<ban> imposed', 'trade_measure', /(?:imposed|introduced|slapped)(?= (?:in|on|last|this|from|by)\b)/u, {
    // "a ban on exports of white rice that it imposed in July 2023": the measure, then the clause of its imposing.
    needsBefore:
      /\b(?:bans?|tariffs?|duties|duty|quotas?|sanctions|curbs)(?:,| (?:which|that) (?:was|were)|\b[^.;,]{0,60}? (?:which|that) (?:it|they|the government|\p{Lu}\p{L}+) (?:had )?|(?: on [^.;,]{1,40}?)? (?:was|were|had been|has been|have been))\s*$/u
  }),
  trigger(
    'approved imports of',
    'trade_measure',
    new RegExp(
      String.raw`${verbs(['approve', 'allow', 'permit', 'resume', 'authorise', 'authorize', 'license'], ['present', 'past'])} (?:the )?(?:(?:imports?|exports?|entry) of|(?:[\p{L}-]+ ){0,3}?(?:imports|exports)\b)|opened (?:its|their) (?:market|markets|doors) to|${verbs(['grant', 'give/gave/given'], ['present', 'past'])} (?:full |official )?market access|granted (?:an? )?(?:approval|permission|access|licen[cs]es?) for(?= [^.;]{0,40}\b(?:imports?|exports?)\b)`,
      'u'
    ),
    {
      cameo: '085'
    }
  ),
  // "an export ban on rice", "Indonesia's ban on coal exports": a measure told by its noun.
  trigger(
    'export ban',
    'trade_measure',
    /(?:export|import|rice|trade) (?:bans?|curbs|restrictions|quotas?)(?= (?:on|of|imposed)\b)|(?<=['’]s )(?:bans?|curbs|restrictions) on(?= (?:[\p{L}-]+ ){0,2}?(?:exports?|imports?|shipments)\b)/u,
    { nominal: true }
  ),
  trigger(
    'lifted the ban',
    'trade_measure',
    new RegExp(
      // "announced a 90-day pause on reciprocal tariffs": a measure held off.
      String.raw`(?:announced|announces|declared|declares) an? (?:\d+-day )?(?:pause|freeze|moratorium) on(?= (?:[\p{L}-]+ ){0,2}?(?:tariffs?|duties|bans?)\b)|${verbs(['lift', 'ease', 'remove', 'scrap', 'slash', 'revoke', 'rescind', 'abolish', 'cut', 'lower', 'reduce', 'suspend', 'exempt', 'waive', 'relax', 'drop', 'withdraw/withdrew/withdrawn', 'do/did/done away with'], ['present', 'past'])} (?:(?:the|its|their|a|some|all) )?(?:[\p{L}\d.%-]+ ){0,4}?(?:tariffs?|duty|duties|bans?|quotas?|sanctions|restrictions|curbs|levy|levies|embargo(?:es)?|moratorium|(?:anti-dumping|countervailing|safeguard) (?:orders?|measures?)|suspension(?= (?:on|of) (?:[\p{L}-]+ ){0,3}?(?:imports?|exports?|shipments))|(?:minimum export|floor|minimum) prices?|price floors?)\b`,
      'u'
    ),
    { cameo: '085' }
  )
]
