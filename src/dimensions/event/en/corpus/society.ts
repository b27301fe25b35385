import { examples } from '../../../corpus.js'
import type { CorpusPart } from '../../types.js'

export const society: CorpusPart = {
  examples: [
    examples({ type: 'protest' }, ['protests', 'protested', 'demonstrations']),
    examples({ type: 'protest', cameo: '143' }, ['went on strike', 'staged a strike']),
    examples({ type: 'death' }, ['passed away']),
    examples({ type: 'celebration' }, ['celebrated the 50th', 'marked the anniversary'])
  ],
  inContext: [
    { text: 'Measles deaths top 40 in the southern region', finds: [{ quote: 'deaths', value: { type: 'death' } }] },
    { text: 'Soldiers recovered seven bodies from the collapsed mine shaft.', finds: [{ quote: 'recovered', value: { type: 'death' } }] },
    {
      text: 'The walkout, which started at dawn, stopped buses across the city.',
      finds: [{ quote: 'walkout', value: { type: 'protest' } }]
    },
    {
      text: 'The deaths of four fishermen off Ly Son island were confirmed on Sunday.',
      finds: [{ quote: 'deaths', value: { type: 'death' } }]
    },
    {
      text: 'Inspectors blamed a faulty gas line for the deadly blast at the market.',
      finds: [{ quote: 'deadly blast', value: { type: 'disaster' } }]
    },
    {
      text: 'Dozens of villages in the highlands were flattened by the earthquake.',
      finds: [{ quote: 'were flattened', value: { type: 'disaster' } }]
    },
    {
      text: 'The storm moved north. Coastal towns were lashed by Kalmaegi overnight.',
      finds: [{ quote: 'were lashed', value: { type: 'disaster' } }]
    },
    {
      text: 'The sudden collapse of the Van Hoa suspension bridge injured eight people.',
      finds: [{ quote: 'collapse of', value: { type: 'disaster' } }]
    },
    { text: 'Some 40 miners are now confirmed dead.', finds: [{ quote: 'dead', value: { type: 'death' } }] },
    { text: 'The outbreak spread fast, with 85 children dying in a month.', finds: [{ quote: 'dying', value: { type: 'death' } }] },
    {
      text: 'Days of torrential rain set off flash floods across the north.',
      finds: [{ quote: 'torrential rain', value: { type: 'disaster' } }]
    },
    {
      text: 'The ministry said the country had lost 152 lives to natural disasters this year.',
      finds: [{ quote: 'lost', value: { type: 'death' } }]
    },
    {
      text: 'A crowded bus skidded off a mountain highway.',
      finds: [{ quote: 'bus skidded', value: { type: 'disaster' } }]
    },
    {
      text: 'A landslide swept two buses into the river.',
      finds: [{ quote: 'landslide', value: { type: 'disaster' } }]
    },
    {
      text: 'Typhoon Kalmaegi brought heavy rain and strong winds to central Vietnam.',
      finds: [{ quote: 'Typhoon Kalmaegi', value: { type: 'disaster' } }]
    },
    { text: 'Flooding in Assam has displaced 400,000 people.', finds: [{ quote: 'Flooding', value: { type: 'disaster' } }] },
    {
      text: 'Wildfires have burned 5,000 hectares in northern Thailand.',
      finds: [{ quote: 'Wildfires', value: { type: 'disaster' } }]
    },
    { text: 'The toll climbed to 48 as rescuers reached remote villages.', finds: [{ quote: 'toll', value: { type: 'death' } }] },
    { text: 'Nine fatalities were reported in Yen Bai province.', finds: [{ quote: 'fatalities', value: { type: 'death' } }] },
    { text: 'A police officer was shot dead in Karachi.', finds: [{ quote: 'dead', value: { type: 'death' } }] },
    { text: 'The Taal volcano erupted on Sunday.', finds: [{ quote: 'volcano', value: { type: 'disaster' } }] },
    {
      text: 'The ministry backed down in response to protests by farmers.',
      finds: [{ quote: 'protests', value: { type: 'protest' } }]
    },
    {
      text: 'Hundreds of workers gathered outside the factory to demand unpaid wages.',
      finds: [{ quote: 'gathered', value: { type: 'protest' } }]
    },
    {
      text: 'Thousands attended the Hung Kings Temple Festival in Phu Tho.',
      finds: [{ quote: 'attended', value: { type: 'celebration' } }]
    },
    { text: 'Three firefighters died in the blaze.', finds: [{ quote: 'died', value: { type: 'death' } }] },
    {
      text: 'A firefighter succumbed to his injuries in hospital on Sunday.',
      finds: [{ quote: 'succumbed', value: { type: 'death' } }]
    },
    {
      text: 'The wooden vessel, the KM Bahari Jaya, sank about an hour after leaving port.',
      finds: [{ quote: 'sank', value: { type: 'disaster' } }]
    },
    {
      text: 'She was admitted to a hospital in Phnom Penh, where she died on Monday.',
      finds: [{ quote: 'died', value: { type: 'death' } }]
    },
    {
      text: 'Workers blocked the highway to demand back pay.',
      finds: [{ quote: 'blocked', value: { type: 'protest' } }]
    },
    {
      text: 'Transport operators boycotted the new rules.',
      finds: [{ quote: 'boycotted', value: { type: 'protest', cameo: '143' } }]
    },
    { text: 'Floods wreak havoc in northern Vietnam', finds: [{ quote: 'Floods', value: { type: 'disaster' } }] },
    { text: 'Thousands rally in Bangkok against government', finds: [{ quote: 'rally', value: { type: 'protest' } }] },
    { text: 'Workers strike over unpaid wages', finds: [{ quote: 'strike', value: { type: 'protest' } }] },
    { text: 'A truck rammed into a bus in Binh Thuan.', finds: [{ quote: 'truck rammed', value: { type: 'disaster' } }] },
    {
      text: 'The blast killed a soldier and two civilians.',
      finds: [
        { quote: 'blast', value: { type: 'disaster' } },
        { quote: 'killed', value: { type: 'death' } }
      ]
    },
    {
      text: 'A 9-year-old boy from Kampot province has died of H5N1 bird flu, the ministry said.',
      finds: [{ quote: 'died', value: { type: 'death' } }]
    },
    {
      text: 'Landslides claimed 14 lives in the mountain district.',
      finds: [
        { quote: 'Landslides', value: { type: 'disaster' } },
        { quote: 'claimed', value: { type: 'death' } }
      ]
    },
    { text: 'The farmer died on Sunday in hospital.', finds: [{ quote: 'died', value: { type: 'death' } }] },
    { text: 'Three miners were confirmed dead on Friday.', finds: [{ quote: 'dead', value: { type: 'death' } }] },
    {
      text: 'Bus plunges into ravine in Nepal, killing 9',
      finds: [
        { quote: 'Bus plunges', value: { type: 'disaster' } },
        { quote: 'killing', value: { type: 'death' } }
      ]
    },
    {
      text: 'The collision killed four people near Hue.',
      finds: [
        { quote: 'collision', value: { type: 'disaster' } },
        { quote: 'killed', value: { type: 'death' } }
      ]
    },
    { text: 'A gas explosion ripped through a restaurant in the capital.', finds: [{ quote: 'explosion', value: { type: 'disaster' } }] },
    { text: 'A stampede occurred at the temple gate.', finds: [{ quote: 'stampede', value: { type: 'disaster' } }] },
    {
      text: 'The lantern festival, which opened on Friday, drew 50,000 visitors.',
      finds: [{ quote: 'festival', value: { type: 'celebration' } }]
    },
    { text: 'Celebrations kicked off in Colombo on Monday.', finds: [{ quote: 'Celebrations', value: { type: 'celebration' } }] },
    {
      text: 'The city commemorated the victims of the massacre on Monday.',
      finds: [{ quote: 'commemorated', value: { type: 'celebration' } }]
    },
    {
      text: 'Residents observed a minute of silence at noon.',
      finds: [{ quote: 'observed a minute of silence', value: { type: 'celebration' } }]
    },
    { text: 'Dock workers downed tools on Tuesday over unpaid wages.', finds: [{ quote: 'downed tools', value: { type: 'protest' } }] },
    {
      text: 'In 2002, a fire at the trade centre in Ho Chi Minh City killed 60 people.',
      finds: [
        { quote: 'fire', value: { type: 'disaster' } },
        { quote: 'killed', value: { type: 'death' } }
      ]
    },
    // A hazard that kills trees, not people: a disaster and no death.
    {
      text: 'Saltwater intrusion killed thousands of durian trees.',
      finds: [{ quote: 'Saltwater intrusion', value: { type: 'disaster' } }]
    },
    { text: 'Floods swamp Luzon as the storm moves west.', finds: [{ quote: 'Floods', value: { type: 'disaster' } }] },
    {
      text: 'Floods and landslides unleashed by Tropical Storm Trami killed 85 people.',
      finds: [
        { quote: 'Floods and landslides', value: { type: 'disaster' } },
        { quote: 'killed', value: { type: 'death' } }
      ]
    },
    { text: 'Trami, known locally as Kristine, slammed into Isabela province.', finds: [{ quote: 'Trami', value: { type: 'disaster' } }] },
    {
      text: 'Heavy rains and a hailstorm damaged 1,200 hectares of orchards.',
      finds: [{ quote: 'Heavy rains and a hailstorm', value: { type: 'disaster' } }]
    },
    { text: 'Most of the victims drowned in Batangas province.', finds: [{ quote: 'drowned', value: { type: 'death' } }] },
    { text: 'Five Chinese nationals were killed in the attack.', finds: [{ quote: 'killed', value: { type: 'death' } }] },
    { text: "In 2022, protesters stormed the president's residence.", finds: [{ quote: 'protesters', value: { type: 'protest' } }] },
    {
      text: 'Traders observed a shutter-down strike on Wednesday.',
      finds: [{ quote: 'observed a shutter-down strike', value: { type: 'protest', cameo: '143' } }]
    },
    {
      text: 'Residents celebrated the Lunar New Year on the flower street.',
      finds: [{ quote: 'celebrated the Lunar New Year', value: { type: 'celebration' } }]
    },
    {
      text: 'Hue held its biennial Festival from June 7 to 12, 2024.',
      finds: [{ quote: 'held its biennial Festival', value: { type: 'celebration' } }]
    },
    {
      text: 'Vietnam and India marked 50 years of diplomatic relations in 2022.',
      finds: [{ quote: 'marked 50 years of', value: { type: 'celebration' } }]
    },
    {
      text: 'Typhoon Yagi kills more in Vietnam.',
      finds: [
        { quote: 'Typhoon Yagi', value: { type: 'disaster' } },
        { quote: 'kills', value: { type: 'death' } }
      ]
    },
    { text: 'Yagi battered the northern provinces.', finds: [{ quote: 'Yagi', value: { type: 'disaster' } }] },
    { text: 'Floods that have swamped vast tracts of land.', finds: [{ quote: 'Floods', value: { type: 'disaster' } }] },
    {
      text: 'In Hainan, which the typhoon hit on Sept. 7, four people died.',
      finds: [
        { quote: 'typhoon', value: { type: 'disaster' } },
        { quote: 'died', value: { type: 'death' } }
      ]
    },
    { text: 'Torrential rain set off floods and landslides.', finds: [{ quote: 'Torrential rain', value: { type: 'disaster' } }] },
    { text: 'The Phong Chau Bridge gave way on Monday.', finds: [{ quote: 'Bridge gave way', value: { type: 'disaster' } }] },
    {
      text: 'Heavy rain, floods and landslides killed 20 people.',
      finds: [
        { quote: 'Heavy rain, floods and landslides', value: { type: 'disaster' } },
        { quote: 'killed', value: { type: 'death' } }
      ]
    },
    { text: 'Confirmed deaths have reached 127.', finds: [{ quote: 'deaths', value: { type: 'death' } }] },
    { text: 'Authorities recorded 37 new deaths and 92 injuries.', finds: [{ quote: 'new deaths', value: { type: 'death' } }] },
    { text: 'Cao Bang suffered losses, with 19 people killed.', finds: [{ quote: 'killed', value: { type: 'death' } }] },
    { text: 'With 37 more people dead, the toll climbed.', finds: [{ quote: 'dead', value: { type: 'death' } }] },
    { text: 'Jakarta saw a string of protests by supporters.', finds: [{ quote: 'protests', value: { type: 'protest' } }] },
    { text: 'Protesters gathered outside the office.', finds: [{ quote: 'Protesters', value: { type: 'protest' } }] },
    { text: 'The death toll rose to 127.', finds: [{ quote: 'death toll', value: { type: 'death' } }] },
    {
      text: 'The blast left at least 12 people dead.',
      finds: [
        { quote: 'left', value: { type: 'death' } },
        { quote: 'dead', value: { type: 'death' } }
      ]
    },
    {
      text: 'Vietnam held a ceremony on Sunday to mark the 70th anniversary of the victory.',
      finds: [{ quote: 'held a ceremony', value: { type: 'celebration' } }]
    },
    {
      text: 'A magnitude 6.1 earthquake jolted northern Sumatra, claiming the lives of three villagers.',
      finds: [
        { quote: 'earthquake', value: { type: 'disaster' } },
        { quote: 'claiming the lives of', value: { type: 'death' } }
      ]
    },
    {
      text: 'Thousands of farmers marched to New Delhi demanding crop prices.',
      finds: [{ quote: 'marched to', value: { type: 'protest' } }]
    },
    {
      text: 'Opposition lawmakers staged a walkout in protest.',
      finds: [{ quote: 'staged a walkout', value: { type: 'protest', cameo: '143' } }]
    },
    {
      text: 'Landslides kill 12 in West Sumatra after days of rain.',
      finds: [
        { quote: 'Landslides', value: { type: 'disaster' } },
        { quote: 'kill', value: { type: 'death' } }
      ]
    },
    {
      text: 'In 2020, floods in central Vietnam killed more than 200 people.',
      finds: [
        { quote: 'floods', value: { type: 'disaster' } },
        { quote: 'killed', value: { type: 'death' } }
      ]
    },
    {
      text: 'The Red River burst its banks overnight, swamping 300 homes.',
      finds: [{ quote: 'burst its banks', value: { type: 'disaster' } }]
    },
    { text: 'A dam burst in Attapeu province on Monday.', finds: [{ quote: 'dam burst', value: { type: 'disaster' } }] },
    {
      text: 'An earthquake of magnitude 5.8 jolted northern Laos on Sunday.',
      finds: [{ quote: 'earthquake', value: { type: 'disaster' } }]
    },
    {
      text: 'A fire at a garment factory in Dhaka killed 17 workers.',
      finds: [
        { quote: 'fire', value: { type: 'disaster' } },
        { quote: 'killed', value: { type: 'death' } }
      ]
    },
    {
      text: 'A bus carrying 40 pilgrims plunged into a gorge in Kashmir.',
      finds: [{ quote: 'bus carrying 40 pilgrims plunged', value: { type: 'disaster' } }]
    },

    {
      text: 'Sri Lanka tea workers strike over pay, estates idle',
      finds: [{ quote: 'strike', value: { type: 'protest', cameo: '143' } }]
    },
    { text: 'The strike entered its third day on Friday.', finds: [{ quote: 'strike', value: { type: 'protest', cameo: '143' } }] },
    {
      text: 'Thousands of bus drivers walked off the job in Jakarta.',
      finds: [{ quote: 'walked off the job', value: { type: 'protest', cameo: '143' } }]
    },
    { text: 'One firefighter died in the blaze.', finds: [{ quote: 'died', value: { type: 'death' } }] },
    { text: 'Five bodies were found dead in the river.', finds: [{ quote: 'dead', value: { type: 'death' } }] },
    { text: 'Habibie, 83, died on Wednesday in Jakarta.', finds: [{ quote: 'died', value: { type: 'death' } }] },
    {
      text: 'Thailand held a state funeral for the former prime minister on Sunday.',
      finds: [{ quote: 'held a state funeral', value: { type: 'celebration' } }]
    },
    {
      text: 'Crowds packed the riverbank for the Lantern Festival on Saturday night.',
      finds: [{ quote: 'Lantern Festival', value: { type: 'celebration' } }]
    },
    { text: 'Town marks Lantern Festival with fireworks', finds: [{ quote: 'marks Lantern Festival', value: { type: 'celebration' } }] },
    {
      text: 'Dock workers walked off the job and blocked the terminal gates to demand higher wages.',
      finds: [{ quote: 'walked off the job', value: { type: 'protest' } }]
    }
  ],
  negative: [
    'A deadly storm is forecast to hit the coast on Friday.',
    'Rising prices forced the bank to raise rates.',
    'The expressway toll rose to 50,000 dong per trip.',
    'Officials said the toll could rise further.',
    'Erratic monsoon rains hit output last year.',
    'The volcano is a popular tourist site.',
    'Families gathered outside the hospital to wait for news.',
    'The market nearly succumbed to panic selling.',
    'The plan, the third this year, sank without trace.',
    'A landslide blocked the highway on Monday.',
    'Stocks rally in Asia on rate cut hopes.',
    'The lawmakers killed the bill.',
    'The stock market crash hit investors hard.',
    'Bus crashes are common on mountain roads.',
    'The signing ceremony took place in Hanoi.',
    'The plan died in parliament.',
    'No one died of the disease last year.',
    'The workers were found dead-tired after the shift.',
    'Storm damage was estimated at US$20 million.',
    'Floods are common in the Mekong Delta during the rainy season.',
    'The disease claimed the lives of none.',
    'The ceremony hall was held up by builders.',
    'People were killed by the storm itself.',
    'No deaths were reported.',
    'Children form the hardest-hit group among dengue deaths (40%).',
    'The storm left 26 people missing.',
    'Children form the hardest-hit group.',
    'Stocks crashed on Monday.',
    'The ministry lodged a protest note.',
    'Rivers may burst their banks if the rain continues.',
    'The vaccine could kill 99 percent of the virus.',
    'Floods in the delta are common in October.',
    'Oil prices fell sharply on Monday.',

    'No strike has been called.',
    'Nobody died in the crash.',
    'It dies down by evening.',
    'The funeral will be held on Monday.',
    'Unions threatened to strike over pay.',
    "The Lantern Festival is a highlight of the town's year."
  ]
}
