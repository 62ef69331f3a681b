/**
 * The bench's results: one record per run, the targets of issue 6 checked
 * against it, a table for the terminal and bench/results/<date>.json.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { InspectReport } from './stages/inspect'

export type StageFigures = { ms: number; peakBytes: number; peakProcess?: string }

export type BenchRun = {
  cases: number
  seed: number
  /** False for a --no-facts run: the same cases without their case facts. */
  facts?: boolean
  /** False for a --no-pdf run: the same build without the 汇编 PDFs. */
  pdf?: boolean
  startedAt: string
  machine: { cpus: number; memoryGiB: number; node: string; platform: string }
  /** The engine measured; on the MongoDB emulator the figures say only that the pipeline runs. */
  database?: 'sqlite' | 'mongodb'
  sizes: Record<string, number>
  stages: {
    seed: StageFigures & { casesPerSecond: number; casesMs: number; generateMs: number; docsMs: Record<string, number> }
    cmsRead: StageFigures & { counts: Record<string, number>; collectionMs: Record<string, number>; jsonBytes: number }
    astroBuild: StageFigures
    searchIndex: StageFigures
    total: StageFigures & { pages: number }
    edit?: StageFigures & {
      liveMs: number
      idleMs?: number
      buildMs: number | null
      debounceMs: number
      saveMs: number
      url: string
      buildLog: string[]
      /** A second edit, once the warm builder has built before (every edit after the first). */
      again?: { url: string; saveMs: number; buildMs: number | null; liveMs: number; idleMs: number; buildLog?: string[] }
    }
  }
  /** The 汇编 PDFs typeset during stage 3 (in a worker thread beside the render), and the typesetter's time on them. */
  books?: { typeset: number; pages: number; bytes: number; typesetMs: number; peakBytes?: number }
  pagesPerSecond: number
  dist: InspectReport['dist']
  site: InspectReport['site']
  searchIndex: InspectReport['searchIndex']
  casePage: InspectReport['casePage']
  search: InspectReport['search']
  lighthouse?: InspectReport['lighthouse']
  targets: Target[]
}

export type Target = { name: string; target: string; value: string; met: boolean }

const GB = 1024 ** 3
const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`
const gb = (bytes: number) => `${(bytes / GB).toFixed(2)} GB`
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`
const mb = (bytes: number) => `${(bytes / 1024 ** 2).toFixed(1)} MB`
const int = (n: number) => n.toLocaleString('en-US')

export function machine(): BenchRun['machine'] {
  return { cpus: os.cpus().length, memoryGiB: Math.round(os.totalmem() / GB), node: process.version, platform: `${os.platform()} ${os.arch()}` }
}

/** Issue 6's targets, set for 10,000 cases on a 2-core machine. */
export function checkTargets(run: Omit<BenchRun, 'targets'>): Target[] {
  const { stages } = run
  const buildPeak = Math.max(stages.cmsRead.peakBytes, stages.total.peakBytes)
  const first = run.search[0]
  const targets: Target[] = [
    { name: 'full build wall (astro build incl. CMS read + search index)', target: '≤ 60 s', value: s(stages.total.ms), met: stages.total.ms <= 60_000 },
    { name: 'peak RSS of any build process', target: '≤ 3 GB', value: gb(buildPeak), met: buildPeak <= 3 * GB },
    {
      name: 'seeding through the validated Local API',
      target: '≥ 1,000 cases/s',
      value: `${int(stages.seed.casesPerSecond)} cases/s`,
      met: stages.seed.casesPerSecond >= 1000,
    },
    {
      name: 'case page, gzipped HTML + CSS',
      target: '≤ 14 KB',
      value: kb(run.casePage.htmlGzip + run.casePage.cssGzip),
      met: run.casePage.htmlGzip + run.casePage.cssGzip <= 14 * 1024,
    },
    { name: 'case page JavaScript', target: '0 bytes', value: `${run.casePage.jsGzip} bytes`, met: run.casePage.jsGzip === 0 },
  ]
  for (const scenario of run.search) {
    targets.push({ name: `first search: ${scenario.name}`, target: '≤ 150 KB', value: kb(scenario.firstBytes), met: scenario.firstBytes <= 150 * 1024 })
    targets.push({ name: `follow-up: ${scenario.name}`, target: '≤ 30 KB', value: kb(scenario.followUpBytes), met: scenario.followUpBytes <= 30 * 1024 })
  }
  if (!first) targets.push({ name: 'search bytes', target: 'measured', value: 'not measured', met: false })
  for (const audit of run.lighthouse ?? []) {
    targets.push({
      name: `Lighthouse mobile performance: ${audit.url}`,
      target: '≥ 95',
      value: `${audit.score} (LCP ${s(audit.lcpMs)})`,
      met: audit.score >= 95,
    })
  }
  if (stages.edit)
    targets.push({ name: 'one case edited → live (save to rebuilt site)', target: '≤ 15 s', value: s(stages.edit.liveMs), met: stages.edit.liveMs <= 15_000 })
  return targets
}

