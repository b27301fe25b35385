import { examples } from '../../../corpus.js'
import type { CorpusPart } from '../../types.js'

export const diplomacy: CorpusPart = {
  examples: [
    examples({ type: 'relations_established' }, [
      'established diplomatic relations',
      'formally established their diplomatic ties',
      'diplomatic relations were established'
    ]),
    examples({ type: 'relations_upgraded' }, ['became a Comprehensive Strategic Partnership']),
    examples({ type: 'embassy_opened' }, ['opened an embassy', 'set up its Embassy', 'opening of the embassy']),
    examples({ type: 'embassy_opened', reopened: true }, ['reopened its embassy', 're-opened the embassy', 'reopening of its embassy']),
    examples({ type: 'embassy_closed' }, ['closed its embassy', 'shut down the embassy', 'withdrew its embassy', 'closure of the embassy']),
    examples({ type: 'office_opened' }, ['opened a trade office', 'established a representative office']),
    examples({ type: 'embassy_opened' }, ['set up a consulate general', 'opened a consulate']),
    examples({ type: 'negotiations_launched' }, ['officially launched negotiations', 'began talks', 'kicked off formal negotiations']),
    examples({ type: 'meeting', cameo: '046' }, ['held bilateral talks', 'held delegation-level talks', 'talks']),
    examples({ type: 'meeting' }, ['held a meeting', 'meeting']),
    examples({ type: 'visit' }, ['three-day state visit', 'official visit', 'paid a visit', 'working trip', 'week-long tour']),
    examples({ type: 'support_pledged' }, ['pledged support', 'reaffirmed its support', 'expressed strong support']),
    examples({ type: 'target_set' }, ['set a trade target', 'announced an export target', 'agreed on a target', 'agreed on a goal']),
    examples({ type: 'statement' }, ['joint statement', 'press conference', 'press briefing', 'policy statement'])
  ],
  inContext: [
    {
      text: 'The loan deal was sealed during the premier’s stop in Seoul.',
      finds: [{ quote: 'was sealed', value: { type: 'agreement_signed' } }]
    },
    {
      text: 'Relations between the two neighbours were elevated to a comprehensive strategic partnership in 2023.',
      finds: [{ quote: 'were elevated', value: { type: 'relations_upgraded' } }]
    },
    {
      text: 'Two memoranda on energy and education were also signed by the ministers.',
      finds: [{ quote: 'were also signed', value: { type: 'agreement_signed' } }]
    },
    {
      text: 'A state of emergency in the capital was declared on Monday.',
      finds: [{ quote: 'was declared', value: { type: 'statement' } }]
    },
    {
      text: 'An export target of $40 billion for the coming decade has been set by the ministry.',
      finds: [{ quote: 'has been set', value: { type: 'target_set' } }]
    },
    { text: "The group's revenue target for 2025 is VND12 trillion.", finds: [{ quote: 'target', value: { type: 'target_set' } }] },
    {
      text: "The envoy's arrival in Manila on Friday drew protests from fishermen.",
      finds: [
        { quote: 'arrival', value: { type: 'visit' } },
        { quote: 'protests', value: { type: 'protest' } }
      ]
    },
    {
      text: 'Having flown into Jakarta overnight, the foreign minister went straight to the palace.',
      finds: [{ quote: 'flown into', value: { type: 'visit' } }]
    },
    { text: 'The joint committee met here on Wednesday for its annual session.', finds: [{ quote: 'met', value: { type: 'meeting' } }] },
    { text: 'The ministry denied that a deal had been signed with the contractor.', finds: [] },
    {
      text: 'Malaysia, India upgrade ties as Modi visits Kuala Lumpur',
      finds: [
        { quote: 'upgrade ties', value: { type: 'relations_upgraded' } },
        { quote: 'visits', value: { type: 'visit' } }
      ]
    },
    {
      text: 'Modi, who arrived on Monday evening, held talks with Prime Minister Anwar Ibrahim.',
      finds: [
        { quote: 'arrived', value: { type: 'visit' } },
        { quote: 'held talks', value: { type: 'meeting' } }
      ]
    },
    {
      text: 'Vietnam and South Korea aim for $150 billion in trade by 2030.',
      finds: [{ quote: 'aim for', value: { type: 'target_set' } }]
    },
    {
      text: 'President Luong Cuong received the outgoing ambassador of Japan.',
      finds: [{ quote: 'received', value: { type: 'meeting' } }]
    },
    {
      text: 'The company plans revenue of VND20 trillion and profit of VND2 trillion this year.',
      finds: [{ quote: 'plans', value: { type: 'target_set' } }]
    },
    {
      text: 'The party said in an announcement on Monday that it would contest the vote.',
      finds: [{ quote: 'announcement', value: { type: 'statement' } }]
    },
    {
      text: 'The board approved a 2024 business plan targeting revenue of VND60 trillion.',
      finds: [{ quote: 'targeting', value: { type: 'target_set' } }]
    },
    { text: 'The two leaders targeted trade of $20 billion by 2026.', finds: [{ quote: 'targeted', value: { type: 'target_set' } }] },
    {
      text: 'The company has set its sights on revenue of $5 billion.',
      finds: [{ quote: 'has set its sights on', value: { type: 'target_set' } }]
    },
    {
      text: 'The two sides agreed to raise bilateral trade to VND500 trillion by 2030.',
      finds: [{ quote: 'agreed to raise', value: { type: 'target_set' } }]
    },
    {
      text: 'At its annual general meeting in Hanoi, shareholders approved the dividend.',
      finds: [{ quote: 'meeting', value: { type: 'meeting' } }]
    },
    {
      text: 'The ASEAN foreign ministers issued a joint communique on Friday.',
      finds: [{ quote: 'issued a joint communique', value: { type: 'statement' } }]
    },
    {
      text: 'The summit adopted the Kuala Lumpur Declaration on ASEAN 2045.',
      finds: [{ quote: 'adopted the Kuala Lumpur Declaration', value: { type: 'statement' } }]
    },
    {
      text: 'Pakistan urged Chinese companies to relocate industries to its economic zones.',
      finds: [{ quote: 'urged', value: { type: 'statement' } }]
    },
    {
      text: 'Vietnam requested that Thailand facilitate imports of its fruit.',
      finds: [{ quote: 'requested', value: { type: 'statement' } }]
    },
    {
      text: 'Prime Minister Chinh had a working session with leaders of Quang Ninh province.',
      finds: [{ quote: 'had a working session', value: { type: 'meeting' } }]
    },
    {
      text: 'Deputy PM Ha held a phone talk with the Lao deputy PM.',
      finds: [{ quote: 'held a phone talk', value: { type: 'meeting' } }]
    },
    {
      text: 'The 44th and 45th ASEAN Summits were held in Vientiane in October.',
      finds: [{ quote: 'Summits', value: { type: 'conference' } }]
    },
    { text: 'China donated 500 tonnes of rice to Laos.', finds: [{ quote: 'donated', value: { type: 'support_pledged', cameo: '070' } }] },
    { text: 'The EU granted €50 million to Myanmar refugees.', finds: [{ quote: 'granted', value: { type: 'support_pledged' } }] },
    {
      text: 'Prime Minister Pham Minh Chinh visited the site early on Wednesday.',
      finds: [{ quote: 'visited', value: { type: 'visit' } }]
    },
    {
      text: 'The launch of negotiations on the deal was announced on Friday.',
      finds: [{ quote: 'launch of negotiations', value: { type: 'negotiations_launched' } }]
    },
    {
      text: 'The prime minister hosted a reception for the visiting delegation.',
      finds: [{ quote: 'hosted a reception', value: { type: 'meeting' } }]
    },
    { text: 'ASEAN leaders gather for summit in Kuala Lumpur', finds: [{ quote: 'gather', value: { type: 'conference' } }] },
    {
      text: "Vietnam hosted the ASEAN Defence Ministers' Meeting.",
      finds: [{ quote: 'Meeting', value: { type: 'conference' } }]
    },
    { text: 'US provides US$1 million for typhoon relief', finds: [{ quote: 'provides', value: { type: 'support_pledged' } }] },
    {
      text: 'The ADB announced US$500 million in financing for the project.',
      finds: [{ quote: 'announced', value: { type: 'support_pledged' } }]
    },
    {
      text: 'The Philippines inaugurated its new embassy in Hanoi.',
      finds: [{ quote: 'inaugurated its new embassy', value: { type: 'embassy_opened' } }]
    },
    {
      text: 'Australia suspended operations at its embassy in Kyiv.',
      finds: [{ quote: 'suspended operations at its embassy', value: { type: 'embassy_closed' } }]
    },
    {
      text: 'The accord, signed by the two ministers on Monday, covers fisheries.',
      finds: [{ quote: 'signed', value: { type: 'agreement_signed' } }]
    },
    {
      text: 'Signing the agreement in Hanoi, the ministers pledged closer ties.',
      finds: [{ quote: 'Signing', value: { type: 'agreement_signed' } }]
    },
    { text: 'Korea pledges US$2 million in flood aid', finds: [{ quote: 'pledges', value: { type: 'support_pledged' } }] },
    {
      text: 'Indonesia, EU launch free trade talks',
      finds: [{ quote: 'launch free trade talks', value: { type: 'negotiations_launched' } }]
    },
    { text: 'ASEAN summit opens in Vientiane', finds: [{ quote: 'summit', value: { type: 'conference' } }] },
    { text: 'The king is visiting Vietnam this week.', finds: [{ quote: 'is visiting', value: { type: 'visit' } }] },
    { text: 'The two firms penned a deal on Monday.', finds: [{ quote: 'penned', value: { type: 'agreement_signed' } }] },
    { text: 'The summit was attended by 10 leaders.', finds: [{ quote: 'summit', value: { type: 'conference' } }] },
    { text: 'According to a statement from the ministry, exports rose.', finds: [{ quote: 'statement', value: { type: 'statement' } }] },
    {
      text: 'The government allocated VND100 billion to storm-hit provinces.',
      finds: [{ quote: 'allocated', value: { type: 'support_pledged' } }]
    },
    {
      text: 'The two countries agreed to launch negotiations on a free trade agreement.',
      finds: [{ quote: 'agreed to launch negotiations', value: { type: 'negotiations_launched' } }]
    },
    {
      text: 'The first round of talks was held in Jakarta on Monday.',
      finds: [{ quote: 'first round of talks', value: { type: 'negotiations_launched' } }]
    },
    {
      text: 'Chinh spoke by phone with his Japanese counterpart on Monday.',
      finds: [{ quote: 'spoke by phone', value: { type: 'meeting' } }]
    },
    {
      text: 'Meeting South Korean investors in Seoul, Chinh pledged to cut red tape.',
      finds: [{ quote: 'Meeting', value: { type: 'meeting' } }]
    },
    {
      text: 'The two sides upgraded bilateral ties during the visit.',
      finds: [{ quote: 'upgraded bilateral ties', value: { type: 'relations_upgraded' } }]
    },
    {
      text: 'Relations were upgraded to a Comprehensive Strategic Partnership in 2023.',
      finds: [{ quote: 'were upgraded', value: { type: 'relations_upgraded' } }]
    },
    { text: 'The summit kicked off in Vientiane on Wednesday.', finds: [{ quote: 'summit', value: { type: 'conference' } }] },
    { text: 'The forum, held in Hanoi on Tuesday, drew 500 delegates.', finds: [{ quote: 'forum', value: { type: 'conference' } }] },
    { text: 'Leaders gathered in Jakarta for the ASEAN Summit on Tuesday.', finds: [{ quote: 'Summit', value: { type: 'conference' } }] },
    {
      text: 'The city allocated US$4 million from its emergency fund to flood victims.',
      finds: [{ quote: 'allocated', value: { type: 'support_pledged' } }]
    },
    { text: 'Lam hosted his Lao counterpart in Hanoi on Monday.', finds: [{ quote: 'hosted', value: { type: 'visit' } }] },
    // A lender's programme approved: aid given, no policy adopted.
    {
      text: 'The IMF said its loan programme was approved by the board.',
      finds: [{ quote: 'approved', value: { type: 'support_pledged', cameo: '070' } }]
    },
    {
      text: 'Hun Manet was received by Prime Minister Pham Minh Chinh at the Presidential Palace.',
      finds: [{ quote: 'was received', value: { type: 'meeting' } }]
    },
    {
      text: 'The plan is backed by a US$3 billion pledge from the Asian Development Bank.',
      finds: [{ quote: 'pledge', value: { type: 'support_pledged' } }]
    },
    {
      text: 'He promised to renegotiate a bailout that the International Monetary Fund approved in March 2023.',
      finds: [{ quote: 'approved', value: { type: 'support_pledged', cameo: '070' } }]
    },
    {
      text: 'The IMF, whose loan programme was approved by its board in September, asked for more taxes.',
      finds: [{ quote: 'approved', value: { type: 'support_pledged', cameo: '070' } }]
    },
    {
      text: 'The United States delivered food packs and hygiene kits to 10,000 families.',
      finds: [{ quote: 'delivered', value: { type: 'support_pledged', cameo: '070' } }]
    },
    {
      text: 'Iqbal led a 12-member delegation to China last week.',
      finds: [{ quote: 'led a 12-member delegation', value: { type: 'visit' } }]
    },
    {
      text: 'The pact revises the Trade in Goods Agreement, signed in 2009, which covers most goods.',
      finds: [{ quote: 'signed', value: { type: 'agreement_signed' } }]
    },
    {
      text: 'India and the UAE, whose ties were elevated to a comprehensive strategic partnership in 2017, met in Abu Dhabi.',
      finds: [
        { quote: 'were elevated', value: { type: 'relations_upgraded' } },
        { quote: 'met', value: { type: 'meeting' } }
      ]
    },
    {
      text: 'Bangladesh has opened a full-fledged embassy in Hanoi.',
      finds: [{ quote: 'opened a full-fledged embassy', value: { type: 'embassy_opened' } }]
    },
    {
      text: 'The government closed its embassies in Argentina and Greece to cut costs.',
      finds: [{ quote: 'closed its embassies', value: { type: 'embassy_closed' } }]
    },
    { text: 'Dhaka shuts three missions abroad.', finds: [{ quote: 'shuts three missions abroad', value: { type: 'embassy_closed' } }] },
    {
      text: 'The agency opened its first representative office in Seoul.',
      finds: [{ quote: 'opened its first representative office', value: { type: 'office_opened' } }]
    },
    {
      text: 'Bangladesh also set up a trade and investment office in Ho Chi Minh City.',
      finds: [{ quote: 'set up a trade and investment office', value: { type: 'office_opened' } }]
    },
    {
      text: 'President Marcos declared a state of calamity in six regions.',
      finds: [{ quote: 'declared a state of calamity', value: { type: 'statement' } }]
    },
    {
      text: 'Dhaka had asked Vietnam in 2022 to allow duty-free access for jute goods.',
      finds: [{ quote: 'asked', value: { type: 'statement' } }]
    },
    {
      text: 'India and ASEAN agreed on Saturday to lift two-way trade to US$300 billion by 2030.',
      finds: [{ quote: 'agreed on Saturday to lift', value: { type: 'target_set' } }]
    },
    {
      text: 'The two sides signed a memorandum of understanding on fisheries.',
      finds: [{ quote: 'signed', value: { type: 'agreement_signed' } }]
    },
    { text: 'Ministers inked three deals in Jakarta.', finds: [{ quote: 'inked', value: { type: 'agreement_signed' } }] },
    { text: 'The two countries ratified several pacts on trade.', finds: [{ quote: 'ratified', value: { type: 'agreement_signed' } }] },
    { text: 'A protocol on fruit exports was signed in Beijing.', finds: [{ quote: 'was signed', value: { type: 'agreement_signed' } }] },
    { text: 'The president visited Indonesia in May.', finds: [{ quote: 'visited', value: { type: 'visit' } }] },
    { text: 'It was his first state visit to Thailand.', finds: [{ quote: 'state visit to', value: { type: 'visit' } }] },
    {
      text: 'He arrived in Hanoi on Tuesday for a two-day state visit.',
      finds: [{ quote: 'two-day state visit', value: { type: 'visit' } }]
    },
    { text: 'The minister landed here on Sunday.', finds: [{ quote: 'landed here', value: { type: 'visit' } }] },
    { text: 'The prime minister said this week’s visit to China went well.', finds: [{ quote: 'visit to', value: { type: 'visit' } }] },
    {
      text: 'The two countries upgraded their ties to a strategic partnership.',
      finds: [{ quote: 'upgraded their ties', value: { type: 'relations_upgraded' } }]
    },
    { text: 'Thailand hosted President Widodo in Bangkok.', finds: [{ quote: 'hosted', value: { type: 'visit', cameo: '043' } }] },
    { text: 'The minister met with his Malaysian counterpart.', finds: [{ quote: 'met with', value: { type: 'meeting' } }] },
    { text: 'The two presidents met in Bogor on Thursday.', finds: [{ quote: 'met', value: { type: 'meeting' } }] },
    { text: 'The committee took the decision when it met on Thursday.', finds: [{ quote: 'met', value: { type: 'meeting' } }] },
    {
      text: 'Prime Minister Sharif received the visiting Vietnamese Deputy Prime Minister in Islamabad.',
      finds: [{ quote: 'received', value: { type: 'meeting' } }]
    },
    { text: 'The minister received Ambassador Nguyen Tien Phong on Monday.', finds: [{ quote: 'received', value: { type: 'meeting' } }] },
    {
      text: 'He made the request during a meeting with a Chinese delegation.',
      finds: [{ quote: 'during a meeting', value: { type: 'meeting' } }]
    },
    {
      text: 'Modi said he had a productive meeting with Widodo.',
      finds: [{ quote: 'had a productive meeting', value: { type: 'meeting' } }]
    },
    {
      text: 'The target was set after talks with President Widodo.',
      finds: [{ quote: 'talks', value: { type: 'meeting', cameo: '046' } }]
    },
    {
      text: 'The ministry said both sides made headway in talks covering tariffs.',
      finds: [{ quote: 'talks', value: { type: 'meeting', cameo: '046' } }]
    },
    {
      text: 'Since its July meeting, the committee said, inflation had eased.',
      finds: [{ quote: 'meeting', value: { type: 'meeting' } }]
    },
    { text: 'At today’s meeting, the committee kept the rate.', finds: [{ quote: 'meeting', value: { type: 'meeting' } }] },
    {
      text: 'The statement was made at the International Conference on trade, held in Hanoi.',
      finds: [{ quote: 'Conference', value: { type: 'conference' } }]
    },
    { text: 'Leaders met at the ASEAN Summit in Jakarta.', finds: [{ quote: 'Summit', value: { type: 'conference' } }] },
    { text: 'She spoke at the 3rd Indian Ocean Conference, held here.', finds: [{ quote: 'Conference', value: { type: 'conference' } }] },
    {
      text: 'The India-Vietnam relationship became a Comprehensive Strategic Partnership in 2016.',
      finds: [{ quote: 'became a Comprehensive Strategic Partnership', value: { type: 'relations_upgraded' } }]
    },
    { text: 'Both countries supported Brazil for the seat.', finds: [{ quote: 'supported', value: { type: 'support_pledged' } }] },
    { text: 'Japan pledged $500 million for the project.', finds: [{ quote: 'pledged', value: { type: 'support_pledged' } }] },
    {
      text: 'Japan has provided Vietnam with about US$30 billion in ODA since 1992.',
      finds: [{ quote: 'provided', value: { type: 'support_pledged', cameo: '070' } }]
    },
    {
      text: 'Exporters have thrown out a $2 billion sales target for 2030.',
      finds: [{ quote: 'thrown out a $2 billion sales target', value: { type: 'target_set' } }]
    },
    {
      text: 'TAT has revised its international tourism target down to 1.92 trillion baht.',
      finds: [{ quote: 'revised its international tourism target down', value: { type: 'target_set' } }]
    },
    {
      text: 'Indonesia is aiming for 710 million tons of coal output.',
      finds: [{ quote: 'is aiming for', value: { type: 'target_set' } }]
    },
    { text: 'The agency is aiming to draw 35 million tourists.', finds: [{ quote: 'is aiming to draw', value: { type: 'target_set' } }] },
    {
      text: 'The two leaders agreed to raise bilateral trade to US$15 billion by 2028.',
      finds: [{ quote: 'agreed to raise', value: { type: 'target_set' } }]
    },
    { text: 'In a statement, the ministry predicted a rise.', finds: [{ quote: 'statement', value: { type: 'statement' } }] },
    {
      text: 'The declaration of a National Dengue Epidemic came on 6 August 2019.',
      finds: [{ quote: 'declaration of a National Dengue Epidemic', value: { type: 'statement' } }]
    },
    { text: 'Pakistan has asked China to help boost its exports.', finds: [{ quote: 'asked', value: { type: 'statement' } }] },
    {
      text: 'Vietnam and the US reached a trade agreement in July.',
      finds: [{ quote: 'reached a trade agreement', value: { type: 'agreement_signed' } }]
    },
    {
      text: 'The leaders witnessed the signing of several agreements.',
      finds: [{ quote: 'signing of', value: { type: 'agreement_signed' } }]
    },
    {
      text: 'The minister travelled to Beijing for talks with Chinese leaders.',
      finds: [
        { quote: 'travelled to', value: { type: 'visit' } },
        { quote: 'talks', value: { type: 'meeting', cameo: '046' } }
      ]
    },
    { text: 'The minister began a visit to the region.', finds: [{ quote: 'visit', value: { type: 'visit' } }] },
    { text: 'The minister chaired a meeting on trade.', finds: [{ quote: 'chaired a meeting', value: { type: 'meeting' } }] },
    { text: 'Vietnam eyes $150 billion in trade with South Korea.', finds: [{ quote: 'eyes', value: { type: 'target_set' } }] },
    {
      text: 'Vietnam, Australia elevate ties to Comprehensive Strategic Partnership',
      finds: [{ quote: 'elevate ties', value: { type: 'relations_upgraded' } }]
    },
    { text: 'Malaysia opens an embassy in Dhaka.', finds: [{ quote: 'opens an embassy', value: { type: 'embassy_opened' } }] },
    { text: 'Japan opens consulate-general in Da Nang', finds: [{ quote: 'opens consulate-general', value: { type: 'embassy_opened' } }] },
    {
      text: 'The new mission was inaugurated by Foreign Minister Mohamad Hasan on Friday.',
      finds: [{ quote: 'was inaugurated', value: { type: 'embassy_opened' } }]
    },
    {
      text: 'The Tourism Authority of Thailand opened a new office in Ho Chi Minh City in May.',
      finds: [{ quote: 'opened a new office', value: { type: 'office_opened' } }]
    },
    {
      text: 'Peters also announced NZ$5 million in new funding for climate projects in the Mekong Delta.',
      finds: [{ quote: 'announced', value: { type: 'support_pledged' } }]
    },
    {
      text: 'China welcomed the ceasefire and said it was ready to provide humanitarian aid to displaced civilians.',
      finds: [{ quote: 'was ready to provide', value: { type: 'support_pledged' } }]
    },
    {
      text: 'An agreement on coast guard cooperation was also inked.',
      finds: [{ quote: 'was also inked', value: { type: 'agreement_signed' } }]
    },
    {
      text: 'He was welcomed at the airport by the deputy foreign minister.',
      finds: [{ quote: 'was welcomed', value: { type: 'visit', cameo: '043' } }]
    },
    { text: 'A forum on digital trade was also held on the sidelines.', finds: [{ quote: 'forum', value: { type: 'conference' } }] },
    {
      text: "Thailand's health ministry declared a dengue epidemic in 2019.",
      finds: [{ quote: 'declared a dengue epidemic', value: { type: 'statement' } }]
    },
    { text: 'He called on Crown Prince Mohammed bin Salman in Riyadh.', finds: [{ quote: 'called on', value: { type: 'meeting' } }] },
    { text: 'He called on the United States to lift the tariffs.', finds: [{ quote: 'called on', value: { type: 'statement' } }] },
    {
      text: 'The Asian Development Bank approved a US$500 million loan to Sri Lanka.',
      finds: [{ quote: 'approved', value: { type: 'support_pledged', cameo: '070' } }]
    },
    {
      text: 'The health department declared a national dengue alert.',
      finds: [{ quote: 'declared a national dengue alert', value: { type: 'statement' } }]
    },
    { text: 'The two sides signed 14 cooperation documents.', finds: [{ quote: 'signed', value: { type: 'agreement_signed' } }] },
    { text: 'The minister met a delegation of Japanese investors in Hanoi.', finds: [{ quote: 'met', value: { type: 'meeting' } }] },
    { text: 'He later met business leaders in Mumbai.', finds: [{ quote: 'met', value: { type: 'meeting' } }] },
    {
      text: 'At the Grand Palace, King Vajiralongkorn received him.',
      finds: [{ quote: 'received', value: { type: 'meeting' } }]
    },
    { text: 'Tokyo announced a US$200 million loan for the metro.', finds: [{ quote: 'announced', value: { type: 'support_pledged' } }] },
    { text: 'The premier pledged 500 million rupees for flood relief.', finds: [{ quote: 'pledged', value: { type: 'support_pledged' } }] },
    { text: 'Australia and New Zealand have offered assistance.', finds: [{ quote: 'offered', value: { type: 'support_pledged' } }] },
    {
      text: 'The two premiers witnessed the exchange of five memoranda of understanding.',
      finds: [{ quote: 'exchange of', value: { type: 'agreement_signed' } }]
    },
    {
      text: 'JICA signed a $1.5 billion loan agreement with the ministry.',
      finds: [{ quote: 'signed', value: { type: 'agreement_signed' } }]
    },
    { text: 'The UN pledged 2.5 million dollars in aid.', finds: [{ quote: 'pledged', value: { type: 'support_pledged' } }] },
    {
      text: 'The deputy minister led the Vietnamese delegation to the meeting in Jakarta.',
      finds: [{ quote: 'meeting', value: { type: 'meeting' } }]
    },
    { text: 'The president toured the Hyundai plant in Ninh Binh.', finds: [] },

    {
      text: 'The unions said in a joint letter to the minister that wages were too low.',
      finds: [{ quote: 'letter', value: { type: 'statement' } }]
    },
    {
      text: 'The two sides agreed on Sunday to an immediate ceasefire.',
      finds: [{ quote: 'agreed', value: { type: 'agreement_signed' } }]
    },
    {
      text: 'She oversaw the upgrading of relations with Japan to a comprehensive strategic partnership.',
      finds: [{ quote: 'upgrading of relations', value: { type: 'relations_upgraded' } }]
    },
    {
      text: 'The factory opened in 2024, a year after signing a memorandum of understanding with the province.',
      finds: [
        { quote: 'opened', value: { type: 'launch' } },
        { quote: 'signing', value: { type: 'agreement_signed' } }
      ]
    },
    {
      text: 'The two deputy foreign ministers held the fourth political consultation in Jakarta.',
      finds: [{ quote: 'held the fourth political consultation', value: { type: 'meeting' } }]
    },
    {
      text: 'Dar and Wang Yi held a strategic dialogue in Beijing on Monday.',
      finds: [{ quote: 'held a strategic dialogue', value: { type: 'meeting' } }]
    },
    {
      text: 'The two prime ministers held a video conference on Wednesday to review the rail link.',
      finds: [{ quote: 'held a video conference', value: { type: 'meeting' } }]
    },
    {
      text: 'The two sides also held in-depth discussions on regional issues.',
      finds: [{ quote: 'held in-depth discussions', value: { type: 'meeting' } }]
    },
    {
      text: 'State President Luong Cuong received the visiting Speaker of the Lao National Assembly.',
      finds: [{ quote: 'received', value: { type: 'meeting' } }]
    },
    {
      text: 'President Prabowo began his first overseas trip as president in Beijing.',
      finds: [{ quote: 'overseas trip', value: { type: 'visit' } }]
    },
    {
      text: 'The Thai Prime Minister arrived in Hanoi on Monday for state visit.',
      finds: [{ quote: 'state visit', value: { type: 'visit' } }]
    },
    {
      text: 'The two sides agreed to strive to raise two-way trade to $20 billion.',
      finds: [{ quote: 'agreed to strive to raise', value: { type: 'target_set' } }]
    },
    {
      text: 'Both leaders agreed to soon bring trade turnover to US$30 billion.',
      finds: [{ quote: 'agreed to soon bring', value: { type: 'target_set' } }]
    },
    {
      text: 'Jollibee kept its full-year revenue growth target of 10%.',
      finds: [{ quote: 'kept its full-year revenue growth target', value: { type: 'target_set' } }]
    },
    {
      text: 'Vietnam, Korea target $150 billion trade by 2030',
      finds: [{ quote: 'target', value: { type: 'target_set' } }]
    },
    {
      text: 'Shareholders approved a business plan with revenue of VND20 trillion and pre-tax profit of VND2 trillion.',
      finds: [{ quote: 'approved', value: { type: 'target_set' } }]
    },
    {
      text: 'The association urged exporters to diversify markets.',
      finds: [{ quote: 'urged', value: { type: 'statement' } }]
    },
    {
      text: 'Chinh asked ministries and agencies to speed up the disbursement of public investment.',
      finds: [{ quote: 'asked', value: { type: 'statement' } }]
    },
    {
      text: 'The Vietnamese side suggested that India open its market further to farm produce.',
      finds: [{ quote: 'suggested', value: { type: 'statement' } }]
    },
    {
      text: 'He proposed that the two countries soon sign an agreement on labour cooperation.',
      finds: [{ quote: 'proposed', value: { type: 'statement' } }]
    },
    {
      text: 'Minister Dien proposed that both sides promote the early signing of the trade agreement.',
      finds: [{ quote: 'proposed', value: { type: 'statement' } }]
    },
    {
      text: 'The minister suggested the two countries expand cooperation in semiconductors.',
      finds: [{ quote: 'suggested', value: { type: 'statement' } }]
    },
    {
      text: 'The spokesperson said at a weekly media briefing that Islamabad welcomed the move.',
      finds: [{ quote: 'weekly media briefing', value: { type: 'statement' } }]
    },
    {
      text: 'India and the EU relaunched negotiations on a free trade agreement.',
      finds: [{ quote: 'relaunched negotiations', value: { type: 'negotiations_launched' } }]
    },
    {
      text: 'Vietnam and the UAE began negotiating a comprehensive economic partnership agreement.',
      finds: [{ quote: 'began negotiating', value: { type: 'negotiations_launched' } }]
    },
    {
      text: 'Talks between the two leaders focused on trade and energy.',
      finds: [{ quote: 'Talks', value: { type: 'meeting' } }]
    },
    {
      text: 'King Sihamoni granted an audience to the Vietnamese delegation.',
      finds: [{ quote: 'granted an audience to', value: { type: 'meeting' } }]
    },
    {
      text: 'The ambassador was received in audience by the King.',
      finds: [{ quote: 'was received in audience', value: { type: 'meeting' } }]
    },
    {
      text: 'The PM received executives of Samsung, LG and Hyundai.',
      finds: [{ quote: 'received', value: { type: 'meeting' } }]
    },
    {
      text: 'The two ministers co-chaired the 14th Joint Commission on Economic Cooperation in Hanoi.',
      finds: [{ quote: 'co-chaired the 14th Joint Commission', value: { type: 'meeting' } }]
    },
    {
      text: 'Both sides agreed to target two-way trade of $18 billion by 2028.',
      finds: [{ quote: 'agreed to target', value: { type: 'target_set' } }]
    },
    {
      text: 'China has agreed to provide an additional $1 billion loan to Pakistan.',
      finds: [{ quote: 'agreed to provide', value: { type: 'support_pledged' } }]
    },
    {
      text: 'Vietnam and Australia initialled a labour agreement.',
      finds: [{ quote: 'initialled a labour agreement', value: { type: 'agreement_signed' } }]
    },
    {
      text: 'Petronas entered into an agreement with PetroVietnam to explore gas.',
      finds: [{ quote: 'entered into an agreement', value: { type: 'agreement_signed' } }]
    },
    {
      text: 'The companies put pen to paper on a $1 billion supply deal.',
      finds: [{ quote: 'put pen to paper on a $1 billion supply deal', value: { type: 'agreement_signed' } }]
    },
    {
      text: 'The Prime Minister departed for Tokyo on Saturday to attend the summit.',
      finds: [{ quote: 'departed for', value: { type: 'visit' } }]
    },
    {
      text: 'Chinh set off for Indonesia on Thursday.',
      finds: [{ quote: 'set off for', value: { type: 'visit' } }]
    },
    {
      text: 'Anwar, Prabowo discuss trade, border issues in phone call',
      finds: [{ quote: 'phone call', value: { type: 'meeting' } }]
    },
    {
      text: 'The ministers met in Hanoi, pledging to lift bilateral trade to US$25 billion.',
      finds: [
        { quote: 'met', value: { type: 'meeting' } },
        { quote: 'pledging to lift', value: { type: 'target_set' } }
      ]
    },
    {
      text: 'The ministry has asked the US Department of Commerce (DOC) to act fairly in the review.',
      finds: [{ quote: 'asked', value: { type: 'statement' } }]
    },
    {
      text: 'The association called on exporters not to sell below production costs.',
      finds: [{ quote: 'called on', value: { type: 'statement' } }]
    },
    {
      text: 'The chamber urged the Ministry of Finance (MoF) to extend the incentives.',
      finds: [{ quote: 'urged', value: { type: 'statement' } }]
    },
    {
      text: "The company's chief financial officer said in a briefing on Tuesday that sales were strong.",
      finds: [{ quote: 'briefing', value: { type: 'statement' } }]
    },
    {
      text: 'The senate will review a trade pact with Chile, which the two governments signed in May.',
      finds: [{ quote: 'signed', value: { type: 'agreement_signed' } }]
    },
    {
      text: 'The ministers said in a joint statement that trade had slowed and urged members to cut tariffs.',
      finds: [{ quote: 'joint statement', value: { type: 'statement' } }]
    }
  ],
  negative: [
    'A visit by the Pope has long been discussed in Hanoi.',
    'The summit was postponed because of the storm.',
    'The federation has called on the Government of Nepal to cut port fees for exporters.',
    'The assembly asked the government to speed up work on the railway.',
    'The two leaders will hold a phone call next week.',
    'The ministry requested a phone call with its counterpart.',
    'The cargo ship departed for Singapore on Monday.',
    'The minister will depart for Tokyo on Saturday.',
    'The company received representations from investors.',
    'The two countries may agree to provide loans next year.',
    'The shipment arrived on Monday.',
    'The aim for 2025 is 10 million visitors.',
    'The company plans to invest $10 billion in new plants.',
    'Revenue was above the plan of VND20 trillion.',
    'The minister received a letter from the governor.',
    'The targeted $20 billion was not reached.',
    "The company's profit target was met in September.",
    "Novaland fell after its annual shareholders' meeting was postponed again.",
    'The ministers will have a working session in Hanoi next week.',
    'The ministry granted 30 days to exporters to comply.',
    'Trade talks between the two sides have stalled since 2019.',
    'Bank Negara Malaysia approved the merger talks in September.',
    'The ministers gathered for a photo in the Hanoi Opera House.',
    'The committee will gather for a summit next year.',
    'The firm hosted a reception desk fair.',
    'The minister opened an office in the ministry building.',
    'Japan said it was not ready to provide more aid.',
    'In their previous meeting in September 2024, the score was level.',
    'Signing agreements is the easy part.',
    'Meeting investors is the easy part.',
    'The scheme provides grants to farmers.',
    'Tourists visiting Vietnam often stay a week.',
    'Meeting EU standards is costly for exporters.',
    'He gave a speech on trade policy.',
    "Kim Sang-sik's side drew level with Thailand in their previous meeting.",
    'Chinh accepted an invitation to visit Cambodia, and a memorandum might be signed when Chinh visits.',
    'The two sides agreed to open talks on a trade deal next year.',
    'Pledges of cooperation were welcome, he said.',
    'Such meetings are held every year, officials said.',
    'Analysts said a visit by the Chinese premier was possible.',
    'Profit rose, meeting 80 per cent of its yearly target.',
    'Thousands called on the streets for hours.',
    'The first round of talks would take place in Dhaka next month.',
    'Talks between the two sides will resume next week.',
    'The forum will be held in Hanoi in June.',
    'Visitors were welcomed to apply online.',
    'The minister will visit Indonesia next month.',
    'They plan to open an embassy in Lima.',
    'The two countries are expected to sign a trade agreement.',
    'Officials would launch negotiations later.',
    'Exchange of visits between the two sides.',
    'She met targets every year.',
    'The deal was not signed.',
    'The documents signed included a memorandum on rice.',
    'a summit meeting',
    'Vietnam received $5 million in aid.',
    'The ministry received a letter from the President.',
    'The president will receive the delegation on Friday.',
    'The ambassador spoke at the Conference.',
    'The Conference opened.',
    'The statement was made by the assistant minister.',
    'He is due to visit Chile next week.',
    'She flies to Bali next month to attend the ASEAN Summit.',
    'If the two sides sign the deal, trade will grow.',
    'The agreement aims to reduce tariffs and remove technical barriers.',
    'They work together in regional forums including the United Nations and East Asia Summit.',
    'Since the establishment of diplomatic relations, ties have grown.',
    'The minister arrived at a decision.',
    'Speakers at the gathering will include the ambassador.',
    'The company met its revenue target.',
    'She received her degree in 2001.',
    'The bank announced a rise in lending.',
    "Shares fell ahead of the central bank's policy meeting.",
    'The two sides agreed to keep up regular consultations.',
    'Investors are waiting for the Monetary Board meeting on Thursday.',
    'The visit aims to strengthen the partnership between the two countries.',
    'The two sides agreed to hold the next Joint Cooperation Committee meeting in Beijing.',

    'The two countries are considering an upgrade of relations to a strategic partnership.',
    'The rebels refused to agree to a ceasefire.',
    'The letter of intent was published online.',
    'The ministry suggested that the figures were overstated.',
    'Foreign visitors to Vietnam rose 20 per cent in the first half.',
    'The brewer reached 65 per cent of its annual goal by September.',
    'The board will hold a meeting to approve the plan next month.'
  ]
}
