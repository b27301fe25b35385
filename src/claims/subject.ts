/**
 * A figure's subject as a comparable key. The link stage writes subjects as
 * short English phrases; trade flows seen from the two ends ("exports from A
 * to B", "imports of B from A") get one key, `flow A→B`, so the two views of
 * one flow meet.
 */
export interface SubjectKey {
  readonly key: string
  /** How the key was read, when it joins two views: said in the claim's note. */
  readonly view?: string
}

interface SubjectPattern {
  readonly pattern: RegExp
  readonly key: (match: RegExpExecArray, pair: readonly string[]) => SubjectKey | undefined
}

const other = (pair: readonly string[], one: string) => pair.find((name) => name !== one)

/** Phrases of the link stage's subjects, most specific first. */
const subjectPatterns: readonly SubjectPattern[] = [
  {
    pattern: /^exports? (?:from|of) (.+?) to (.+)$/u,
    key: (m) => ({ key: `flow ${m[1]}→${m[2]}`, view: `exports of ${m[1]} to ${m[2]}` })
  },
  {
    pattern: /^imports? (?:of|by|into) (.+?) from (.+)$/u,
    key: (m) => ({ key: `flow ${m[2]}→${m[1]}`, view: `imports of ${m[1]} from ${m[2]}` })
  },
  {
    // The importer unnamed: the other country of the document's pair.
    pattern: /^imports? from (.+)$/u,
    key: (m, pair) => {
      const importer = other(pair, m[1]!)
      return importer ? { key: `flow ${m[1]}→${importer}`, view: `imports of ${importer} from ${m[1]}` } : undefined
    }
  },
  {
    pattern: /^(?:bilateral )?trade between (.+?) and (.+)$/u,
    key: (m) => ({ key: `trade ${[m[1], m[2]].sort().join('–')}` })
  },
  {
    // "bilateral trade" of a document about two countries is their trade.
    pattern: /^(?:bilateral|two-way) trade$/u,
    key: (_m, pair) => (pair.length === 2 ? { key: `trade ${[...pair].sort().join('–')}` } : undefined)
  }
]

export function subjectKey(subject: string, pair: readonly string[]): SubjectKey {
  const lower = subject.trim()
  for (const { pattern, key } of subjectPatterns) {
    const match = pattern.exec(lower)
    const found = match && key(match, pair)
    if (found) return found
  }
  return { key: lower }
}
