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
      text: 'The port, commissioned in 2018, handles a million containers a year.',
      finds: [{ quote: 'commissioned', value: { type: 'launch' } }]
    },
    {
      text: 'Safeguard levies on aluminium sheets from two suppliers have been imposed by the trade ministry.',
      finds: [{ quote: 'have been imposed', value: { type: 'trade_measure' } }]
    },
    { text: 'The ban on cement exports was lifted in May.', finds: [{ quote: 'was lifted', value: { type: 'trade_measure' } }] },
    {
      text: 'With the crossing at Moc Bai closed since Monday, trucks queued for kilometres.',
      finds: [{ quote: 'closed', value: { type: 'closure' } }]
    },
    { text: 'Output rose, with two new gas turbines coming on stream.', finds: [{ quote: 'coming on stream', value: { type: 'launch' } }] },
    { text: 'Toyota opens $90 mln assembly plant in Vinh Phuc', finds: [{ quote: 'opens', value: { type: 'launch' } }] },
    {
      text: 'Jollibee bought the remaining 20% of Smashburger for $100 million.',
      finds: [{ quote: 'bought', value: { type: 'investment' } }]
    },
    {
      text: 'The airline started flights between Da Nang and Bangalore.',
      finds: [{ quote: 'started', value: { type: 'launch' } }]
    },
    {
      text: 'Malaysia approves RM190bn investments in first half',
      finds: [{ quote: 'approves RM190bn investments', value: { type: 'investment' } }]
    },
    {
      text: 'MIDA approved RM190.3 billion worth of investments in the first half.',
      finds: [{ quote: 'approved RM190.3 billion worth of investments', value: { type: 'investment' } }]
    },
    {
      text: 'The province gave the green light to 12 investment projects.',
      finds: [{ quote: 'gave the green light to 12 investment', value: { type: 'investment' } }]
    },
    { text: 'The company ceased operations last year.', finds: [{ quote: 'ceased operations', value: { type: 'closure' } }] },
    { text: 'The bank shuttered 40 branches.', finds: [{ quote: 'shuttered', value: { type: 'closure' } }] },
    { text: 'The project was put into use in 2023.', finds: [{ quote: 'was put into use', value: { type: 'launch' } }] },
    {
      text: 'The new terminal welcomed its first passengers on Sunday.',
      finds: [{ quote: 'welcomed its first passengers', value: { type: 'launch' } }]
    },
    { text: 'The resort suspended operations after the typhoon.', finds: [{ quote: 'suspended operations', value: { type: 'closure' } }] },
    { text: 'China resumed imports of Vietnamese durian.', finds: [{ quote: 'resumed imports of', value: { type: 'trade_measure' } }] },
    {
      text: 'Work began on the $10 billion Lao Cai-Hanoi-Hai Phong railway on Friday.',
      finds: [{ quote: 'began', value: { type: 'launch' } }]
    },
    {
      text: "The Hanoi metro's elevated section opened on August 8, 2024.",
      finds: [{ quote: 'opened', value: { type: 'launch' } }]
    },
    {
      text: 'The Tan Thanh border gate was temporarily closed after the outbreak.',
      finds: [{ quote: 'was temporarily closed', value: { type: 'closure' } }]
    },
    { text: "Japan's Aeon took over a local supermarket chain.", finds: [{ quote: 'took over', value: { type: 'investment' } }] },
    { text: 'The bank went bankrupt in 2022.', finds: [{ quote: 'went bankrupt', value: { type: 'closure' } }] },
    {
      text: 'The airline filed for bankruptcy protection last week.',
      finds: [{ quote: 'filed for bankruptcy', value: { type: 'closure' } }]
    },
    {
      text: 'Workers gathered after their Chinese-owned factory abruptly closed, union leaders said.',
      finds: [{ quote: 'closed', value: { type: 'closure' } }]
    },
    {
      text: 'Authorities launched a vaccination campaign for poultry in Takeo on Thursday.',
      finds: [{ quote: 'launched', value: { type: 'launch' } }]
    },
    {
      text: 'The $500 million plant in Thoothukudi, which has a capacity of 50,000 vehicles, was opened by the chief minister.',
      finds: [{ quote: 'was opened', value: { type: 'launch' } }]
    },
    { text: 'Construction starts on Long Thanh airport', finds: [{ quote: 'starts', value: { type: 'launch' } }] },
    { text: 'The 500 MW plant came online in 2020.', finds: [{ quote: 'came online', value: { type: 'launch' } }] },
    {
      text: 'Vietnamese shrimp became subject to anti-dumping duties.',
      finds: [{ quote: 'became subject to anti-dumping duties', value: { type: 'trade_measure' } }]
    },
    { text: 'The ban on exports was imposed in July.', finds: [{ quote: 'was imposed', value: { type: 'trade_measure' } }] },
    { text: 'The retailer closed two malls in Hanoi.', finds: [{ quote: 'closed', value: { type: 'closure' } }] },
    { text: 'ThaiBev acquired a further 12 per cent stake in Sabeco.', finds: [{ quote: 'acquired', value: { type: 'investment' } }] },
    { text: 'ThaiBev first bought into Sabeco in December 2017.', finds: [{ quote: 'bought into', value: { type: 'investment' } }] },
    {
      text: 'The board gave the green light to 1,820 projects worth 720 billion baht.',
      finds: [{ quote: 'gave the green light to 1,820 projects', value: { type: 'investment' } }]
    },
    {
      text: "Thailand's BOI approves record 720 billion baht in investment pledges.",
      finds: [{ quote: 'approves record 720 billion baht in investment', value: { type: 'investment' } }]
    },
    { text: 'The anti-graft body launched a new complaints portal.', finds: [{ quote: 'launched', value: { type: 'launch' } }] },
    {
      text: 'Construction of the VND17.8 trillion project, which runs 53.7 km, started on June 18, 2023.',
      finds: [{ quote: 'started', value: { type: 'launch' } }]
    },
    {
      text: 'Pakistan set up a special security division in 2016.',
      finds: [{ quote: 'set up a special security division', value: { type: 'launch' } }]
    },
    { text: 'The group also shut an ageing bottling plant in Ayutthaya.', finds: [{ quote: 'shut', value: { type: 'closure' } }] },
    { text: 'The coast guard closed 28 ports, stranding passengers.', finds: [{ quote: 'closed', value: { type: 'closure' } }] },
    {
      text: 'Schools and government offices in the capital region were shut for two days.',
      finds: [{ quote: 'were shut', value: { type: 'closure' } }]
    },
    {
      text: 'Rain forced the closure of two tunnels on the river.',
      finds: [{ quote: 'closure of two tunnels', value: { type: 'closure' } }]
    },
    {
      text: 'India scraps export duty on parboiled rice.',
      finds: [{ quote: 'scraps export duty', value: { type: 'trade_measure', cameo: '085' } }]
    },
    {
      text: 'India abolished the 10 per cent export duty on parboiled rice.',
      finds: [{ quote: 'abolished the 10 per cent export duty', value: { type: 'trade_measure', cameo: '085' } }]
    },
    {
      text: 'The government did away with the minimum export price for basmati rice.',
      finds: [{ quote: 'did away with the minimum export price', value: { type: 'trade_measure', cameo: '085' } }]
    },
    {
      text: 'China approves frozen fruit imports from Vietnam.',
      finds: [{ quote: 'approves frozen fruit imports', value: { type: 'trade_measure', cameo: '085' } }]
    },
    {
      text: 'Chinese customs granted market access to frozen durian.',
      finds: [{ quote: 'granted market access', value: { type: 'trade_measure', cameo: '085' } }]
    },
    {
      text: 'Thailand tightened checks on durian shipments in March.',
      finds: [{ quote: 'tightened checks', value: { type: 'trade_measure' } }]
    },
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
    },
    { text: 'The central bank pumped liquidity into the banking system.', finds: [] },
    { text: 'Bamboo Airways resumed flights between Hanoi and Con Dao.', finds: [{ quote: 'resumed', value: { type: 'launch' } }] },
    {
      text: 'The expressway opens to traffic after three years of work',
      finds: [{ quote: 'opens to traffic', value: { type: 'launch' } }]
    },
    {
      text: 'India sets minimum export price for onions',
      finds: [{ quote: 'sets minimum export price', value: { type: 'trade_measure' } }]
    },
    {
      text: 'Jakarta lifted a ban on coal exports that it imposed in January 2022.',
      finds: [
        { quote: 'lifted a ban', value: { type: 'trade_measure', cameo: '085' } },
        { quote: 'imposed', value: { type: 'trade_measure' } }
      ]
    },
    {
      text: 'Koreans poured $2.5 billion into Vietnam in the first eight months.',
      finds: [{ quote: 'poured', value: { type: 'investment' } }]
    },
    {
      text: 'The developer launched P45 billion worth of new housing projects.',
      finds: [{ quote: 'launched', value: { type: 'launch' } }]
    },
    {
      text: 'The premier inaugurated the final section of the coastal road.',
      finds: [{ quote: 'inaugurated', value: { type: 'launch' } }]
    },
    { text: 'The first section of the line was opened in June.', finds: [{ quote: 'was opened', value: { type: 'launch' } }] },
    { text: 'Commercial services on the line began a month later.', finds: [{ quote: 'began', value: { type: 'launch' } }] },
    {
      text: 'The bridge, which opened to road traffic in 2022, carries 20,000 vehicles a day.',
      finds: [{ quote: 'opened to road traffic', value: { type: 'launch' } }]
    },
    {
      text: 'India barred imports of garments through land ports.',
      finds: [{ quote: 'barred imports', value: { type: 'trade_measure' } }]
    },
    {
      text: 'The board approved incentives for 1,200 projects worth 330 billion baht.',
      finds: [{ quote: 'approved incentives for 1,200 projects', value: { type: 'investment' } }]
    },
    { text: "Indonesia's ban on coal exports rattled buyers in Japan.", finds: [{ quote: 'ban on', value: { type: 'trade_measure' } }] },
    { text: 'The chain opened its 1,500th store in Manila.', finds: [{ quote: 'opened', value: { type: 'launch' } }] },
    {
      text: 'Projects worth RM10.5 billion were approved in May.',
      finds: [{ quote: 'Projects worth RM10.5 billion were approved', value: { type: 'investment' } }]
    },
    {
      text: 'Masan sold a 25 percent stake in its retail unit to a Thai investor.',
      finds: [{ quote: 'sold', value: { type: 'investment' } }]
    },

    {
      text: 'Two Thai lenders agreed to merge in a deal worth $2 billion.',
      finds: [{ quote: 'agreed to merge', value: { type: 'investment' } }]
    },
    { text: 'The carmaker unveiled two electric SUVs in Jakarta.', finds: [{ quote: 'unveiled', value: { type: 'launch' } }] },
    { text: 'Dozens of factories shut on Monday.', finds: [{ quote: 'shut', value: { type: 'closure' } }] },
    {
      text: 'More than 60 factories suspended production in Gazipur.',
      finds: [{ quote: 'suspended production', value: { type: 'closure' } }]
    },
    {
      text: 'Intel announced an additional $475 million investment in its Ho Chi Minh City plant.',
      finds: [{ quote: 'announced', value: { type: 'investment' } }]
    },
    {
      text: "South Korea's Hyosung committed $1.5 billion to a new plant in Ba Ria-Vung Tau.",
      finds: [{ quote: 'committed', value: { type: 'investment' } }]
    },
    {
      text: 'The US firm registered an additional $500 million for its facility in Bac Ninh.',
      finds: [{ quote: 'registered an additional ', value: { type: 'investment' } }]
    },
    {
      text: "Japan's Sumitomo took a 49% stake in the port project.",
      finds: [{ quote: 'took a 49% stake in', value: { type: 'investment' } }]
    },
    {
      text: 'Foxconn gets licence for $383m plant',
      finds: [{ quote: 'gets licence', value: { type: 'investment' } }]
    },
    {
      text: 'The Prime Minister inaugurated the Rach Mieu 2 Bridge on Tuesday.',
      finds: [{ quote: 'inaugurated', value: { type: 'launch' } }]
    },
    {
      text: 'Chinh pressed the button to inaugurate the 500kV transmission line.',
      finds: [{ quote: 'inaugurate', value: { type: 'launch' } }]
    },
    {
      text: 'Modi laid the foundation stone for a new airport in Navi Mumbai.',
      finds: [{ quote: 'laid the foundation stone', value: { type: 'launch' } }]
    },
    {
      text: 'The solar farm was commissioned last year.',
      finds: [{ quote: 'was commissioned', value: { type: 'launch' } }]
    },
    {
      text: 'The government started work on the Bien Hoa-Vung Tau expressway on Sunday.',
      finds: [{ quote: 'started work on', value: { type: 'launch' } }]
    },
    {
      text: 'The government slashed import tariffs on rice to 15 per cent.',
      finds: [{ quote: 'slashed import tariffs', value: { type: 'trade_measure' } }]
    },
    {
      text: 'China lifted its suspension on Vietnamese durian imports.',
      finds: [{ quote: 'lifted its suspension', value: { type: 'trade_measure' } }]
    },
    {
      text: 'Hyundai ploughed $1 billion into its Indian plant.',
      finds: [{ quote: 'ploughed', value: { type: 'investment' } }]
    },
    {
      text: 'Aeon opened its first shopping mall in Hanoi.',
      finds: [{ quote: 'opened', value: { type: 'launch' } }]
    },
    {
      text: 'The US hiked tariffs on Indian steel to 50 per cent.',
      finds: [{ quote: 'hiked tariffs', value: { type: 'trade_measure' } }]
    },
    {
      text: 'India reinstated its export duty on onions.',
      finds: [{ quote: 'reinstated its export duty', value: { type: 'trade_measure' } }]
    },
    {
      text: 'Washington announced a 90-day pause on reciprocal tariffs.',
      finds: [{ quote: 'announced a 90-day pause on', value: { type: 'trade_measure' } }]
    },
    {
      text: 'The province handed investment certificates to six projects on Friday.',
      finds: [{ quote: 'handed investment certificates', value: { type: 'investment' } }]
    },
    {
      text: "In 2023, the DOC revoked the anti-dumping order for the country's largest shrimp exporter.",
      finds: [{ quote: 'revoked the anti-dumping order', value: { type: 'trade_measure' } }]
    },
    {
      text: 'Modi dedicated to the nation a 660-MW thermal unit in Uttar Pradesh.',
      finds: [{ quote: 'dedicated to the nation', value: { type: 'launch' } }]
    },
    {
      text: 'The government launched the National Green Hydrogen Mission in January 2023.',
      finds: [{ quote: 'launched', value: { type: 'launch' } }]
    },
    {
      text: 'The insurer announced it agreed to acquire a 30% stake in a regional lender.',
      finds: [{ quote: 'agreed to acquire', value: { type: 'investment' } }]
    },
    { text: 'Lotus Group buys half of Thai snack maker', finds: [{ quote: 'buys half of', value: { type: 'investment' } }] },
    {
      text: 'The mills in the northern province, which supply yarn to exporters, were shut on Monday.',
      finds: [{ quote: 'were shut', value: { type: 'closure' } }]
    },
    {
      text: 'Thailand removed a 5% export duty on cassava this week.',
      finds: [{ quote: 'removed a 5% export duty', value: { type: 'trade_measure' } }]
    },
    {
      text: 'The developer completed a 50-megawatt wind farm in the province last month.',
      finds: [{ quote: 'completed', value: { type: 'launch' } }]
    }
  ],
  negative: [
    'The launch of the weather satellite has been postponed to next year.',
    'The index began the week at 1,250 points.',
    'The company owns the remaining 20% of the joint venture.',
    'Shares closed at VND20,000.',
    'Indian companies have invested about $2 billion in Vietnam.',
    'The ministry suspended the export codes of seven facilities.',
    'The store opens at 9am every day.',
    'Work began to slow in the second half.',
    'He took over a role at the bank.',
    'The firm could go bankrupt if sales fall.',
    'Schools in the Kathmandu valley remained closed on Monday.',
    'The museum closed to visitors at 5pm.',
    'Police launched a crackdown on illegal mining.',
    'Trong launched a sweeping anti-corruption campaign that toppled two presidents.',
    'The hotel posted record profit this year.',
    'JFC raised its capital spending budget to P20 billion.',
    'Toyota said it would close a plant in 2025.',
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
    'Vietnam plans to complete the expressway by 2021.',
    'The bridge opened a decade after construction started.',
    'The authority said approved investments in the services sector made up 60 percent.',
    'Approved investments rose 12 percent from a year earlier.',
    'The ban on plastic bags has reduced waste.',
    'China has invested about $19 billion in CPEC projects since 2015.',
    'The company sold 2 million motorbikes last year.',

    'The ministry launched an anti-dumping probe into steel.',
    'The house was licensed as a home of four storeys.',
    'The two banks plan to merge next year.',
    'The firm will unveil two new models next month.',
    'Shares of two carmakers closed higher.',
    'The company spent three months on the report.',
    'Work on the expressway will start next year.',
    'The foundation stone of the plant is scheduled to be laid in March.',
    'Analysts said the government might slash tariffs on rice.',
    'The company plans to invest $500 million in a new plant.',
    'The firm hopes to acquire a stake in a rival.',
    'Investors bought half of the bonds on offer.'
  ]
}
