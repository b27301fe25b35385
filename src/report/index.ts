import { toHtml } from 'hast-util-to-html'
import { loadAssets } from './assets.js'
import type { ReportModel } from './model.js'
import { reportPage } from './page.js'

export { buildReportModel } from './model.js'

/** The review page of a model (`buildReportModel`), as one HTML document. */
export async function renderReport(model: ReportModel): Promise<string> {
  return `${toHtml(reportPage(model, await loadAssets()))}\n`
}
