import { examples, type Corpus } from '../../corpus.js'

export const corpus: Corpus<'event'> = {
  dimension: 'event',
  lang: 'en',
  examples: [
    examples({ type: 'relations_established' }, [
      'established diplomatic relations',
      'formally established their diplomatic ties',
      'diplomatic relations were established'
    ]),
    examples({ type: 'embassy_opened' }, ['opened an embassy', 'set up its Embassy', 'opening of the embassy']),
    examples({ type: 'embassy_opened', reopened: true }, ['reopened its embassy', 're-opened the embassy', 'reopening of its embassy']),
    examples({ type: 'embassy_closed' }, ['closed its embassy', 'shut down the embassy', 'withdrew its embassy', 'closure of the embassy']),
    examples({ type: 'office_opened' }, ['opened a trade office', 'set up a consulate general', 'established a representative office']),
    examples({ type: 'negotiations_launched' }, ['officially launched negotiations', 'began talks', 'kicked off formal negotiations']),
    examples({ type: 'meeting' }, ['held bilateral talks', 'held a meeting']),
    examples({ type: 'conference' }, ['International Conference', 'Regional Forum']),
    examples({ type: 'support_pledged' }, ['pledged support', 'reaffirmed its support', 'expressed strong support']),
    examples({ type: 'target_set' }, ['set a trade target', 'announced an export target', 'agreed on a target'])
  ],
  inContext: [
    {
      text: 'The two sides signed a memorandum of understanding on fisheries.',
      finds: [{ quote: 'signed', value: { type: 'agreement_signed' } }]
    },
    { text: 'Ministers inked three deals in Jakarta.', finds: [{ quote: 'inked', value: { type: 'agreement_signed' } }] },
    { text: 'The president visited Indonesia in May.', finds: [{ quote: 'visited', value: { type: 'visit' } }] },
    { text: 'It was his first state visit to Thailand.', finds: [{ quote: 'state visit to', value: { type: 'visit' } }] },
    { text: 'The minister met with his Malaysian counterpart.', finds: [{ quote: 'met with', value: { type: 'meeting' } }] },
    {
      text: 'Prime Minister Sharif received the visiting Vietnamese Deputy Prime Minister in Islamabad.',
      finds: [{ quote: 'received', value: { type: 'meeting' } }]
    },
    { text: 'The minister received Ambassador Nguyen Tien Phong on Monday.', finds: [{ quote: 'received', value: { type: 'meeting' } }] },
    { text: 'Leaders met at the ASEAN Summit in Jakarta.', finds: [{ quote: 'Summit', value: { type: 'conference' } }] },
    { text: 'Both countries supported Brazil for the seat.', finds: [{ quote: 'supported', value: { type: 'support_pledged' } }] },
    {
      text: 'Exporters have thrown out a $2 billion sales target for 2030.',
      finds: [{ quote: 'thrown out a $2 billion sales target', value: { type: 'target_set' } }]
    }
  ],
  negative: [
    'The minister will visit Indonesia next month.',
    'They plan to open an embassy in Lima.',
    'The two countries are expected to sign a trade agreement.',
    'Officials would launch negotiations later.',
    'Exchange of visits between the two sides.',
    'She met targets every year.',
    'The deal was not signed.',
    'a summit meeting',
    'Vietnam received $5 million in aid.',
    'The ministry received a letter from the President.',
    'The president will receive the delegation on Friday.',
    'The ambassador spoke at the Conference.',
    'The Conference opened.',
    'He is due to visit Chile next week.',
    'She flies to Bali next month to attend the ASEAN Summit.'
  ]
}
