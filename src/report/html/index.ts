import { toHtml } from 'hast-util-to-html'
import { loadAssets } from './assets.js'
import { buildReportModel, type ReportOptions } from './model.js'
import { reportPage } from './page.js'

/** The review page of a dataset, with a diff against an older one when given, as one HTML document. */
export async function renderReport(options: ReportOptions): Promise<string> {
  const [model, assets] = await Promise.all([buildReportModel(options), loadAssets()])
  return `${toHtml(reportPage(model, assets))}\n`
}
