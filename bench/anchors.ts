/**
 * npm run bench:anchors: the reference points huibian's build is judged
 * against, measured on this machine at the same size and in the same hour:
 * a bare Astro site of N synthetic case pages (file() loader, one route,
 * no CMS, no images, no books), then plain Pagefind over its output, and the
 * bytes Pagefind's own JS API fetches for a first search. The text comes from
 * the same generator as the bench's cases (about 2,800 characters a page).
 *
 * Options: --pages N (default 10,000, plus one list page per 250)  --seed S  --keep
 * Prints a table and one summary line; `--json <file>` also writes the figures.
 */
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import { createRequire } from 'node:module'
import os from 'node:os'
import path from 'node:path'

import { rootDir } from '../cms/paths'
import { readCorpus } from './generate/corpus'
import { seededRandom } from './generate/random'
import { TextGenerator } from './generate/text'
import { transferSize, type TransferReport } from './measure/searchBytes'
import { TreeSampler } from './measure/processTree'
import { openPagefind } from '../test/helpers/nodePagefind'

const args = process.argv.slice(2)
const option = (name: string) => {
  const i = args.indexOf(name)
  return i >= 0 ? args[i + 1] : undefined
}
const pages = Number((option('--pages') ?? '10000').replace(/_/g, ''))
const seed = Number(option('--seed') ?? 1)
const keep = args.includes('--keep')
const jsonOut = option('--json')
const PER_LIST = 250
if (!Number.isInteger(pages) || pages < 10) {
  console.error('Usage: npm run bench:anchors -- [--pages N] [--seed S] [--keep] [--json <file>]   (N ≥ 10)')
  process.exit(2)
}

const require = createRequire(import.meta.url)
const astroBin = path.join(path.dirname(require.resolve('astro/package.json')), 'bin', 'astro.mjs')
// pagefind's package.json is not in its exports map: found from the package folder instead.
const pagefindDir = path.join(rootDir, 'node_modules', 'pagefind')
const pagefindBin = path.join(pagefindDir, 'lib', 'runner', 'bin.cjs')
const astroVersion = (require('astro/package.json') as { version: string }).version
const pagefindVersion = (JSON.parse(fs.readFileSync(path.join(pagefindDir, 'package.json'), 'utf8')) as { version: string }).version

type Timed = { ms: number; peakBytes: number; cpuSeconds: number }

/** Runs a command, timing it and sampling the peak memory of it and its children. */
async function timed(command: string, commandArgs: string[], cwd: string): Promise<Timed> {
  const started = performance.now()
  const child = spawn(command, commandArgs, { cwd, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NO_COLOR: '1', ASTRO_TELEMETRY_DISABLED: '1' } })
  const sampler = new TreeSampler(child.pid!).start()
  const tail: string[] = []
  for (const stream of [child.stdout, child.stderr])
    stream.on('data', (chunk: Buffer) => {
      tail.push(chunk.toString())
      if (tail.length > 30) tail.shift()
    })
  const code = await new Promise<number | null>((resolve, reject) => {
    child.on('error', reject)
    child.on('close', resolve)
  })
  const peaks = sampler.stop()
  if (code !== 0) throw new Error(`${path.basename(commandArgs[0] ?? command)} failed (exit ${code}):\n${tail.join('').slice(-3000)}`)
  return { ms: Math.round(performance.now() - started), peakBytes: peaks.peakBytes, cpuSeconds: childCpuSeconds() }
}

let lastChildCpu = 0
/** CPU seconds (user + system) of the children that ended since the last call: cutime and cstime of /proc/self/stat, in 1/100 s. */
function childCpuSeconds(): number {
  const fields = fs.readFileSync('/proc/self/stat', 'utf8').split(') ')[1]!.split(' ')
  const seconds = (Number(fields[13]) + Number(fields[14])) / 100
  const delta = seconds - lastChildCpu
  lastChildCpu = seconds
  return Math.round(delta * 10) / 10
}

