/**
 * What `astro build` did, as JSON for the build pipeline (site/build/buildSite.ts)
 * instead of its console output: every prerendered page, and which of them were
 * rendered. Pages that were not rendered were reused by the incremental build.
 * The file is named by HUIBIAN_BUILD_REPORT; without it nothing is written.
 * @see https://docs.astro.build/en/reference/integrations-reference/#astrobuilddone
 */
import fs from 'node:fs'
import { fileURLToPath } from 'node:url'

import type { AstroIntegration } from 'astro'

import { renderedListOf, reportFile, type AstroBuildReport } from './reportFile'

export function buildReportIntegration(): AstroIntegration {
  return {
    name: 'huibian:build-report',
    hooks: {
      'astro:config:setup': ({ addMiddleware }) => {
        addMiddleware({ entrypoint: fileURLToPath(new URL('./recordRender.ts', import.meta.url)), order: 'pre' })
      },
      'astro:build:start': () => {
        const file = reportFile()
        if (file) fs.rmSync(renderedListOf(file), { force: true })
      },
      'astro:build:done': ({ pages }) => {
        const file = reportFile()
        if (!file) return
        const list = renderedListOf(file)
        const rendered = fs.existsSync(list) ? fs.readFileSync(list, 'utf8').split('\n').filter(Boolean) : []
        fs.rmSync(list, { force: true })
        const report: AstroBuildReport = { pages: pages.map((p) => `/${p.pathname}`), rendered: [...new Set(rendered)].sort() }
        fs.writeFileSync(file, JSON.stringify(report))
      },
    },
  }
}
