/** Words that tell how a date stands to a figure, per language. */
export interface PeriodWords {
  /** Between a figure and the date right after it: "$850 million in 2024", "850 triệu USD vào năm 2024". */
  readonly connectors: readonly string[]
  /** Before a date that is a change's baseline, not its period: "so với năm 2023", "compared with 2023". */
  readonly baseline: readonly string[]
  /** Between a baseline word and its date: "so với cùng kỳ năm 2023", "the same period of 2023". */
  readonly baselineFillers: readonly string[]
  /** In a baseline's words, those that make it the same months of another year: "cùng kỳ năm 2023", "the same period of 2023". */
  readonly samePeriod: readonly string[]
  /** Before a date that starts a span rather than naming a period: "since 2001", "từ năm 2002". */
  readonly since: readonly string[]
  /** What may stand before a date that opens a clause and frames it: "In 2024,", "Năm 2024,". */
  readonly frameLeads: readonly string[]
  /** Right before a day that closes a cumulative period: "as of March 20, 2024", "tính đến ngày 20/3/2024". */
  readonly asOf: readonly string[]
  /** Between a change and the level it started from: "up 194%, from $5.1 billion in 2013 to ...", "tăng 194%, từ 5,1 tỉ USD". */
  readonly from: readonly string[]
  /** Between a change and the level it brought: "up 23% to $187.6 million", "tăng 23% lên 187,6 triệu USD". */
  readonly towards: readonly string[]
}