function writeProject(dir: string) {
  const random = seededRandom(seed)
  const text = new TextGenerator(readCorpus(), random)
  const docs = Array.from({ length: pages }, (_, i) => ({
    id: `c${i + 1}`,
    title: text.title(),
    year: 2017 + (i % 9),
    sections: Array.from({ length: 4 }, () => ({ heading: text.title(), paragraphs: text.paragraphs(600, 760).split('\n').filter(Boolean) })),
  }))
  fs.mkdirSync(path.join(dir, 'src', 'pages', 'cases'), { recursive: true })
  fs.mkdirSync(path.join(dir, 'src', 'pages', 'list'), { recursive: true })
  fs.mkdirSync(path.join(dir, 'data'), { recursive: true })
  fs.writeFileSync(path.join(dir, 'data', 'cases.json'), JSON.stringify(docs))
  fs.writeFileSync(path.join(dir, 'astro.config.mjs'), `export default { output: 'static', build: { format: 'directory' }, trailingSlash: 'always' }\n`)
  fs.writeFileSync(
    path.join(dir, 'src', 'content.config.ts'),
    `import { defineCollection } from 'astro:content'\nimport { file } from 'astro/loaders'\nexport const collections = { cases: defineCollection({ loader: file('data/cases.json') }) }\n`,
  )
  const layout = (body: string) =>
    `<html lang="zh-CN"><head><meta charset="utf-8" /><meta name="viewport" content="width=device-width" /><title>{title}</title></head><body>${body}</body></html>`
  fs.writeFileSync(
    path.join(dir, 'src', 'pages', 'cases', '[id].astro'),
    `---
import { getCollection } from 'astro:content'
export async function getStaticPaths() {
  return (await getCollection('cases')).map((entry) => ({ params: { id: entry.id }, props: { entry } }))
}
const { data } = Astro.props.entry
const title = data.title
---
${layout(`<main data-pagefind-body><h1>{data.title}</h1><p data-pagefind-filter="年度">{data.year}</p>{data.sections.map((s) => (<section><h2>{s.heading}</h2>{s.paragraphs.map((p) => <p>{p}</p>)}</section>))}</main>`)}
`,
  )
  fs.writeFileSync(
    path.join(dir, 'src', 'pages', 'list', '[page].astro'),
    `---
import { getCollection } from 'astro:content'
export async function getStaticPaths() {
  const all = await getCollection('cases')
  const size = ${PER_LIST}
  return Array.from({ length: Math.ceil(all.length / size) }, (_, i) => ({ params: { page: String(i + 1) }, props: { items: all.slice(i * size, (i + 1) * size) } }))
}
const title = '全部案例'
---
${layout(`<h1>全部案例</h1><ol>{Astro.props.items.map((e) => <li><a href={'/cases/' + e.id + '/'}>{e.data.title}</a></li>)}</ol>`)}
`,
  )
  fs.symlinkSync(path.join(rootDir, 'node_modules'), path.join(dir, 'node_modules'), 'dir')
}

/** A fresh browser's first search with Pagefind's own JS API: its files, and the first page of results' fragments. */
async function firstSearch(siteDir: string, query: string): Promise<TransferReport> {
  const files: TransferReport['files'] = []
  const seen = new Set<string>()
  const take = (file: { path: string; body: Buffer }) => {
    if (seen.has(file.path)) return
    seen.add(file.path)
    files.push({ path: file.path, bytes: transferSize(file.path, file.body) })
  }
  take({ path: '/pagefind/pagefind.js', body: fs.readFileSync(path.join(siteDir, 'pagefind', 'pagefind.js')) })
  const pagefind = await openPagefind(siteDir, take)
  const started = Date.now()
  try {
    const response = await pagefind.api.search(query)
    const results = (response?.results ?? []) as { data: () => Promise<unknown> }[]
    await Promise.all(results.slice(0, 10).map((r) => r.data()))
    return { files, bytes: files.reduce((n, f) => n + f.bytes, 0), results: results.length, ms: Date.now() - started }
  } finally {
    await pagefind.close()
  }
}

const mb = (bytes: number) => `${(bytes / 1024 ** 3).toFixed(2)} GB`
const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`

const work = fs.mkdtempSync(path.join(os.tmpdir(), `huibian-anchors-${pages}-`))
try {
  console.log(`[anchors] ${pages.toLocaleString('en')} synthetic pages in ${work}`)
  writeProject(work)
  childCpuSeconds()
  console.log(`[anchors] 1/3 bare Astro ${astroVersion}: astro build`)
  const astro = await timed(process.execPath, [astroBin, 'build'], work)
  const siteDir = path.join(work, 'dist')
  const htmlPages = fs.readdirSync(siteDir, { recursive: true }).filter((f) => String(f).endsWith('index.html')).length
  console.log(`  ${htmlPages} pages in ${s(astro.ms)}, ${mb(astro.peakBytes)} peak, ${astro.cpuSeconds} s CPU`)
  console.log(`[anchors] 2/3 plain Pagefind ${pagefindVersion} over that output`)
  const pagefind = await timed(process.execPath, [pagefindBin, '--site', 'dist'], work)
  console.log(`  ${s(pagefind.ms)}, ${mb(pagefind.peakBytes)} peak, ${pagefind.cpuSeconds} s CPU`)
  console.log('[anchors] 3/3 first search with Pagefind’s JS API')
  const searches: Record<string, TransferReport> = {}
  for (const query of ['党建', '网格']) {
    searches[query] = await firstSearch(siteDir, query)
    console.log(`  ${query}: ${searches[query].results} results, ${kb(searches[query].bytes)} in ${searches[query].files.length} files`)
  }
  const figures = {
    pages: htmlPages,
    startedAt: new Date().toISOString(),
    astro: { version: astroVersion, ...astro },
    pagefind: { version: pagefindVersion, ...pagefind },
    firstSearch: Object.fromEntries(Object.entries(searches).map(([q, r]) => [q, { bytes: r.bytes, results: r.results, files: r.files.length }])),
  }
  if (jsonOut) fs.writeFileSync(jsonOut, `${JSON.stringify(figures, null, 2)}\n`)
  console.log(
    `anchors: ${htmlPages.toLocaleString('en')} pages; bare Astro ${s(astro.ms)} at ${mb(astro.peakBytes)}; plain Pagefind ${s(pagefind.ms)} at ${mb(pagefind.peakBytes)}; first search ${Object.entries(
      searches,
    )
      .map(([q, r]) => `${q} ${kb(r.bytes)}`)
      .join(', ')}`,
  )
} finally {
  if (!keep) fs.rmSync(work, { recursive: true, force: true })
}
process.exit(0)
