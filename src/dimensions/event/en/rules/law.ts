import type { Rule } from '../../../../engine/rule.js'
import { verbs } from '../inflect.js'
import { passive, passiveSubject, trigger } from '../words.js'

/** Court rulings and sentences, arrests and charges, suits filed. */
export const law: readonly Rule<'event'>[] = [
  // "sentenced to death", "upheld the death sentence", "handed down its appeal verdict", "was found guilty", "found Long guilty", "was jailed for another three years".
  trigger(
    'sentenced',
    'ruling',
    /(?:was |were |has been |have been )?(?:sentenced|convicted|acquitted)|(?:sentences|convicts|jails|jailed)(?= \p{Lu}| (?:\p{L}+ ){0,3}?to\b| (?:\p{L}+ ){0,4}?for (?:another |a further |an additional |up to )?(?:\d+|\p{L}+) (?:years?|months?)\b)|(?:was|were|has been|have been) (?:jailed|imprisoned)|(?:was|were) found (?:guilty|not guilty|liable)|(?:convicts|acquits|jails)(?= [^.;]{1,40}? (?:of|over|for|on)\b)|(?:hands|handed|hand) (?:down )?(?:an? |the )?(?:death|life|prison|jail|suspended) sentences?|(?:found|finding|finds) (?:him|her|them|it|the (?:\p{L}+ ){0,2}?(?:defendants?|accused|company|firm)|\p{Lu}[\p{L}-]+(?: \p{Lu}[\p{L}-]+){0,3}) (?:guilty|not guilty|liable)|(?:upheld|overturned|quashed|reduced|commuted|kept in place|handed down|delivered|announced|issued) (?:the |a |an |its |their |her |his )?(?:[\p{L}-]+ ){0,2}?(?:verdicts?|sentences?|rulings?|judgments?|judgements?|convictions?|penalty|penalties)|(?:rejected|dismissed) (?:the |an |her |his |their |its )?appeals?|(?<=\bappeals? )(?:was|were|has been|have been) (?:rejected|dismissed|upheld|turned down|thrown out)/u
  ),
  trigger(
    'received the <sentence>',
    'ruling',
    /(?:received|receives|got|was given|were given|was handed|were handed|(?:handed|gave) (?:him|her|them|\p{Lu}[\p{L}-]+)) (?:the |a |an )?(?:(?:prison |jail )?sentences (?:ranging|of)\b|death sentence|life sentence|life imprisonment|suspended sentence|(?:[\p{L}\d]+[- ])?(?:year|month)s?[- ](?:suspended |prison |jail )*(?:sentence|term)|(?:\d+|\p{L}+) (?:years?|months?) (?:in prison|in jail|of imprisonment|imprisonment))/u
  ),
  // A headline's sentence: "Former tycoon gets 16 years for fraud", "Ex-minister handed 11 years over bribes".
  trigger(
    'gets <years> for',
    'ruling',
    /(?:gets|get|got|given|handed)(?= (?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty) (?:more )?(?:years?|months?)(?: (?:in (?:prison|jail)|behind bars))? (?:for|over)\b)/u
  ),
  // "The verdict was handed down on Thursday", "the sentences were upheld": a ruling told by its noun, then its verb.
  trigger(
    'verdict was handed down',
    'ruling',
    /(?:[Vv]erdicts?|[Ss]entences?|[Rr]ulings?|[Jj]udge?ments?|[Cc]onvictions?)(?= (?:was|were|has been|have been) (?:handed down|delivered|announced|pronounced|upheld|overturned|quashed)\b)/u,
    // "the index fell after the verdict was announced": a time told from the ruling, which was told before.
    { nominal: true, notBefore: /\b(?:after|since|before|following|until|when) (?:the|its|that|this) $/u }
  ),
  // "Thailand's Constitutional Court on Wednesday removed Prime Minister Srettha", "the court dissolved the party ... and banned its
  // leaders", "the court voted 5-4": a court's decision told by what it does, the court its subject.
  trigger(
    '<court> removed <person>',
    'ruling',
    new RegExp(
      String.raw`${verbs(['remove', 'dismiss', 'dissolve', 'disqualify', 'ban', 'annul', 'nullify', 'strike/struck down', 'order', 'acquit', 'overturn', 'reject', 'uphold/upheld', 'throw/threw/thrown out', 'jail'], ['present', 'past'])}(?= (?:the |a |an |its |his |her |their )?[\p{L}\d])|voted(?= \d+-\d+\b)`,
      'u'
    ),
    { needsBefore: /\b(?:[Cc]ourt|[Tt]ribunal|[Jj]udges?)\b(?:[^.;,]{0,25}|[^.;]{0,100},? and) $/u }
  ),
  // WordNet's "exonerate", "clear" (to acquit): "was cleared of all charges", "the court exonerated him".
  trigger(
    'was cleared of <charges>',
    'ruling',
    /(?:was|were|has been|have been) (?:exonerated|cleared of (?:all )?(?:[\p{L}-]+ )?(?:charges|wrongdoing|corruption|fraud|murder|graft|bribery))|exonerated(?= (?:him|her|them|\p{Lu}))/u,
    { notBefore: /\b(?:if|If|not|never|hopes? to|seeks? to|could|may|might|will|would)\b[^.;]{0,30}$/u }
  ),
  // "Srettha was removed from office by the Constitutional Court", "PM ousted by court" (a headline): a court's decision told from whom
  // it removed.
  trigger(
    'was removed by <court>',
    'ruling',
    /(?:(?:was|were|has been|had been) )?(?:removed|dismissed|disqualified|ousted|unseated)(?= (?:from (?:office|(?:his |her |their |the )?(?:post|seat|parliament|position)) )?by (?:the |a )?(?:[\p{L}-]+ ){0,2}?(?:[Cc]ourt|[Tt]ribunal)\b)/u
  ),
  // "The suspects were caught at the border": suspects held, told from them.
  trigger(
    '<suspects> were caught',
    'arrest',
    /(?:was|were|had been|have been) caught(?= (?:at|by|while|trying|smuggling|red-handed|with|carrying|transporting)\b)/u,
    {
      needsBefore: /\b(?:suspects?|smugglers?|traffickers?|thieves|robbers?|fugitives?|dealers?|poachers?|gunmen|gang members|couriers?) $/u
    }
  ),
  // "In its appeal ruling, the court found", "the court's verdict on Thursday": a court's decision told by its noun and its owner.
  trigger(
    "<court>'s ruling",
    'ruling',
    /(?<=(?:\b(?:[Ii]ts|[Tt]heir)|(?:[Cc]ourt|[Tt]ribunal|[Jj]udge)['’]s) (?:(?:appeal|appeals|final|landmark|unanimous|first-instance|majority) )?)(?:ruling|verdict|judg(?:e)?ment)(?= (?:on|in|against|that)\b|,)/u,
    { nominal: true }
  ),
  // "A petition against the poll result was filed with the top court", "a class action was lodged against": the suit, then its passive.
  trigger(
    '<lawsuit> was filed',
    'lawsuit_filed',
    new RegExp(String.raw`${passive} (?:filed|lodged|brought|submitted)(?= (?:with|against|before|at|to|in|by|on)\b)`, 'u'),
    {
      needsBefore: passiveSubject(
        '(?:[Ll]awsuits?|[Ss]uits?|[Cc]omplaints?|[Pp]etitions?|[Dd]isputes?|[Cc]hallenges?|(?:class|legal|civil) actions?)'
      )
    }
  ),
  trigger(
    'ruling at <hearing>',
    'ruling',
    /Ruling(?= (?:at|on|in)\b)|(?:court|Court|[Tt]ribunal|[Jj]udges?|[Bb]ench)(?: on \p{Lu}\p{L}+)? (?:ruled|rules)/u
  ),
  trigger(
    'arrested',
    'arrest',
    /(?:was |were |has been |have been |had been )?(?:arrested|detained|apprehended|nabbed|rounded up|taken into custody|charged with|indicted)|(?:arrests|detains)(?= )|arrest(?= (?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|dozens|scores|hundreds) )|(?:charged|indicted|prosecuted)(?= (?:\d[\d,]* |\p{Lu}|(?:the |several |dozens of |two |three |four |five )?(?:people|suspects|defendants|officials|executives)\b))|(?:arrest|detention) of(?= \p{Lu}| (?:the |a |an |\d+ )?(?:former |ex-)| (?:the |a |an |\d+ )?(?:\p{L}+ ){0,2}(?:suspects?|people|men|women|officials?|executives?|tycoons?|businesswoman|businessman|businessmen|chairman|chairwoman|directors?|activists?|journalists?|bloggers?|lawmakers?|ministers?|leaders?|monks?|students?|workers?))/u
  ),
  // "was arrested ... and charged at the Sessions Court": the charge of the one arrested, a step of its own.
  // "Police charged the owner with negligence", "took the suspect into custody", "was extradited to Vietnam": a suspect held or charged.
  trigger(
    'charged <suspect> with',
    'arrest',
    /(?:charged|charges|indicted|indicts)(?= (?:the |a |an |his |her |their |its |two |three |four |five |six |\d+ )?(?:[\p{L}-]+ ){0,3}?with\b)|(?:took|takes|taken) (?:the |a |an |his |her |their |two |three |four |five |\d+ )?(?:[\p{L}-]+ ){0,3}?into custody|(?:was|were|has been|have been|had been) (?:extradited|handed over to (?:the )?police)\b/u,
    { notBefore: /\b(?:was|were|been|and) $/u }
  ),
  // "Border guards caught three smugglers", "launched criminal proceedings against the owner": suspects held or charged.
  trigger(
    'caught <suspects>',
    'arrest',
    /(?:caught|busted|nabbed|rounded up)(?= (?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|dozens of|the|a|an) (?:[\p{L}-]+ ){0,2}?(?:suspects?|smugglers?|traffickers?|dealers?|gangs?|rings?|poachers?|thieves|robbers?|fugitives?|gunmen|militants)\b)|(?:launched|initiated|instituted|brought) (?:criminal )?(?:proceedings|criminal cases?)(?= against\b)/u
  ),
  // "The former chairman was placed under house arrest": a suspect held at home.
  trigger(
    'placed under house arrest',
    'arrest',
    /(?:was|were|has been|have been|had been) placed under (?:house )?arrest|placed (?:\p{Lu}[\p{L}-]* ){1,3}under (?:house )?arrest/u
  ),
  trigger('arrested and charged', 'arrest', /(?<=\band )(?:charged|indicted|prosecuted)/u, {
    needsBefore: /\b(?:was|were|been) (?:arrested|detained)\b[^.;]*$/u
  }),
  trigger(
    'filed a lawsuit',
    'lawsuit_filed',
    /(?:filed|lodged|brought|launched|submitted) (?:an? |the |its |their )?(?:[\p{L}-]+ ){0,3}?(?:lawsuits?|suits?|complaints?|petitions?|disputes?|cases?|claims?|challenges?|(?:class|legal|civil) actions?)(?= (?:with|against|before|at|to|in)\b)|sued(?= \p{Lu}| (?:the|its|their)\b)|(?:was|were|has been|have been) sued(?= (?:by|in|for|over)\b)|(?:took|takes|taken|dragged|drags) (?:the |its |their |his |her )?(?:[\p{L}-]+ ){0,3}?to court\b|petitioned(?= (?:the )?(?:[\p{L}-]+ ){0,2}?(?:[Cc]ourt|[Tt]ribunal|[Cc]ommission)\b)|(?:lawsuits?|suits?|petitions?|complaints?) (?:was |were )?(?:filed|lodged|brought)(?= (?:by|against)\b)/u
  )
]
