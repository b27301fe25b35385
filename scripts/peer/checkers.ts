import { moneyCheckers } from './money.js'
import { numeralCheckers } from './numeral.js'
import { timeCheckers } from './time.js'
import type { Checker } from './types.js'

export type { Checker, PeerCase, PeerFile, Verdict } from './types.js'

/** The peer files factline is scored on, each with its checker: one line per dimension. */
export const checkers: readonly Checker[] = [...numeralCheckers, ...moneyCheckers, ...timeCheckers]
