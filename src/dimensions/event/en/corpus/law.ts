import { examples } from '../../../corpus.js'
import type { CorpusPart } from '../../types.js'

export const law: CorpusPart = {
  examples: [
    examples({ type: 'ruling' }, ['was sentenced', 'handed down its appeal verdict', 'upheld the death sentence', 'was found guilty']),
    examples({ type: 'arrest' }, ['was arrested', 'were detained', 'taken into custody'])
  ],
  inContext: [
    { text: 'The arrest of the tycoon sent shares of his company tumbling.', finds: [{ quote: 'arrest of', value: { type: 'arrest' } }] },
    { text: 'In its final ruling, the tribunal found for the fishermen.', finds: [{ quote: 'ruling', value: { type: 'ruling' } }] },
    {
      text: 'A petition on behalf of the evicted families was lodged with the provincial court.',
      finds: [{ quote: 'was lodged', value: { type: 'lawsuit_filed' } }]
    },
    { text: 'Court convicts former mayor of bribery', finds: [{ quote: 'convicts', value: { type: 'ruling' } }] },
    { text: 'Hanoi court hands life sentence to smuggling boss', finds: [{ quote: 'hands life sentence', value: { type: 'ruling' } }] },
    { text: 'Prime minister ousted by court over ethics breach', finds: [{ quote: 'ousted', value: { type: 'ruling' } }] },
    { text: 'Former president gets 15 years for corruption', finds: [{ quote: 'gets', value: { type: 'ruling' } }] },
    {
      text: 'The shareholders filed a class action against the company.',
      finds: [{ quote: 'filed a class action', value: { type: 'lawsuit_filed' } }]
    },
    {
      text: 'The former chairman was placed under house arrest.',
      finds: [{ quote: 'was placed under house arrest', value: { type: 'arrest' } }]
    },
    {
      text: 'Srettha was removed from office by the Constitutional Court on Wednesday.',
      finds: [{ quote: 'was removed', value: { type: 'ruling' } }]
    },
    { text: 'The suspects were caught at the border.', finds: [{ quote: 'were caught', value: { type: 'arrest' } }] },
    { text: 'The tribunal ruled in favour of the Philippines in 2016.', finds: [{ quote: 'tribunal ruled', value: { type: 'ruling' } }] },
    {
      text: 'The former minister was cleared of all charges on Friday.',
      finds: [{ quote: 'was cleared of all charges', value: { type: 'ruling' } }]
    },
    { text: 'Border guards caught three smugglers near the crossing.', finds: [{ quote: 'caught', value: { type: 'arrest' } }] },
    {
      text: 'Police launched criminal proceedings against the director.',
      finds: [{ quote: 'launched criminal proceedings', value: { type: 'arrest' } }]
    },
    { text: 'The judge handed him a 12-year sentence.', finds: [{ quote: 'handed him a 12-year sentence', value: { type: 'ruling' } }] },
    { text: 'Police charged the owner with negligence on Monday.', finds: [{ quote: 'charged', value: { type: 'arrest' } }] },
    {
      text: 'Authorities took the suspect into custody on Friday.',
      finds: [{ quote: 'took the suspect into custody', value: { type: 'arrest' } }]
    },
    { text: 'The fugitive banker was extradited to Vietnam.', finds: [{ quote: 'was extradited', value: { type: 'arrest' } }] },
    {
      text: 'Shareholders took the company to court in Singapore.',
      finds: [{ quote: 'took the company to court', value: { type: 'lawsuit_filed' } }]
    },
    { text: 'The firm was sued by its former partner.', finds: [{ quote: 'was sued', value: { type: 'lawsuit_filed' } }] },
    { text: 'The Supreme Court rejected the petition on Monday.', finds: [{ quote: 'rejected', value: { type: 'ruling' } }] },
    {
      text: 'The judge jailed Ahmad Faisal after finding him guilty of bribery.',
      finds: [
        { quote: 'jailed', value: { type: 'ruling' } },
        { quote: 'finding him guilty', value: { type: 'ruling' } }
      ]
    },
    {
      text: 'He was arrested in August 2021 and charged at the Sessions Court a month later.',
      finds: [
        { quote: 'was arrested', value: { type: 'arrest' } },
        { quote: 'charged', value: { type: 'arrest' } }
      ]
    },
    { text: 'A court accepted a lawsuit filed by a contractor.', finds: [{ quote: 'lawsuit filed', value: { type: 'lawsuit_filed' } }] },
    { text: 'Ruling at the appeal hearing, the court kept the sentence.', finds: [{ quote: 'Ruling', value: { type: 'ruling' } }] },
    {
      text: 'The appeal court kept in place the first-instance verdict.',
      finds: [{ quote: 'kept in place the first-instance verdict', value: { type: 'ruling' } }]
    },
    {
      text: 'At first instance, she received the death sentence.',
      finds: [{ quote: 'received the death sentence', value: { type: 'ruling' } }]
    },
    { text: 'The firm filed a lawsuit against the ministry.', finds: [{ quote: 'filed a lawsuit', value: { type: 'lawsuit_filed' } }] },
    { text: 'Police arrested five suspects in Hanoi.', finds: [{ quote: 'arrested', value: { type: 'arrest' } }] },
    { text: 'The investors sued the bank in 2023.', finds: [{ quote: 'sued', value: { type: 'lawsuit_filed' } }] },
    {
      text: 'The team lodged an election result dispute with the Constitutional Court.',
      finds: [{ quote: 'lodged an election result dispute', value: { type: 'lawsuit_filed' } }]
    },
    {
      text: 'A Kuala Lumpur court jailed a former minister for 12 years for corruption.',
      finds: [{ quote: 'jailed', value: { type: 'ruling' } }]
    },
    { text: 'Police nabbed five men suspected of smuggling gold.', finds: [{ quote: 'nabbed', value: { type: 'arrest' } }] },
    {
      text: 'The court found Nguyen guilty of fraud and sentenced him to 12 years.',
      finds: [
        { quote: 'found Nguyen guilty', value: { type: 'ruling' } },
        { quote: 'sentenced', value: { type: 'ruling' } }
      ]
    },
    { text: 'The former mayor was jailed for another two years.', finds: [{ quote: 'was jailed', value: { type: 'ruling' } }] },
    { text: 'A provincial court jailed the driver for a further six months.', finds: [{ quote: 'jailed', value: { type: 'ruling' } }] },
    {
      text: 'The deputy director received a two-year suspended sentence.',
      finds: [{ quote: 'received a two-year suspended sentence', value: { type: 'ruling' } }]
    },
    { text: 'Police seize 300kg of heroin, arrest four in Shan State', finds: [{ quote: 'arrest', value: { type: 'arrest' } }] },
    { text: 'The verdict was handed down on Thursday.', finds: [{ quote: 'verdict', value: { type: 'ruling' } }] },
    { text: 'The arrest of the former governor shocked the province.', finds: [{ quote: 'arrest of', value: { type: 'arrest' } }] },

    {
      text: 'The Constitutional Court on Friday removed the mayor from office.',
      finds: [{ quote: 'removed', value: { type: 'ruling' } }]
    },
    {
      text: 'A court dissolved the party in March, and banned its executives from politics.',
      finds: [
        { quote: 'dissolved', value: { type: 'ruling' } },
        { quote: 'banned', value: { type: 'ruling' } }
      ]
    },
    { text: 'The tribunal voted 7-2 to reject the claim.', finds: [{ quote: 'voted', value: { type: 'ruling' } }] },
    {
      text: 'Forty lawmakers petitioned the Supreme Court over the decree.',
      finds: [{ quote: 'petitioned', value: { type: 'lawsuit_filed' } }]
    },
    {
      text: 'Four former bank officials received sentences ranging from two to seven years.',
      finds: [{ quote: 'received sentences ranging', value: { type: 'ruling' } }]
    },
    { text: 'Last month a provincial court jailed 12 people for smuggling.', finds: [{ quote: 'jailed', value: { type: 'ruling' } }] }
  ],
  negative: [
    'The company got 15 years of tax breaks.',
    'Fishermen were caught in the storm at sea.',
    'He hopes to be cleared of all charges.',
    'Fishermen caught three tonnes of tuna.',
    'The firm threatened to take the ministry to court.',
    'The phone was charged overnight.',
    'He could be sentenced to death.',
    'The court will rule next week.',
    'Prosecutors sought the death penalty.',
    'Police plan to arrest five more suspects.',
    'Officials will face arrest if they flee.',
    'The verdict is expected next week.',

    'Shares fell after the verdict was announced.',
    'The opposition asked the court to dissolve the assembly.',
    'The court could remove the prime minister.',
    'Police removed the barricades on Friday.'
  ]
}
