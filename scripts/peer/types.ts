import type { Lang } from '../../src/lang.js'

/** One example of a peer corpus (Duckling's tests exported as JSON). */
export interface PeerCase {
  readonly text: string
  /** What the peer expects; `null` for a negative (nothing may be found). */
  readonly expected: Readonly<Record<string, unknown>> | null
  /** Returned by the peer only with its `withLatent` option: factline drops latent readings. */
  readonly latent?: boolean
  /** Set when the example holds only under a regional locale (`EN_GB`), which factline has no setting for. */
  readonly locale?: string
  readonly line?: number
}

/** A peer corpus file as exported: `numeral.en.json`, `amount-of-money.vi.json`, ... */
export interface PeerFile {
  readonly dimension: string
  readonly lang: Lang
  /** The language's own locale (`EN`, `VI`): cases under another locale are regional. */
  readonly locale: string
  readonly referenceTime: string
  readonly cases: readonly PeerCase[]
  readonly negatives: readonly Omit<PeerCase, 'expected'>[]
}

export interface Verdict {
  readonly pass: boolean
  /** What factline read, to show on a failure. */
  readonly got?: unknown
}

/** Scores one peer file: `check` is called for each case and for each negative (`expected: null`). */
export interface Checker {
  readonly file: string
  /** The row's name when a file is scored more than one way (by default the file's name). */
  readonly label?: string
  readonly check: (kase: PeerCase, file: PeerFile) => Verdict
}
