import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, test } from 'vitest'
import { textWriter } from '../src/io/lines.js'

const folders: string[] = []
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true })
})

describe('textWriter', () => {
  test('should wait for the stream each time it is full, and leave no listener behind', async () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'factline-lines-'))
    folders.push(folder)
    const file = path.join(folder, 'out.txt')
    const warnings: Error[] = []
    const onWarning = (warning: Error) => warnings.push(warning)
    process.on('warning', onWarning)
    try {
      const writer = textWriter(file)
      // Each piece is larger than the stream holds, so every write waits for it to drain.
      const piece = 'x'.repeat(64 * 1024)
      for (let index = 0; index < 40; index++) await writer.write(`${index}${piece}\n`)
      await writer.close()
      // Warnings are emitted on a later tick.
      await new Promise((resolve) => setImmediate(resolve))
    } finally {
      process.off('warning', onWarning)
    }
    expect(warnings.map((warning) => warning.name)).not.toContain('MaxListenersExceededWarning')
    const lines = readFileSync(file, 'utf8').split('\n')
    expect(lines).toHaveLength(41)
    expect(lines[39]!.startsWith('39x')).toBe(true)
  })
})
