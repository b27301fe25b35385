/** The JSON Schemas of `factline schema --what manifest|claims` describe the files the committed dataset has, field by field. */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, test } from 'vitest'
import { claimSchema, manifestSchema } from '../src/schema/outputs.js'
import { projectRoot } from './helpers/project.js'

const output = path.join(projectRoot, 'output')

describe("schemas of the dataset's files", () => {
  test('should validate the committed manifest', () => {
    const manifest = JSON.parse(readFileSync(path.join(output, 'manifest.json'), 'utf8'))
    expect(manifestSchema.safeParse(manifest).error).toBeUndefined()
  })

  test('should validate every committed claim, each with its fields beside `about`', () => {
    const claims = readFileSync(path.join(output, 'claims.jsonl'), 'utf8')
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line))
    expect(claims.length).toBeGreaterThan(10)
    for (const claim of claims) expect(claimSchema.safeParse(claim).error).toBeUndefined()
    for (const claim of claims.filter((each) => each.kind === 'figure')) {
      expect(claim).toEqual(expect.objectContaining({ type: expect.any(String), unit: expect.any(String), subject: expect.any(String) }))
      expect(claim.about).toContain(claim.subject)
      expect('period' in claim).toBe(true)
    }
    for (const claim of claims.filter((each) => each.kind === 'entity')) expect(claim.about).toBe(`${claim.type} ${claim.name}`)
  })
})
