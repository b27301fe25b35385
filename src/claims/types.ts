import type { Lang } from '../lang.js'

/** One record that supports a claim, with enough to find it again. */
export interface Support {
  readonly source: string
  readonly id: string
  readonly line: number
  readonly quote: string
  readonly lang: Lang
}

/**
 * - `agreed`: two or more sources say the same thing.
 * - `single`: one source only.
 * - `conflict`: sources disagree on a value or a date of the same thing.
 * - `unresolved`: values differ but the period is unknown (no date, or a relative
 *   date without a reference day), so they cannot be said to conflict.
 */
export const claimStatuses = ['agreed', 'single', 'conflict', 'unresolved'] as const
export type ClaimStatus = (typeof claimStatuses)[number]

/** One value a claim's sources give, with who gives it. */
export interface ClaimValue {
  readonly value: number | string | null
  readonly support: readonly Support[]
}

/**
 * What a claim is about, field by field, for programs: `about` says the same
 * for people. Figures: `type`, `unit`, `qualifier`, `subject` (normalized
 * across sources and languages) and `period` (the date value, null when
 * unknown); dates: `period`; entities: `type` and `name` (canonical when
 * known); events: `type`, `participants` (names, sorted) and `period`.
 */
export interface ClaimFields {
  readonly type?: string
  readonly unit?: string
  readonly qualifier?: string
  readonly subject?: string
  readonly period?: string | null
  readonly name?: string
  readonly participants?: readonly string[]
}

export interface Claim extends ClaimFields {
  readonly id: string
  readonly kind: 'figure' | 'date' | 'entity' | 'event'
  /** What the claim is about, readable: "figure money USD · flow Vietnam→Pakistan · 2024". */
  readonly about: string
  readonly status: ClaimStatus
  /** The values given; one for an agreed claim, several for a conflict. */
  readonly values: readonly ClaimValue[]
  /** Why the claim has this status, when it is not obvious. */
  readonly note?: string
  /** Sources (paths) supporting the claim, sorted. */
  readonly sources: readonly string[]
}
