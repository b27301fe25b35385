import type { Corpus } from '../../corpus.js'

export const corpus: Corpus<'acronym'> = {
  dimension: 'acronym',
  lang: 'en',
  examples: [],
  inContext: [
    {
      text: 'the South Asian Association for Regional Cooperation (SAARC) Chamber',
      finds: [{ quote: 'SAARC', value: { type: 'organization' } }]
    },
    { text: 'a Vietnam–Pakistan Preferential Trade Agreement (VPPTA).', finds: [{ quote: 'VPPTA', value: { type: 'agreement' } }] },
    {
      text: 'the Vietnam Chamber of Commerce and Industry (VCCI)',
      finds: [{ quote: 'VCCI', value: { type: 'organization', canonical: 'Vietnam Chamber of Commerce and Industry' } }]
    },
    // A body's name defines letters a place also goes by; after the place itself they are the place's.
    {
      text: 'The Corruption Eradication Commission (KPK) met officials of Khyber-Pakhtunkhwa (KPK).',
      finds: [
        { quote: 'KPK', value: { type: 'organization' } },
        { quote: 'KPK', value: { type: 'place' } }
      ]
    },
    // A list inside the body's name; a party inside a document's title is the title's.
    {
      text: 'The Ministry of Investment, Trade and Industry (MITI) and a Memorandum of Understanding between the Vietnam Coast Guard (VCG) and others.',
      finds: [{ quote: 'MITI', value: { type: 'organization' } }]
    }
  ],
  negative: ['information technology (IT)', '(WTO)', 'ASEAN and the WTO', 'It grew. (GDP)']
}
