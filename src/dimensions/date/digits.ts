/**
 * Sources of the digit parts dates are written with, shared by both
 * languages and composed into each rule's regex. Every part is a fixed
 * number of digits or a short alternation, so composed regexes stay linear.
 */

/** A year of four digits, 1000-2999: "1972", "2024". */
export const fullYear = String.raw`[12]\d{3}`

/** A year that stands alone or ends a range: 1900-2100, the years news text speaks of. */
export const plausibleYear = String.raw`(?:19\d{2}|20\d{2}|2100)`

/** A month as digits: "3", "03", "11". */
export const monthDigits = String.raw`(?:1[0-2]|0?[1-9])`

/** A day of the month as digits: "8", "08", "31". */
export const dayDigits = String.raw`(?:3[01]|[12]\d|0?[1-9])`

/** A dash between the ends of a range, with or without blanks: "2013-2014", "2014 -2016", "8 – 9". */
export const rangeDash = String.raw`[ \t]*[-–—][ \t]*`

/** What separates day, month and year written in digits: "8/11/1972", "8-11-1972", "8.11.1972". */
export const dateSeparator = String.raw`[/.-]`
