import type { Produced } from '../../engine/rule.js'

/** An ordinal reading: latent, as a rank alone is no fact. */
export function ordinal(value: number): Produced<'ordinal'> {
  return { value: { value }, latent: true }
}
