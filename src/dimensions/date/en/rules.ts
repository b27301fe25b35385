/** The English date rules, in the order resolution depends on. */
export { rules } from './calendar-dates.js'
