import type { SubjectGrammar } from '../../link/subject/types.js'

/** English subject phrases: trade nouns, verbs and prepositions; never a country (data only). */
export const grammar: SubjectGrammar = {
  words: {
    trade: [
      'trade',
      'two-way trade',
      'trade turnover',
      'trade volume',
      'trade value',
      'trade relations',
      'economic and trade relations',
      'trade exchange',
      'trade exchanges',
      'commerce',
      'bilateral trade',
      'trading'
    ],
    exports: ['exports', 'export', 'export turnover', 'export value', 'export earnings', 'shipments', 'outbound shipments'],
    imports: ['imports', 'import', 'import turnover', 'import value', 'import bill', 'purchases'],
    exportVerbs: ['exported', 'exports', 'export', 'exporting', 'shipped', 'ships', 'shipping', 'sold', 'sells', 'selling'],
    importVerbs: ['imported', 'imports', 'import', 'importing', 'bought', 'buys', 'buying', 'purchased'],
    bilateral: ['bilateral', 'two-way', 'mutual'],
    pair: [
      'them',
      'the two',
      'the two countries',
      'the two sides',
      'the two nations',
      'the two economies',
      'both countries',
      'both sides',
      'both nations',
      'the countries',
      'the two states'
    ],
    total: ['total', 'overall', 'annual', 'global', 'merchandise', 'goods']
  },
  rules: [
    {
      name: "<A>'s exports to <B>",
      pattern: "<A><'s> (?:<total> )?<exports> <w*>to <B>",
      subject: ({ a, b }) => `exports from ${a} to ${b}`
    },
    {
      name: 'exports from <A> to <B>',
      pattern: '<exports> (?:from|of|by) <A> <w*>to <B>',
      subject: ({ a, b }) => `exports from ${a} to ${b}`
    },
    {
      name: '<A> exported <F> to <B>',
      pattern: '<A> <exportVerbs> <w*><F> <w*>to <B>',
      subject: ({ a, b }) => `exports from ${a} to ${b}`
    },
    { name: '<A> exported to <B>', pattern: '<A> <exportVerbs> <w*>to <B>', subject: ({ a, b }) => `exports from ${a} to ${b}` },
    {
      name: "<A>'s imports from <B>",
      pattern: "<A><'s> (?:<total> )?<imports> <w*>from <B>",
      subject: ({ a, b }) => `imports of ${a} from ${b}`
    },
    {
      name: 'imports of <A> from <B>',
      pattern: '<imports> (?:of|by|into) <A> <w*>from <B>',
      subject: ({ a, b }) => `imports of ${a} from ${b}`
    },
    {
      name: '<A> imported <F> from <B>',
      pattern: '<A> <importVerbs> <w*><F> <w*>from <B>',
      subject: ({ a, b }) => `imports of ${a} from ${b}`
    },
    { name: '<A> imported from <B>', pattern: '<A> <importVerbs> <w*>from <B>', subject: ({ a, b }) => `imports of ${a} from ${b}` },
    { name: 'imports from <B>', pattern: '<imports> <w*>from <B>', subject: ({ b }) => `imports from ${b}` },
    { name: 'exports to <B>', pattern: '<exports> <w*>to <B>', subject: ({ b }) => `exports to ${b}` },
    { name: 'trade between <A> and <B>', pattern: '<trade> <w*>between <A> and <B>', subject: ({ a, b }) => `trade between ${a} and ${b}` },
    {
      name: '<A>-<B> trade',
      pattern: '<A> ?(?:[-–—/]|and) ?<B> (?:<bilateral> )?<trade>',
      subject: ({ a, b }) => `trade between ${a} and ${b}`
    },
    {
      name: "<A>'s trade with <B>",
      pattern: "<A><'s> (?:<total> )?<trade> with <B>",
      subject: ({ a, b }) => `trade between ${a} and ${b}`
    },
    { name: 'trade of <A> with <B>', pattern: '<trade> (?:of|by) <A> with <B>', subject: ({ a, b }) => `trade between ${a} and ${b}` },
    { name: 'bilateral trade', pattern: '<bilateral> <trade>', subject: () => 'bilateral trade' },
    { name: 'trade between them', pattern: '<trade> <w*>between <pair>', subject: () => 'bilateral trade' },
    { name: "<A>'s exports", pattern: "<A><'s> (?:<total> )?<exports>", subject: ({ a }) => `exports of ${a}` },
    { name: 'exports of <A>', pattern: '<exports> (?:of|from|by) <A>', subject: ({ a }) => `exports of ${a}` },
    { name: '<A> exported', pattern: '<A> <exportVerbs>', subject: ({ a }) => `exports of ${a}` },
    { name: "<A>'s imports", pattern: "<A><'s> (?:<total> )?<imports>", subject: ({ a }) => `imports of ${a}` },
    { name: 'imports of <A>', pattern: '<imports> (?:of|by|into) <A>', subject: ({ a }) => `imports of ${a}` },
    { name: '<A> imported', pattern: '<A> <importVerbs>', subject: ({ a }) => `imports of ${a}` },
    { name: "<A>'s trade", pattern: "<A><'s> (?:<total> )?<trade>", subject: ({ a }) => `trade of ${a}` },
    { name: 'trade of <A>', pattern: '<trade> of <A>', subject: ({ a }) => `trade of ${a}` },
    { name: 'exports', pattern: '<exports>', subject: () => 'exports' },
    { name: 'imports', pattern: '<imports>', subject: () => 'imports' },
    { name: 'trade', pattern: '<trade>', subject: () => 'trade' }
  ]
}
