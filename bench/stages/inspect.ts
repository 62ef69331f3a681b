/**
 * After the build, in its own process: what the build produced and what
 * readers download. dist/ size and files, the search index, a typical case
 * page gzipped with its CSS and JS, the bytes of a first and a follow-up
 * search run with the search page's own code on the built index (Node), and
 * Lighthouse's mobile performance audit of the search page (Chromium).
 */
import fs from 'node:fs'
import path from 'node:path'
import { gzipSync } from 'node:zlib'

import { parse } from 'node-html-parser'

import { staticDirOf } from '../../site/build/buildSite'
import { folderSize, type FolderSize } from '../../site/build/folderSize'
import { pagefindDir } from '../../site/build/searchIndex'
import { auditPages, type LighthouseReport } from '../measure/lighthouse'
import { measureSearchBytes, type TransferReport } from '../measure/searchBytes'
import { argValue, emit } from './protocol'

export type SearchScenario = { name: string; first: string; followUp: string }

export type InspectReport = {
  dist: FolderSize
  site: { bytes: number; files: number; htmlPages: number; casePages: number }
  searchIndex: FolderSize
  casePage: { url: string; htmlGzip: number; cssGzip: number; jsGzip: number; totalGzip: number; htmlBytes: number; largestHtmlGzip: number }
  search: {
    name: string
    first: string
    followUp: string
    /** The page and its first answer. */
    firstBytes: number
    /** What the facet counts add to the first search (loaded after the answer). */
    facetBytes: number
    firstResults: number
    followUpBytes: number
    followUpResults: number
    firstFiles: Record<string, number>
    facetFiles: Record<string, number>
    followUpFiles: Record<string, number>
  }[]
  /** Lighthouse mobile performance of the pages run.ts names: the search page, painted and opened with a query. */
  lighthouse: LighthouseReport[]
}

const outDir = argValue('--out')!
const scenarios = JSON.parse(argValue('--searches') ?? '[]') as SearchScenario[]
const audited = JSON.parse(argValue('--audit') ?? '[]') as string[]
const siteDir = staticDirOf(outDir)

const gz = (file: string) => gzipSync(fs.readFileSync(file), { level: 6 }).length

/** The median case page by size, with the stylesheets and scripts it loads. */
function typicalCasePage() {
  const dir = path.join(siteDir, 'cases')
  const pages = fs
    .readdirSync(dir)
    .map((slug) => path.join(dir, slug, 'index.html'))
    .filter((file) => fs.existsSync(file) && !fs.readFileSync(file, 'utf8').includes('http-equiv="refresh"'))
    .map((file) => ({ file, size: fs.statSync(file).size }))
    .sort((a, b) => a.size - b.size)
  const median = pages[Math.floor(pages.length / 2)]!
  const largest = pages.at(-1)!
  const html = parse(fs.readFileSync(median.file, 'utf8'))
  const local = (href: string | undefined) => (href && href.startsWith('/') ? path.join(siteDir, href.split('?')[0]!) : undefined)
  const css = html
    .querySelectorAll('link[rel="stylesheet"]')
    .map((l) => local(l.getAttribute('href')))
    .filter((f): f is string => Boolean(f && fs.existsSync(f)))
  const js = html
    .querySelectorAll('script[src], link[rel="modulepreload"]')
    .map((s) => local(s.getAttribute('src') ?? s.getAttribute('href')))
    .filter((f): f is string => Boolean(f && fs.existsSync(f)))
  const inlineJs = html.querySelectorAll('script:not([src]):not([type="application/ld+json"])').reduce((n, s) => n + s.text.length, 0)
  const htmlGzip = gz(median.file)
  const cssGzip = css.reduce((n, f) => n + gz(f), 0)
  const jsGzip = js.reduce((n, f) => n + gz(f), 0) + (inlineJs ? gzipSync(inlineJs.toString()).length : 0)
  return {
    url: `/${path.relative(siteDir, path.dirname(median.file))}/`,
    htmlGzip,
    cssGzip,
    jsGzip,
    totalGzip: htmlGzip + cssGzip + jsGzip,
    htmlBytes: median.size,
    largestHtmlGzip: gz(largest.file),
    casePages: pages.length,
  }
}

const files = (report: TransferReport) => Object.fromEntries(report.files.map((f) => [f.path, f.bytes]))

const { htmlFiles, ...site } = folderSize(siteDir)
const { casePages, ...casePage } = typicalCasePage()
const search: InspectReport['search'] = []
for (const scenario of scenarios) {
  const bytes = await measureSearchBytes(siteDir, scenario.first, scenario.followUp)
  search.push({
    ...scenario,
    firstBytes: bytes.first.bytes,
    facetBytes: bytes.facets.bytes,
    firstResults: bytes.first.results,
    followUpBytes: bytes.followUp.bytes,
    followUpResults: bytes.followUp.results,
    firstFiles: files(bytes.first),
    facetFiles: files(bytes.facets),
    followUpFiles: files(bytes.followUp),
  })
}
const report: InspectReport = {
  dist: folderSize(outDir),
  site: {
    ...site,
    htmlPages: htmlFiles,
    casePages,
  },
  searchIndex: folderSize(path.join(siteDir, pagefindDir)),
  casePage,
  search,
  lighthouse: await auditPages(siteDir, audited),
}
emit({ result: report })
process.exit(0)
