import { examples } from '../../../corpus.js'
import type { CorpusPart } from '../../types.js'

export const sport: CorpusPart = {
  examples: [
    examples({ type: 'match' }, ['won 3-1', '2-2 draw']),
    examples({ type: 'award' }, [
      'struck gold',
      'collected three more golds',
      'claimed the men’s 400m freestyle title',
      'won the gold medal'
    ])
  ],
  inContext: [
    {
      text: 'She reached the final after beating compatriot Tran Thi Mai in three games.',
      finds: [{ quote: 'beating', value: { type: 'match' } }]
    },
    { text: 'Myanmar edged past Singapore to top the group.', finds: [{ quote: 'edged past', value: { type: 'match' } }] },
    { text: "The women's 200m butterfly went to a Thai teenager.", finds: [{ quote: 'went', value: { type: 'award' } }] },
    { text: 'Four bronzes were won by the judo squad on Saturday.', finds: [{ quote: 'were won', value: { type: 'award' } }] },
    { text: "Linh's victory in the women's 10,000m lifted the team.", finds: [{ quote: 'victory', value: { type: 'award' } }] },
    {
      text: 'Thailand have set a target of winning the title in 2026.',
      finds: [{ quote: 'set a target', value: { type: 'target_set' } }]
    },
    {
      text: "Vietnam won the ASEAN Women's Championship for the third time.",
      finds: [{ quote: "won the ASEAN Women's Championship", value: { type: 'award' } }]
    },
    { text: "Vietnam crowned ASEAN women's champions", finds: [{ quote: 'crowned', value: { type: 'award' } }] },
    {
      text: "The Thai archer clinched the women's recurve title. Her teammate did likewise in the compound event.",
      finds: [
        { quote: "clinched the women's recurve title", value: { type: 'award' } },
        { quote: 'did likewise', value: { type: 'award' } }
      ]
    },
    {
      text: "Vietnam was named Asia's Leading Destination for the fifth time.",
      finds: [{ quote: 'was named', value: { type: 'award' } }]
    },
    {
      text: 'The resort was honoured at the Asia Hospitality Awards.',
      finds: [{ quote: 'was honoured', value: { type: 'award' } }]
    },
    {
      text: 'The company received a certificate of merit from the prime minister.',
      finds: [{ quote: 'received a certificate of merit', value: { type: 'award' } }]
    },
    { text: 'She added a second gold in the 200m.', finds: [{ quote: 'added a second gold', value: { type: 'award' } }] },
    { text: 'Thailand clinch SEA Games football gold', finds: [{ quote: 'clinch SEA Games football gold', value: { type: 'award' } }] },
    {
      text: 'Vietcombank received the Best Bank in Vietnam award from Euromoney.',
      finds: [{ quote: 'received', value: { type: 'award' } }]
    },
    { text: 'The bank was granted the Best Employer Brand award.', finds: [{ quote: 'was granted', value: { type: 'award' } }] },
    {
      text: "Vietjet was honoured as Asia's best ultra-low-cost carrier.",
      finds: [{ quote: 'was honoured as', value: { type: 'award' } }]
    },
    { text: "Hanoi was voted Asia's leading city destination.", finds: [{ quote: 'was voted', value: { type: 'award' } }] },
    {
      text: 'The national team became champions after a 1-0 win in the second leg.',
      finds: [
        { quote: 'became', value: { type: 'award' } },
        { quote: '1-0 win', value: { type: 'match' } }
      ]
    },
    { text: 'The match ended goalless in Hanoi.', finds: [{ quote: 'match', value: { type: 'match' } }] },
    { text: 'Indonesia held Vietnam 0-0 in Jakarta.', finds: [{ quote: 'held', value: { type: 'match' } }] },
    {
      text: 'Vietnam were held to a goalless draw by Indonesia.',
      finds: [{ quote: 'were held to a goalless draw', value: { type: 'match' } }]
    },
    { text: 'The hosts lost the match 1-2 in Manila.', finds: [{ quote: 'lost the match 1-2', value: { type: 'match' } }] },
    { text: 'Thailand triumphed 3-1 in the final.', finds: [{ quote: 'triumphed 3-1', value: { type: 'match' } }] },
    {
      text: 'The striker finished as top scorer with seven goals.',
      finds: [{ quote: 'finished as top scorer', value: { type: 'award' } }]
    },
    {
      text: 'The Thai film won the Golden Lion at the Venice festival.',
      finds: [{ quote: 'won the Golden Lion', value: { type: 'award' } }]
    },
    { text: 'Indonesian documentary takes top prize in Busan', finds: [{ quote: 'takes top prize', value: { type: 'award' } }] },
    {
      text: 'The novelist received the Nobel Prize in Literature in 2006.',
      finds: [{ quote: 'received the Nobel Prize', value: { type: 'award' } }]
    },
    {
      text: 'She was named best actress for her role in the drama.',
      finds: [{ quote: 'was named best actress', value: { type: 'award' } }]
    },
    { text: 'The school was honoured with a national award.', finds: [{ quote: 'was honoured with', value: { type: 'award' } }] },
    { text: 'The state awarded the title of Hero of Labour to six workers.', finds: [{ quote: 'awarded', value: { type: 'award' } }] },
    { text: 'Myanmar fell 3-1 to Thailand in Bangkok.', finds: [{ quote: 'fell 3-1 to', value: { type: 'match' } }] },
    { text: 'Bangladesh won by seven wickets in Dhaka.', finds: [{ quote: 'won by seven wickets', value: { type: 'match' } }] },
    // A war remembered, no match.
    {
      text: 'They marked the anniversary of the victory over the Khmer Rouge regime.',
      finds: [{ quote: 'marked the anniversary', value: { type: 'celebration' } }]
    },
    { text: 'Thailand crush Vietnam 3-1 to reclaim SEA Games gold.', finds: [{ quote: 'crush', value: { type: 'match' } }] },
    {
      text: 'Thailand won gold after beating defending champions Vietnam 3-1.',
      finds: [
        { quote: 'won gold', value: { type: 'award' } },
        { quote: 'beating', value: { type: 'match' } }
      ]
    },
    { text: 'The Philippines held Malaysia to a goalless draw.', finds: [{ quote: 'held', value: { type: 'match' } }] },
    { text: 'Thailand came from behind to beat the Philippines 3-1.', finds: [{ quote: 'beat', value: { type: 'match' } }] },
    { text: 'Vietnam beat Malaysia 1-0 in the final.', finds: [{ quote: 'beat', value: { type: 'match' } }] },
    { text: 'Vietnam drew with Thailand in Hanoi.', finds: [{ quote: 'drew with', value: { type: 'match' } }] },
    { text: 'He had taken the 1,500m freestyle gold.', finds: [{ quote: 'taken the 1,500m freestyle gold', value: { type: 'award' } }] },
    { text: 'She topped the women’s individual kata event.', finds: [{ quote: 'topped', value: { type: 'award' } }] },
    { text: 'So far, 12 golds have gone to wrestlers.', finds: [{ quote: 'have gone', value: { type: 'award' } }] },
    {
      text: 'He gave Vietnam its eighth gold by winning the men’s 50m breaststroke.',
      finds: [{ quote: 'winning', value: { type: 'award' } }]
    },
    { text: 'Vietnam were crowned champions in Hanoi.', finds: [{ quote: 'were crowned champions', value: { type: 'award' } }] },
    { text: 'The team was awarded the fair play prize.', finds: [{ quote: 'was awarded', value: { type: 'award' } }] },
    { text: 'Vietnam edge Thailand to reach SEA Games final', finds: [{ quote: 'edge', value: { type: 'match' } }] },
    { text: 'Singapore had drawn the first leg 0-0 at home.', finds: [{ quote: 'drawn the first leg 0-0', value: { type: 'match' } }] },
    {
      text: 'Striker Nguyen Tien Linh was named player of the match.',
      finds: [{ quote: 'was named player of the match', value: { type: 'award' } }]
    },
    {
      text: 'Thailand beat Indonesia 2-1 in the second leg to lift the trophy.',
      finds: [
        { quote: 'beat', value: { type: 'match' } },
        { quote: 'lift', value: { type: 'award' } }
      ]
    },
    { text: 'Thailand crowned ASEAN champions for a seventh time', finds: [{ quote: 'crowned', value: { type: 'award' } }] },
    {
      text: 'Myanmar came from two goals down to draw the first leg 2-2.',
      finds: [{ quote: 'draw the first leg 2-2', value: { type: 'match' } }]
    },
    {
      text: "Nguyen Quang Hai was voted the tournament's most valuable player.",
      finds: [{ quote: "was voted the tournament's most valuable player", value: { type: 'award' } }]
    },
    { text: 'Singapore last won the tournament in 2021.', finds: [{ quote: 'won the tournament', value: { type: 'award' } }] },
    { text: 'Swimmer Tran won gold twice, in the 200m and 400m freestyle.', finds: [{ quote: 'won gold', value: { type: 'award' } }] },

    {
      text: 'The Indonesian pair were beaten 19-21, 21-15, 17-21 by South Korea in the semi-finals.',
      finds: [{ quote: 'were beaten', value: { type: 'match' } }]
    },
    { text: 'The champions were knocked out by Japan on Friday.', finds: [{ quote: 'were knocked out', value: { type: 'match' } }] },
    { text: 'India won the opening Test by 280 runs in Chennai.', finds: [{ quote: 'won the opening Test', value: { type: 'match' } }] },
    {
      text: 'Lee Zii Jia triumphed in the men’s singles in Jakarta.',
      finds: [{ quote: 'triumphed in', value: { type: 'award' } }]
    },
    { text: 'Kunlavut Vitidsarn wins Japan Open in straight games', finds: [{ quote: 'wins Japan Open', value: { type: 'award' } }] },
    {
      text: 'The two sides played out a goalless draw in Kuala Lumpur.',
      finds: [{ quote: 'played out a goalless draw', value: { type: 'match' } }]
    }
  ],
  negative: [
    'The central bank cut rates on Monday. Other banks did likewise.',
    'Thailand hope to clinch the title on Sunday.',
    'Since they became champions in 2008, the team has struggled.',
    'He was named as a suspect in the case.',
    'Vietnam ranked 45th in the Global Innovation Index.',
    'The result completed a 2-1 aggregate victory.',
    'Their previous match ended goalless.',
    'At the SEA Games in May 2023, Vietnam topped the medal table with 136 gold medals.',
    'The company finished the year with a profit.',
    'The company received a grant of US$1 million.',
    'The ministry awarded the contract to a Japanese firm.',
    'Exports fell 3 percent to US$2 billion.',
    'Exports were down from US$10.1 billion in 2024.',
    'The contract was awarded to a local firm.',
    'Vietnam tops the medal tally with 125 golds.',
    'The team took part in the Cup.',
    'He hopes to win gold.',
    'The hosts have the edge in experience.',
    'He hopes to be named player of the year.',
    'The team needs to beat Thailand to win the title.',
    'The coach hopes to win the tournament next year.',
    'Thailand have won the tournament a record seven times.',
    'The side have never been beaten at home.',
    'Sri Lanka must win the deciding match on Saturday.',
    'Japan will host the Open in August.'
  ]
}
