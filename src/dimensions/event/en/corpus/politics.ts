import { examples } from '../../../corpus.js'
import type { CorpusPart } from '../../types.js'

export const politics: CorpusPart = {
  examples: [
    examples({ type: 'election' }, [
      'presidential elections',
      'general election',
      'presidential vote',
      '2024 presidential elections',
      'went to the polls'
    ]),
    examples({ type: 'election_result' }, ['was elected', 'released the tally']),
    examples({ type: 'appointment' }, ['took office', 'was sworn in']),
    examples({ type: 'resignation' }, ['resigned', 'stepped down']),
    examples({ type: 'policy_adopted' }, ['kept its policy rate', 'cut interest rates'])
  ],
  inContext: [
    {
      text: 'The king reappointed Somchai Wongsawat as prime minister.',
      finds: [{ quote: 'reappointed', value: { type: 'appointment' } }]
    },
    {
      text: 'The scandal led to the resignations of three ministers.',
      finds: [{ quote: 'resignations of', value: { type: 'resignation' } }]
    },
    {
      text: 'She was inaugurated as president in a ceremony at the palace.',
      finds: [{ quote: 'was inaugurated', value: { type: 'appointment' } }]
    },
    {
      text: 'His resignation on Friday came after weeks of pressure from lawmakers.',
      finds: [{ quote: 'resignation', value: { type: 'resignation' } }]
    },
    {
      text: 'Her appointment as central bank governor reassured markets.',
      finds: [{ quote: 'appointment', value: { type: 'appointment' } }]
    },
    {
      text: 'A decree setting out rules for offshore wind farms was issued by the government last week.',
      finds: [{ quote: 'was issued', value: { type: 'policy_adopted' } }]
    },
    { text: 'Key interest rate kept steady at 6%', finds: [{ quote: 'kept', value: { type: 'policy_adopted' } }] },
    {
      text: 'In a resolution adopted at the close of the session, the assembly backed the railway, which it approved in principle in November.',
      finds: [
        { quote: 'adopted', value: { type: 'policy_adopted' } },
        { quote: 'approved', value: { type: 'policy_adopted' } }
      ]
    },
    {
      text: 'The amended Law on Credit Institutions, passed in January, takes effect in July.',
      finds: [{ quote: 'passed', value: { type: 'policy_adopted' } }]
    },
    {
      text: "Mai Kieu Lien was named chief executive of Vietnam's leading dairy firm.",
      finds: [{ quote: 'was named', value: { type: 'appointment' } }]
    },
    {
      text: "India's cabinet cleared a $1 billion scheme for semiconductor plants.",
      finds: [{ quote: 'cleared', value: { type: 'policy_adopted' } }]
    },
    { text: "Sri Lanka's parliament passed the Online Safety Bill.", finds: [{ quote: 'passed', value: { type: 'policy_adopted' } }] },
    {
      text: 'The prime minister signed a decision approving the power development plan.',
      finds: [{ quote: 'signed', value: { type: 'policy_adopted' } }]
    },
    {
      text: 'The cabinet gave the go-ahead for the new tax regime.',
      finds: [{ quote: 'gave the go-ahead', value: { type: 'policy_adopted' } }]
    },
    { text: 'The BNP secured a two-thirds majority.', finds: [{ quote: 'secured', value: { type: 'election_result' } }] },
    {
      text: 'Tran Thanh Man was voted in as National Assembly chairman.',
      finds: [{ quote: 'was voted in', value: { type: 'election_result' } }]
    },
    { text: 'The president named a new cabinet on Monday.', finds: [{ quote: 'named a new cabinet', value: { type: 'appointment' } }] },
    {
      text: 'Nguyen Hoa Binh became standing deputy prime minister in 2024.',
      finds: [{ quote: 'became standing deputy prime minister', value: { type: 'appointment' } }]
    },
    {
      text: 'Voters in Sri Lanka cast their ballots on Saturday.',
      finds: [{ quote: 'Voters in Sri Lanka cast their ballots', value: { type: 'election' } }]
    },
    { text: 'The ruling party won 200 of the 225 seats.', finds: [{ quote: 'won', value: { type: 'election_result' } }] },
    { text: "Sri Lanka's central bank chief quit on Tuesday.", finds: [{ quote: 'quit', value: { type: 'resignation' } }] },
    {
      text: 'The KPU declared Prabowo and Gibran the winners of the election.',
      finds: [{ quote: 'declared Prabowo and Gibran the winners', value: { type: 'election_result' } }]
    },
    { text: 'Thaksin vacated his seat in parliament in 2006.', finds: [{ quote: 'vacated his seat', value: { type: 'resignation' } }] },
    { text: 'The president left office on Monday.', finds: [{ quote: 'left office', value: { type: 'resignation' } }] },
    { text: 'The referendum was held on Sunday.', finds: [{ quote: 'referendum', value: { type: 'election' } }] },
    { text: 'Voting took place on Saturday.', finds: [{ quote: 'Voting', value: { type: 'election' } }] },
    { text: 'The party sacked its leader on Monday.', finds: [{ quote: 'sacked', value: { type: 'resignation' } }] },
    {
      text: "Bangladesh's parliament was dissolved on August 6, 2024.",
      finds: [{ quote: 'was dissolved', value: { type: 'policy_adopted' } }]
    },
    {
      text: 'The government declared two days of national mourning.',
      finds: [{ quote: 'declared two days of national mourning', value: { type: 'policy_adopted' } }]
    },
    {
      text: 'Prime Minister Pham Minh Chinh ordered a nationwide inspection of apartment blocks.',
      finds: [{ quote: 'ordered', value: { type: 'policy_adopted' } }]
    },
    {
      text: 'The chief minister ordered the Karachi Water and Sewerage Corporation to clear drains.',
      finds: [{ quote: 'ordered', value: { type: 'policy_adopted' } }]
    },
    {
      text: 'President Ram Chandra Paudel named Oli to the post on Sunday.',
      finds: [{ quote: 'named', value: { type: 'appointment' } }]
    },
    {
      text: 'Trong was the first party chief in decades to win a third term, at the party congress in 2021.',
      finds: [{ quote: 'win', value: { type: 'election_result' } }]
    },
    { text: "Harini Amarasuriya appointed Sri Lanka's prime minister", finds: [{ quote: 'appointed', value: { type: 'appointment' } }] },
    { text: 'Defence minister quits over graft scandal', finds: [{ quote: 'quits', value: { type: 'resignation' } }] },
    {
      text: 'Prabowo claimed victory in the presidential election.',
      finds: [
        { quote: 'claimed victory', value: { type: 'election_result' } },
        { quote: 'presidential election', value: { type: 'election' } }
      ]
    },
    { text: "Ruto sworn in as Kenya's president", finds: [{ quote: 'sworn in', value: { type: 'appointment' } }] },
    {
      text: 'Shinawatra took the oath of office at Government House.',
      finds: [{ quote: 'took the oath of office', value: { type: 'appointment' } }]
    },
    { text: 'Fernando became prime minister in March 2022.', finds: [{ quote: 'became prime minister', value: { type: 'appointment' } }] },
    { text: 'Park took over as head coach in 2017.', finds: [{ quote: 'took over as', value: { type: 'appointment' } }] },
    { text: 'The club hired Kiatisuk Senamuang as head coach.', finds: [{ quote: 'hired', value: { type: 'appointment' } }] },
    { text: 'The central bank named a new governor on Friday.', finds: [{ quote: 'named', value: { type: 'appointment' } }] },
    { text: 'She was chosen as prime minister by the ruling party.', finds: [{ quote: 'was chosen', value: { type: 'appointment' } }] },
    { text: 'He assumed the presidency in May.', finds: [{ quote: 'assumed the presidency', value: { type: 'appointment' } }] },
    {
      text: 'The assembly approved the appointment of two deputy prime ministers.',
      finds: [{ quote: 'appointment of', value: { type: 'appointment' } }]
    },
    { text: 'The minister was sacked on Tuesday over the scandal.', finds: [{ quote: 'was sacked', value: { type: 'resignation' } }] },
    { text: 'He was relieved of his duties as party chief.', finds: [{ quote: 'was relieved of', value: { type: 'resignation' } }] },
    { text: 'The airline fired its chief executive after the crash.', finds: [{ quote: 'fired', value: { type: 'resignation' } }] },
    {
      text: 'The prime minister ordered the ministries to speed up disbursement.',
      finds: [{ quote: 'ordered', value: { type: 'policy_adopted' } }]
    },
    { text: 'The governor ordered an investigation into the collapse.', finds: [{ quote: 'ordered', value: { type: 'policy_adopted' } }] },
    {
      text: 'The president signed the bill into law on Friday.',
      finds: [{ quote: 'signed the bill into law', value: { type: 'policy_adopted' } }]
    },
    {
      text: 'Lawmakers voted to approve the budget on Thursday.',
      finds: [{ quote: 'voted to approve', value: { type: 'policy_adopted' } }]
    },
    {
      text: 'The ruling party secured 159 seats in the parliamentary elections.',
      finds: [
        { quote: 'secured', value: { type: 'election_result' } },
        { quote: 'parliamentary elections', value: { type: 'election' } }
      ]
    },
    {
      text: 'Harini Amarasuriya was appointed prime minister on Tuesday.',
      finds: [{ quote: 'was appointed', value: { type: 'appointment' } }]
    },
    {
      text: 'The federation said it had appointed South Korean Kim Sang-sik as head coach in May.',
      finds: [{ quote: 'appointed', value: { type: 'appointment' } }]
    },
    {
      text: 'In August, the company named chief financial officer Richard Shin as his successor.',
      finds: [{ quote: 'named', value: { type: 'appointment' } }]
    },
    {
      text: 'Sri Lanka elects Dissanayake president as voters reject old guard.',
      finds: [{ quote: 'elects', value: { type: 'election_result' } }]
    },
    {
      text: 'The commission said Dissanayake secured 42.31% of the votes in the first count.',
      finds: [{ quote: 'secured 42.31% of the votes', value: { type: 'election_result' } }]
    },
    {
      text: 'Millions cast ballots at the election on Saturday, September 21, 2024.',
      finds: [{ quote: 'election', value: { type: 'election' } }]
    },
    { text: 'Ueychai Tantha-Obhas retired on November 1.', finds: [{ quote: 'retired', value: { type: 'resignation' } }] },
    { text: 'Aurangzeb unveils Rs17.5 trillion budget for FY26.', finds: [{ quote: 'unveils', value: { type: 'policy_adopted' } }] },
    {
      text: 'The budget, which was approved by the federal cabinet, raises defence spending.',
      finds: [{ quote: 'was approved', value: { type: 'policy_adopted' } }]
    },
    {
      text: 'A government resolution, adopted on August 15, 2023, extended e-visas.',
      finds: [{ quote: 'adopted', value: { type: 'policy_adopted' } }]
    },
    {
      text: 'Work on the railway, which the National Assembly passed on November 30, 2024, starts in 2027.',
      finds: [{ quote: 'passed', value: { type: 'policy_adopted' } }]
    },
    { text: 'The president dissolved parliament on Tuesday.', finds: [{ quote: 'dissolved', value: { type: 'policy_adopted' } }] },
    {
      text: 'The cabinet endorsed a package of tax breaks for investors.',
      finds: [{ quote: 'endorsed', value: { type: 'policy_adopted' } }]
    },
    {
      text: 'The State Bank of Vietnam lowered its ceiling on deposit rates.',
      finds: [{ quote: 'lowered its ceiling on deposit rates', value: { type: 'policy_adopted' } }]
    },
    {
      text: 'He named Prabowo Subianto winners of the contest.',
      finds: [{ quote: 'named Prabowo Subianto winners', value: { type: 'election_result' } }]
    },
    {
      text: 'The outcome of the 2024 presidential elections was officially announced on Wednesday.',
      finds: [
        { quote: '2024 presidential elections', value: { type: 'election' } },
        { quote: 'was officially announced', value: { type: 'election_result' } }
      ]
    },
    { text: 'Nguyen Van A was appointed Minister of Finance.', finds: [{ quote: 'was appointed', value: { type: 'appointment' } }] },
    { text: 'The assembly passed a resolution on Friday.', finds: [{ quote: 'passed', value: { type: 'policy_adopted' } }] },
    { text: 'The NA had adopted 18 laws and 21 resolutions.', finds: [{ quote: 'adopted', value: { type: 'policy_adopted' } }] },
    {
      text: 'Presenting the resolution in draft form, he praised the sessions.',
      finds: [{ quote: 'Presenting', value: { type: 'policy_adopted' } }]
    },
    { text: 'The new law was passed by parliament.', finds: [{ quote: 'was passed', value: { type: 'policy_adopted' } }] },
    {
      text: 'The bank kept its policy rate unchanged at 22%.',
      finds: [{ quote: 'kept its policy rate', value: { type: 'policy_adopted' } }]
    },
    {
      text: 'The board decided to hold the benchmark rate for a third month.',
      finds: [{ quote: 'decided to hold the benchmark rate', value: { type: 'policy_adopted' } }]
    },
    { text: 'Indonesians voted on February 14.', finds: [{ quote: 'Indonesians voted', value: { type: 'election' } }] },
    { text: 'Prabowo won the world’s largest single-day election.', finds: [{ quote: 'election', value: { type: 'election' } }] },
    {
      text: 'Dissanayake was declared the winner on Sunday.',
      finds: [{ quote: 'declared the winner', value: { type: 'election_result' } }]
    },
    {
      text: 'The State Bank of Vietnam cut its refinancing rate by 0.5 percentage point.',
      finds: [{ quote: 'cut its refinancing rate', value: { type: 'policy_adopted' } }]
    },
    { text: 'Parliament elected Ranil Wickremesinghe as president.', finds: [{ quote: 'elected', value: { type: 'election_result' } }] },
    { text: 'Parliament approved a new labour code in 2019.', finds: [{ quote: 'approved', value: { type: 'policy_adopted' } }] },
    {
      text: 'Tokayev wins Kazakhstan presidential election with 81% of the vote',
      finds: [
        { quote: 'wins', value: { type: 'election_result' } },
        { quote: 'presidential election', value: { type: 'election' } }
      ]
    },
    { text: "Turnout in Sunday's vote was 68 percent.", finds: [{ quote: 'vote', value: { type: 'election' } }] },
    {
      text: 'Thailand waived visa fees for visitors from India and Taiwan.',
      finds: [{ quote: 'waived visa fees', value: { type: 'policy_adopted' } }]
    },
    {
      text: 'Vietnam extended visa exemptions for citizens of 12 countries.',
      finds: [{ quote: 'extended visa exemptions', value: { type: 'policy_adopted' } }]
    },
    {
      text: 'The election commission said 40 million votes were cast, and the results were announced on Friday.',
      finds: [{ quote: 'were announced', value: { type: 'election_result' } }]
    },
    { text: 'The ruling party won the election by a wide margin.', finds: [{ quote: 'won', value: { type: 'election_result' } }] },
    {
      text: 'The expressway project was approved by the National Assembly in 2015.',
      finds: [{ quote: 'was approved', value: { type: 'policy_adopted' } }]
    },
    {
      text: 'Thailand scrapped the requirement for Indian tourists to obtain visas.',
      finds: [{ quote: 'scrapped the requirement', value: { type: 'policy_adopted' } }]
    },
    {
      text: 'The government approved the revised Power Development Plan VIII.',
      finds: [{ quote: 'approved', value: { type: 'policy_adopted' } }]
    },
    {
      text: 'The government unveiled a new stimulus package worth $10 billion.',
      finds: [{ quote: 'unveiled', value: { type: 'policy_adopted' } }]
    },
    {
      text: 'The Election Commission declared the results on Thursday.',
      finds: [{ quote: 'declared the results', value: { type: 'election_result' } }]
    },
    {
      text: 'Prabowo won 58.6 per cent of the vote.',
      finds: [{ quote: 'won', value: { type: 'election_result' } }]
    },
    {
      text: 'The incumbent party retained its majority in parliament.',
      finds: [{ quote: 'retained', value: { type: 'election_result' } }]
    },
    {
      text: 'The Monetary Policy Committee decided to leave the policy rate unchanged at 22 per cent.',
      finds: [{ quote: 'decided to leave the policy rate', value: { type: 'policy_adopted' } }]
    },
    {
      text: 'Thailand extended its visa-free scheme for Indian tourists.',
      finds: [{ quote: 'extended its visa-free scheme', value: { type: 'policy_adopted' } }]
    },
    {
      text: 'The government rolled out a new housing policy.',
      finds: [{ quote: 'rolled out', value: { type: 'policy_adopted' } }]
    },
    {
      text: 'Tariffs were cut under an executive order signed by the President last year.',
      finds: [
        { quote: 'were cut', value: { type: 'trade_measure' } },
        { quote: 'signed', value: { type: 'policy_adopted' } }
      ]
    },
    {
      text: 'Shareholders re-elected the board for another year.',
      finds: [{ quote: 're-elected', value: { type: 'election_result' } }]
    },
    { text: 'The opposition party came second with 32 seats.', finds: [{ quote: 'came second', value: { type: 'election_result' } }] },
    { text: 'Ruling party wins two-thirds majority in parliament', finds: [{ quote: 'wins', value: { type: 'election_result' } }] },
    {
      text: 'The president reappointed the finance minister, a former banker, as prime minister.',
      finds: [{ quote: 'reappointed', value: { type: 'appointment' } }]
    },
    {
      text: 'The party won the general election on Sunday. Turnout was lower than in the March presidential election.',
      finds: [
        { quote: 'won', value: { type: 'election_result' } },
        { quote: 'general election', value: { type: 'election' } },
        { quote: 'presidential election', value: { type: 'election' } }
      ]
    },
    { text: 'The governor was forced to resign on Friday.', finds: [{ quote: 'resign', value: { type: 'resignation' } }] }
  ],
  negative: [
    'Shareholders approved a 2024 plan of VND63 trillion in revenue.',
    'The cabinet will give the go-ahead next week.',
    'The ministry may sign a decree next month.',
    'The new cabinet will be named next week.',
    'Two members of the election supervisory agency were questioned.',
    'The party kept its general election promises, analysts said.',
    'He left office supplies on the desk.',
    'Voting rights were discussed at the forum.',
    'Supporters posted online, demanding a fresh election.',
    'The minister ordered lunch for the delegation.',
    'He hopes to win a second term next year.',
    'The National Assembly may be dissolved early.',
    'Since he became president in 2021, exports have doubled.',
    'The case was dismissed on Monday.',
    'Rockets were fired from the border area.',
    'VietJet ordered 20 aircraft from Airbus.',
    'Laos assumed the ASEAN chairmanship.',
    // A rule in force is told by its adoption, not by the day it starts to apply.
    'The ceasefire took effect at midnight.',
    'He called a snap general election for November 14.',
    'A retired general spoke to reporters.',
    'Analysts declared the race too close to call.',
    'The election commission met.',
    'Voters will go to the polls next year.',
    'He is expected to resign.',
    'The bill will be passed next month.',
    'Interest rates remain high.',
    'Shares rose after the quarterly results were released.',
    'Election monitors said polling was orderly.',
    'The country hopes to win the election.',
    'The party hopes to win a majority in the next election.',
    "The country's next general election is due in 2027.",
    'The central bank is expected to cut its policy rate next month.',
    'The government promised to hold provincial elections within a year.',
    'Rice prices rose ahead of national elections.',
    'The scandal could force the minister to resign.'
  ]
}
