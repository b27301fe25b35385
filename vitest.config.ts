import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    globalSetup: ['tests/global-setup.ts'],
    setupFiles: ['tests/yield-between-tests.ts'],
    testTimeout: 30_000,
    pool: 'forks'
  }
})
