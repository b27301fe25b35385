/**
 * The event vocabulary as a whole: every type of EVENTS.md has triggers in
 * each language, and every trigger rule has an example of its own in its
 * language's corpus (a rule no example reaches is a review comment).
 */
import { describe, expect, test } from 'vitest'
import { corpus as en } from '../src/dimensions/event/en/corpus.js'
import { corpus as vi } from '../src/dimensions/event/vi/corpus.js'
import { event } from '../src/dimensions/event/index.js'
import { createParser } from '../src/dimensions/parse.js'
import { eventTypeInfo } from '../src/schema/event-types.js'
import { eventTypes } from '../src/schema/vocabulary.js'

const corpora = { en, vi }

describe.each(Object.entries(corpora))('event triggers (%s)', (lang, corpus) => {
  const language = lang as keyof typeof corpora
  const rules = event.rules[language]
  const parser = createParser(language, ['event'])
  const texts = [...corpus.examples.flatMap((example) => example.phrasings), ...(corpus.inContext ?? []).map((item) => item.text)]
  const reached = new Set(texts.flatMap((text) => parser.parse(text).tokens.map((token) => token.rule)))
  const types = new Set(texts.flatMap((text) => parser.parse(text).tokens.map((token) => (token.value as { type: string }).type)))

  test('should give every rule an example of its own', () => {
    expect(rules.map((rule) => rule.name).filter((name) => !reached.has(`event/${lang}/${name}`))).toEqual([])
  })

  test('should read every event type of the vocabulary', () => {
    expect(eventTypes.filter((type) => !types.has(type))).toEqual([])
  })
})

test('should give each event type a section, and CAMEO variants only where it has a code', () => {
  for (const type of eventTypes) {
    const info = eventTypeInfo[type]
    expect(info.section).toBeTruthy()
    if (info.variants) expect(info.cameo).toBeDefined()
  }
})
