import type { Corpus } from '../../corpus.js'

export const corpus: Corpus<'acronym'> = {
  dimension: 'acronym',
  lang: 'vi',
  examples: [],
  inContext: [
    { text: 'Hội đồng Kinh tế xã hội (ECOSOC) nhiệm kỳ 2016-2018', finds: [{ quote: 'ECOSOC', value: { type: 'organization' } }] },
    { text: 'Hiệp định Thương mại ưu đãi Việt Nam - Pakistan (VPPTA)', finds: [{ quote: 'VPPTA', value: { type: 'agreement' } }] }
  ],
  negative: ['công nghệ thông tin (ICT)', 'ASEAN và WTO']
}
