/**
 * Lets the worker's event loop turn between tests. Tests that run
 * synchronously follow one another in microtasks alone, so the answers to
 * the worker's reports of finished tests wait unread; past a minute (a file
 * of many long synchronous tests on a loaded machine), vitest fails the run
 * on "Timeout calling onTaskUpdate" though every test passed.
 */
import { beforeEach } from 'vitest'

beforeEach(() => new Promise<void>((resolve) => setImmediate(resolve)))
