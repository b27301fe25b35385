/**
 * Builds dist/ once before the tests when src/ changed since it was built:
 * tests that spawn the real command then never build it several times at once.
 */
export default async function setup(): Promise<void> {
  // @ts-expect-error: the build script is plain JavaScript, with no types.
  const { ensureBuilt } = (await import('../bin/build.js')) as { ensureBuilt: () => Promise<void> }
  await ensureBuilt()
}
