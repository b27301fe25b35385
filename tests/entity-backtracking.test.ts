/**
 * Entity scanning stays linear: doubling an input of capitalized words, long
 * lines without spaces or brackets at most about doubles the time.
 */
import { describe, expect, test } from 'vitest'
import { createParser } from '../src/dimensions/parse.js'
import { leastCpuMsInTurns } from './helpers/cpu.js'

const inputs: Record<string, (size: number) => string> = {
  'capitalized words': (size) => 'Ministry Of The Grand Chamber And Council Of '.repeat(size / 44 + 1).slice(0, size),
  'capitalized Vietnamese syllables': (size) => 'Bộ Hội Đồng Nguyễn Văn Việt Nam Ủy Ban '.repeat(size / 38 + 1).slice(0, size),
  'a line without spaces': (size) => 'ASEANVietnamPakistan-'.repeat(size / 21 + 1).slice(0, size),
  'brackets and acronyms': (size) => 'Association (ABC) Trade Agreement (XYZ) '.repeat(size / 41 + 1).slice(0, size),
  'titles and names': (size) => 'Minister of Trade Ali Khan, Ambassador to Japan Bà Lê Thị Hoa, '.repeat(size / 64 + 1).slice(0, size)
}

describe.each(['en', 'vi'] as const)('%s', (lang) => {
  test.each(Object.keys(inputs))('should scan growing inputs of %s in linear time', (label) => {
    const make = inputs[label]!
    const parser = createParser(lang, ['entity', 'acronym'])
    parser.parse(make(2_000))
    const smallText = make(10_000)
    const largeText = make(40_000)
    // The least CPU time of runs in turns, so a pause of the collector or a busy spell does not count.
    const [small, large] = leastCpuMsInTurns(
      () => parser.parse(smallText),
      () => parser.parse(largeText)
    )
    console.info(`linear ${lang} ${label}: ${small.toFixed(1)} ms → ${large.toFixed(1)} ms`)
    // Four times the input: well under sixteen times the time (quadratic), with room for noise.
    expect(large).toBeLessThan(Math.max(small * 8, 300))
    expect(large).toBeLessThan(5_000)
  })
})
