import { readFile } from 'node:fs/promises'
import type { PageAssets } from './page.js'

/** The page's stylesheet and script, kept as real .css and .js files beside this one. */
export async function loadAssets(): Promise<PageAssets> {
  const [css, script] = await Promise.all(['style.css', 'client.js'].map((name) => readFile(new URL(`./${name}`, import.meta.url), 'utf8')))
  return { css: css!, script: script! }
}
