import type { SubjectGrammar } from '../../link/subject/types.js'

/** Vietnamese subject phrases: trade nouns, verbs and prepositions; never a country (data only). */
export const grammar: SubjectGrammar = {
  words: {
    trade: [
      'kim ngạch thương mại',
      'kim ngạch xuất nhập khẩu',
      'kim ngạch XNK',
      'kim ngạch trao đổi thương mại',
      'kim ngạch trao đổi',
      'kim ngạch',
      'thương mại',
      'trao đổi thương mại',
      'xuất nhập khẩu',
      'giá trị thương mại',
      'tổng kim ngạch',
      'tổng kim ngạch thương mại',
      'tổng kim ngạch xuất nhập khẩu',
      'quy mô thương mại'
    ],
    exports: ['kim ngạch xuất khẩu', 'xuất khẩu', 'giá trị xuất khẩu', 'hàng xuất khẩu', 'tổng kim ngạch xuất khẩu'],
    imports: ['kim ngạch nhập khẩu', 'nhập khẩu', 'giá trị nhập khẩu', 'hàng nhập khẩu', 'tổng kim ngạch nhập khẩu'],
    exportVerbs: ['xuất khẩu', 'xuất khẩu hàng hóa', 'bán'],
    importVerbs: ['nhập khẩu', 'nhập khẩu hàng hóa', 'nhập', 'mua'],
    toward: ['sang', 'tới', 'qua', 'vào', 'cho', 'đến'],
    bilateral: [
      'hai chiều',
      'song phương',
      'giữa hai nước',
      'giữa hai bên',
      'hai bên',
      'hai nước',
      'giữa hai quốc gia',
      'của hai nước',
      'của hai bên',
      'giữa hai nền kinh tế'
    ],
    market: ['thị trường', 'nước', 'các nước']
  },
  rules: [
    {
      name: '<A> xuất khẩu sang <B>',
      pattern: '<A> (?:đã )?<exportVerbs> <w*><toward> (?:<market> )?<B>',
      subject: ({ a, b }) => `exports from ${a} to ${b}`
    },
    {
      name: 'xuất khẩu của <A> sang <B>',
      pattern: '<exports> <w*>(?:của|từ) <A> <toward> (?:<market> )?<B>',
      subject: ({ a, b }) => `exports from ${a} to ${b}`
    },
    {
      name: '<A> nhập khẩu từ <B>',
      pattern: '<A> (?:đã )?<importVerbs> <w*>từ (?:<market> )?<B>',
      subject: ({ a, b }) => `imports of ${a} from ${b}`
    },
    {
      name: 'nhập khẩu của <A> từ <B>',
      pattern: '<imports> <w*>của <A> từ (?:<market> )?<B>',
      subject: ({ a, b }) => `imports of ${a} from ${b}`
    },
    { name: 'nhập khẩu từ <B>', pattern: '<imports> <w*>từ (?:<market> )?<B>', subject: ({ b }) => `imports from ${b}` },
    { name: 'xuất khẩu sang <B>', pattern: '<exports> <w*><toward> (?:<market> )?<B>', subject: ({ b }) => `exports to ${b}` },
    {
      name: 'thương mại giữa <A> và <B>',
      pattern: '<trade> <w*>giữa <A> (?:và|với) <B>',
      subject: ({ a, b }) => `trade between ${a} and ${b}`
    },
    { name: 'thương mại <A>-<B>', pattern: '<trade> <w*><A> ?[-–] ?<B>', subject: ({ a, b }) => `trade between ${a} and ${b}` },
    { name: 'thương mại của <A> với <B>', pattern: '<trade> <w*>của <A> với <B>', subject: ({ a, b }) => `trade between ${a} and ${b}` },
    { name: 'thương mại hai chiều', pattern: '<trade> <w*><bilateral>', subject: () => 'bilateral trade' },
    { name: 'xuất khẩu của <A>', pattern: '<exports> (?:của )?<A>', subject: ({ a }) => `exports of ${a}` },
    { name: '<A> xuất khẩu', pattern: '<A> (?:đã )?<exportVerbs>', subject: ({ a }) => `exports of ${a}` },
    { name: 'nhập khẩu của <A>', pattern: '<imports> (?:của )?<A>', subject: ({ a }) => `imports of ${a}` },
    { name: '<A> nhập khẩu', pattern: '<A> (?:đã )?<importVerbs>', subject: ({ a }) => `imports of ${a}` },
    { name: 'thương mại của <A>', pattern: '<trade> của <A>', subject: ({ a }) => `trade of ${a}` },
    { name: 'xuất khẩu', pattern: '<exports>', subject: () => 'exports' },
    { name: 'nhập khẩu', pattern: '<imports>', subject: () => 'imports' },
    { name: 'thương mại', pattern: '<trade>', subject: () => 'trade' }
  ]
}
