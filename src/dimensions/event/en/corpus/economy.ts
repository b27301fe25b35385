import { examples } from '../../../corpus.js'
import type { CorpusPart } from '../../types.js'

export const economy: CorpusPart = {
  examples: [
    examples({ type: 'investment' }, ['tripled its investment', 'approved investments', 'licensed']),
    examples({ type: 'launch' }, [
      'broke ground',
      'groundbreaking ceremony',
      'started operating',
      'began commercial operation',
      'opened to traffic',
      'sent aloft'
    ]),
    examples({ type: 'closure' }, ['closure of the border', 'closure of checkpoints', 'shutdown of the plant']),
    examples({ type: 'trade_measure' }, [
      'imposed tariffs',
      'imposed a 20% tariff',
      'banned rice exports',
      'became subject to fresh retaliatory tariffs'
    ]),
    examples({ type: 'trade_measure', cameo: '085' }, ['lifted the ban', 'cut import duties', 'approved imports of'])
  ],
  inContext: [
    {
      text: 'Vinamilk also almost tripled its investment in GTNFoods to VND1.48 trillion.',
      finds: [{ quote: 'tripled its investment', value: { type: 'investment' } }]
    },
    { text: 'Samsung invested $2 billion in a new plant in Thai Nguyen.', finds: [{ quote: 'invested', value: { type: 'investment' } }] },
    {
      text: 'The acquisition of Highlands Coffee was completed in 2012.',
      finds: [{ quote: 'acquisition of', value: { type: 'investment' } }]
    },
    { text: 'JFC acquired a 70% stake in Tim Ho Wan in 2022.', finds: [{ quote: 'acquired', value: { type: 'investment' } }] },
    {
      text: 'The Malaysian Investment Development Authority approved investments worth RM190.3 billion.',
      finds: [{ quote: 'approved investments', value: { type: 'investment' } }]
    },
    {
      text: 'A total of 3,567 projects were approved in the period.',
      finds: [{ quote: 'projects were approved', value: { type: 'investment' } }]
    },
    { text: 'The company opened 120 new stores in the first half.', finds: [{ quote: 'opened', value: { type: 'launch' } }] },
    {
      text: 'Several coal-fired power plants started operating last year.',
      finds: [{ quote: 'started operating', value: { type: 'launch' } }]
    },
    { text: 'Construction of the first phase began in September 2017.', finds: [{ quote: 'began', value: { type: 'launch' } }] },
    { text: 'The expressway was opened to traffic in April 2022.', finds: [{ quote: 'was opened to traffic', value: { type: 'launch' } }] },
    {
      text: 'The prime minister has set up a government negotiation team.',
      finds: [{ quote: 'set up a government negotiation team', value: { type: 'launch' } }]
    },
    { text: 'Isro lofts India’s sharp eye into orbit.', finds: [{ quote: 'lofts', value: { type: 'launch' } }] },
    { text: 'India sent aloft its sharp eye for the skies.', finds: [{ quote: 'sent aloft', value: { type: 'launch' } }] },
    {
      text: 'Checkpoints have been shut since June 7, stopping people from crossing.',
      finds: [{ quote: 'have been shut', value: { type: 'closure' } }]
    },
    { text: 'Thailand closed the border with Cambodia.', finds: [{ quote: 'closed', value: { type: 'closure' } }] },
    {
      text: 'The US imposed a 46% tariff on Vietnamese goods.',
      finds: [{ quote: 'imposed a 46% tariff', value: { type: 'trade_measure' } }]
    },
    { text: 'India banned rice exports last year.', finds: [{ quote: 'banned rice exports', value: { type: 'trade_measure' } }] },
    {
      text: 'China approved imports of fresh durian in 2022.',
      finds: [{ quote: 'approved imports of', value: { type: 'trade_measure', cameo: '085' } }]
    },
    { text: 'Eight component projects were launched in 2019.', finds: [{ quote: 'were launched', value: { type: 'launch' } }] },
    { text: 'They attended the inauguration of the new terminal.', finds: [{ quote: 'inauguration of', value: { type: 'launch' } }] },
    { text: 'An export ban on rice was imposed.', finds: [{ quote: 'export ban', value: { type: 'trade_measure' } }] },
    {
      text: 'The provincial people’s committee granted an investment certificate for the expansion.',
      finds: [{ quote: 'granted an investment certificate', value: { type: 'investment' } }]
    },
    { text: 'Vietnam puts into operation a new airport terminal', finds: [{ quote: 'puts into operation', value: { type: 'launch' } }] },
    { text: 'Samsung halts production at its Bac Ninh factory', finds: [{ quote: 'halts production', value: { type: 'closure' } }] },
    { text: 'Several textile firms have shut their factories in Dong Nai.', finds: [{ quote: 'shut', value: { type: 'closure' } }] },
    { text: 'The metro line opened to passengers on Thursday.', finds: [{ quote: 'opened to passengers', value: { type: 'launch' } }] },
    {
      text: 'Exporters said the ban, imposed in July, had disrupted supply.',
      finds: [{ quote: 'imposed', value: { type: 'trade_measure' } }]
    }
  ],
  negative: [
    'The firm halted its share buyback.',
    'Production halts are expected next year.',
    'Foreign investment rose 10 percent.',
    'The plant will start operating next year.',
    'Investors are expected to pour more money into the market.',
    'The coffee was shipped to 80 countries.',
    'Exporters have been hit by tariffs.',
    'Every one of the foreign satellites was put into orbit at 504 km.',
    'The mission took Isro past 270 foreign satellites placed in orbit.',
    'The US now levies 20% on Vietnamese goods.',
    'Vietnam plans to complete the expressway by 2021.'
  ]
}