/** The table of one or more runs, side by side. */
export function table(runs: BenchRun[]): string {
  const rows: [string, ...string[]][] = []
  const row = (label: string, cell: (run: BenchRun) => string) => rows.push([label, ...runs.map(cell)])
  const stage = (f: StageFigures) => `${s(f.ms).padStart(7)}  ${gb(f.peakBytes)}`
  rows.push(['', ...runs.map((r) => `N = ${int(r.cases)}`)])
  row('1 seed via Local API (wall, peak RSS)', (r) => stage(r.stages.seed))
  row('    cases/s (case creates only)', (r) => int(r.stages.seed.casesPerSecond))
  row('2 CMS read by the loader', (r) => stage(r.stages.cmsRead))
  row('3 astro build (incl. its CMS read)', (r) => stage(r.stages.astroBuild))
  row('4 search index (from the CMS data, beside 3)', (r) => stage(r.stages.searchIndex))
  row('5 total build (3 and 4, check, swap)', (r) => stage(r.stages.total))
  row('    汇编 PDFs typeset: books, pages, MB', (r) => (r.books ? `${r.books.typeset}, ${int(r.books.pages)}, ${mb(r.books.bytes)}` : '-'))
  row('    typesetter busy, peak RSS (own process, beside 3)', (r) => (r.books ? `${s(r.books.typesetMs)}  ${gb(r.books.peakBytes ?? 0)}` : '-'))
  row('pages (HTML files) / pages per s', (r) => `${int(r.site.htmlPages)} / ${int(r.pagesPerSecond)}`)
  row('dist/ size, files', (r) => `${mb(r.dist.bytes)}, ${int(r.dist.files)}`)
  row('search index size, files', (r) => `${mb(r.searchIndex.bytes)}, ${int(r.searchIndex.files)}`)
  row('case page gzip: HTML + CSS + JS', (r) => `${kb(r.casePage.htmlGzip)} + ${kb(r.casePage.cssGzip)} + ${r.casePage.jsGzip} B`)
  for (let i = 0; i < Math.max(...runs.map((r) => r.search.length)); i += 1) {
    row(`search "${runs[0]!.search[i]?.name ?? ''}": first (+ facet counts) / follow-up`, (r) => {
      const sc = r.search[i]
      return sc ? `${kb(sc.firstBytes)} (+${kb(sc.facetBytes ?? 0)} counts) / ${kb(sc.followUpBytes)}` : '-'
    })
  }
  row('search page, Lighthouse mobile: /search/ / with a query (LCP)', (r) =>
    r.lighthouse?.length ? r.lighthouse.map((a) => `${a.score} (${s(a.lcpMs)})`).join(' / ') : '-',
  )
  row('edit one case → live (build alone)', (r) => (r.stages.edit ? `${s(r.stages.edit.liveMs)} (${s(r.stages.edit.buildMs ?? 0)})` : '-'))
  row('edit another, warm builder → live (build)', (r) =>
    r.stages.edit?.again ? `${s(r.stages.edit.again.liveMs)} (${s(r.stages.edit.again.buildMs ?? 0)})` : '-',
  )
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => (r[c] ?? '').length)))
  const lines = rows.map((r) => r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('   '))
  lines.splice(1, 0, widths.map((w) => '-'.repeat(w)).join('   '))
  const last = runs.at(-1)!
  lines.push('', `Targets (set for 10,000 cases), checked on N = ${int(last.cases)}:`)
  for (const t of last.targets) lines.push(`  ${t.met ? 'met   ' : 'MISSED'}  ${t.name}: ${t.value} (target ${t.target})`)
  return lines.join('\n')
}

/** Adds the runs to bench/results/<date>.json (a run replaces an earlier one of the same size that day). */
export function saveResults(dir: string, runs: BenchRun[]): string {
  fs.mkdirSync(dir, { recursive: true })
  const file = path.join(dir, `${runs[0]!.startedAt.slice(0, 10)}.json`)
  let saved: { runs: BenchRun[] } = { runs: [] }
  try {
    saved = JSON.parse(fs.readFileSync(file, 'utf8')) as { runs: BenchRun[] }
  } catch {
    // A new day's file.
  }
  const byCases = new Map(saved.runs.map((r) => [r.cases, r]))
  for (const run of runs) byCases.set(run.cases, run)
  const all = [...byCases.values()].sort((a, b) => a.cases - b.cases)
  fs.writeFileSync(file, `${JSON.stringify({ about: 'npm run bench: see bench/README.md', runs: all }, null, 2)}\n`)
  return file
}

export function summaryLine(run: BenchRun): string {
  const missed = run.targets.filter((t) => !t.met)
  return `bench: ${int(run.cases)} cases, build ${s(run.stages.total.ms)} at ${gb(Math.max(run.stages.total.peakBytes, run.stages.cmsRead.peakBytes))} peak, seed ${int(run.stages.seed.casesPerSecond)} cases/s, ${missed.length ? `${missed.length} target(s) missed: ${missed.map((t) => t.name).join('; ')}` : 'all targets met'}`
}
