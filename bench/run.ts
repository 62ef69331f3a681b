/**
 * npm run bench: issue 6's benchmark. For each size N (default 1,000 then
 * 10,000; --cases N or --cases 1000,10000) it generates N synthetic cases into
 * a temporary database, then runs and measures, each stage as its own process:
 * 1 seed through the Local API, 2 the loader's CMS read, 3 astro build,
 * 4 search indexing, 5 the whole build, then what readers download and one
 * edit going live. Prints a table and writes bench/results/<date>.json.
 *
 * Options: --cases N[,N…]  --seed S (the generator's)  --keep (leave the
 * temporary folders)  --results <dir> (instead of bench/results)  --no-edit
 * --no-facts (the same cases without their case facts, to measure what the facts cost)
 * --no-pdf (the same build without the 汇编 PDFs, to measure what they cost)
 * --one-audit (Lighthouse audits the search page once, opened with a query, instead of also
 * painted empty: the smoke test's, which proves the audit runs)
 * --db <mongodb url> (MongoDB instead of a SQLite file: a fresh database of
 * that server per size, dropped afterwards)
 */
import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { mongoUrl } from '../cms/database'
import { rootDir } from '../cms/paths'
import { checkTargets, machine, saveResults, summaryLine, table, type BenchRun, type StageFigures } from './report'
import type { InspectReport, SearchScenario } from './stages/inspect'
import { runStage, StageError, type StageRun } from './stages/runStage'
import type { SeedReport } from './stages/seed'

const args = process.argv.slice(2)
const option = (name: string) => {
  const i = args.indexOf(name)
  return i >= 0 ? args[i + 1] : undefined
}
const sizes = (option('--cases') ?? '1000,10000').split(',').map((n) => Number(n.replace(/_/g, '')))
const seed = Number(option('--seed') ?? 1)
const keep = args.includes('--keep')
const facts = !args.includes('--no-facts')
const pdf = !args.includes('--no-pdf')
const resultsDir = path.resolve(option('--results') ?? path.join(rootDir, 'bench', 'results'))
const mongoServer = option('--db')
if (mongoServer !== undefined) mongoUrl(mongoServer) // refuses a server without a replica set, before any work
if (sizes.some((n) => !Number.isInteger(n) || n < 20)) {
  console.error(
    'Usage: npm run bench -- [--cases N[,N…]] [--seed S] [--keep] [--results <dir>] [--no-edit] [--no-facts] [--no-pdf] [--one-audit] [--db <mongodb url>]   (N ≥ 20)',
  )
  process.exit(2)
}

/** What readers search for: a common word, then a refinement; a rarer word, then another. */
const searches: SearchScenario[] = [
  { name: '党建 → +2024年', first: 'q=党建', followUp: 'q=党建&year=2024' },
  { name: '网格 → 网格化管理', first: 'q=网格', followUp: 'q=网格化管理' },
]

/** The search page as Lighthouse audits it: painted empty, then opened with the first search. */
const auditedPages = [...(args.includes('--one-audit') ? [] : ['/search/']), `/search/?${searches[0]!.first}`]

const stageFigures = (run: StageRun<unknown>): StageFigures => ({ ms: run.ms, peakBytes: run.peaks.peakBytes, peakProcess: run.peaks.processes[0]?.command })

function progress(line: string) {
  process.stdout.write(`${line}\n`)
}

async function benchOnce(cases: number): Promise<BenchRun> {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), `huibian-bench-${cases}-`))
  // The prerender bundle runs from inside the output folder and must find node_modules there.
  fs.symlinkSync(path.join(rootDir, 'node_modules'), path.join(work, 'node_modules'), 'dir')
  const outDir = path.join(work, 'dist')
  const cacheDir = path.join(work, 'cache')
  // Never the user's database: a fresh SQLite file in the temporary folder, or a fresh MongoDB database.
  const databaseUrl = mongoServer
    ? withDatabase(mongoServer, `huibian_bench_${cases}_${randomBytes(4).toString('hex')}`)
    : `file:${path.join(work, 'data', 'huibian.db')}`
  const env: Record<string, string> = {
    HUIBIAN_DATA_DIR: path.join(work, 'data'),
    DATABASE_URL: databaseUrl,
    PAYLOAD_SECRET: randomBytes(32).toString('hex'),
    HUIBIAN_LOG_LEVEL: 'warn',
    HUIBIAN_SITE_OUT: outDir,
    HUIBIAN_SITE_CACHE: cacheDir,
    HUIBIAN_SITE_REBUILD: 'off',
    SITE_REBUILD_URL: '',
    DISABLE_PAYLOAD_HMR: 'true',
    HUIBIAN_BENCH_SCRATCH: work,
    // A build refuses a local origin (site/build/publicOrigin.ts).
    SITE_URL: process.env.SITE_URL || 'https://bench.huibian.example.org',
  }
  const startedAt = new Date().toISOString()
  const stage = (name: string) => progress(`\n[${cases.toLocaleString('en-US')} cases] ${name}`)
  try {
    stage('1/6 generate and seed through the Local API')
    const seedRun = await runStage<SeedReport>(
      'seed',
      'bench/stages/seed.ts',
      ['--cases', String(cases), '--seed', String(seed), ...(facts ? [] : ['--no-facts'])],
      env,
      (m) => {
        const p = m.progress as { done: number; total: number } | undefined
        if (p && (p.done === p.total || p.done % Math.max(1000, Math.round(p.total / 10)) < 250)) progress(`  ${p.done} / ${p.total} cases`)
      },
    )
    progress(
      `  ${seedRun.result.casesPerSecond} cases/s (${(seedRun.result.cpuMs.cases! / 1000).toFixed(1)} s CPU for the cases); ${(seedRun.ms / 1000).toFixed(1)} s in all`,
    )

    stage('2/6 read the CMS as the site loader does')
    const readRun = await runStage<{ counts: Record<string, number>; collectionMs: Record<string, number>; jsonBytes: number }>(
      'CMS read',
      'bench/stages/cmsRead.ts',
      [],
      env,
    )
    progress(
      `  ${Object.entries(readRun.result.counts)
        .map(([k, v]) => `${v} ${k}`)
        .join(', ')} in ${(readRun.ms / 1000).toFixed(1)} s`,
    )

    stage('3–5/6 build the site (astro build, search index, check, swap)')
    const books = { typeset: 0, pages: 0, bytes: 0, typesetMs: 0 }
    // Astro and the search index run side by side in one step: each one's time is when its last line arrived.
    let stepStarted = performance.now()
    const finished: { astro?: number; search?: number } = {}
    const buildRun = await runStage<{ pages: number; ms: number }>(
      'build',
      'bench/stages/build.ts',
      ['--out', outDir, '--cache', cacheDir, ...(pdf ? [] : ['--no-pdf'])],
      env,
      (m) => {
        if (typeof m.step === 'string') {
          stepStarted = performance.now()
          progress(`  ${m.step}`)
        } else if (typeof m.log === 'string' && m.log.trim()) {
          progress(`    ${m.log.trim()}`)
          if (/^\s*\d+ pages, \d+ of them unchanged/.test(m.log)) finished.astro = Math.round(performance.now() - stepStarted)
          if (/^\s*\[search\] \d+ pages indexed/.test(m.log)) finished.search = Math.round(performance.now() - stepStarted)
          const book = typesetBookLine(m.log)
          if (book) {
            books.typeset += 1
            books.pages += book.pages
            books.bytes += book.bytes
            books.typesetMs += book.ms
          }
        }
      },
    )
    const step = (prefix: string) => {
      const found = buildRun.steps.find((s) => s.name.startsWith(prefix))
      if (!found) throw new StageError('build', `The build did not report its step "${prefix}…".`)
      return found
    }
    /** One side of the step that runs Astro and the search index together: its own time, and the peak of its own processes. */
    const side = (ms: number | undefined, what: string, processes: RegExp): StageFigures => {
      if (ms === undefined) throw new StageError('build', `The build did not report when ${what} finished.`)
      const both = step('render the site')
      const own = both.peaks.processes.filter((p) => processes.test(p.command))
      return { ms, peakBytes: Math.max(0, ...own.map((p) => p.peakBytes)), peakProcess: own[0]?.command }
    }

    stage('6/6 measure the output and the search')
    const inspectRun = await runStage<InspectReport>(
      'inspect',
      'bench/stages/inspect.ts',
      ['--out', outDir, '--searches', JSON.stringify(searches), '--audit', JSON.stringify(auditedPages)],
      env,
    )

    let edit: BenchRun['stages']['edit']
    if (!args.includes('--no-edit')) {
      stage('edit one case and wait for the live site')
      const editRun = await runStage<NonNullable<BenchRun['stages']['edit']>>('edit', 'bench/stages/edit.ts', ['--out', outDir], {
        ...env,
        HUIBIAN_SITE_REBUILD: 'local',
      })
      edit = { ...editRun.result, ms: editRun.ms, peakBytes: editRun.peaks.peakBytes, peakProcess: editRun.peaks.processes[0]?.command }
      progress(`  live after ${(edit.liveMs / 1000).toFixed(1)} s (build ${((edit.buildMs ?? 0) / 1000).toFixed(1)} s)`)
      if (edit.again)
        progress(
          `  another edit, warm builder: live after ${(edit.again.liveMs / 1000).toFixed(1)} s (build ${((edit.again.buildMs ?? 0) / 1000).toFixed(1)} s)`,
        )
    }

    const astro = side(finished.astro, 'astro build', /astro/)
    // The typesetter's own process (site/lib/book/typesetProcess.mjs), apart from Astro's.
    const typesetters = step('render the site').peaks.processes.filter((p) => /typesetProcess/.test(p.command))
    const run: Omit<BenchRun, 'targets'> = {
      cases,
      seed,
      facts,
      pdf,
      startedAt,
      machine: machine(),
      database: mongoServer ? 'mongodb' : 'sqlite',
      sizes: seedRun.result.counts,
      stages: {
        seed: {
          ...stageFigures(seedRun),
          casesPerSecond: seedRun.result.casesPerSecond,
          casesMs: seedRun.result.ms.cases!,
          generateMs: seedRun.result.generateMs,
          docsMs: seedRun.result.ms,
        },
        cmsRead: { ...stageFigures(readRun), ...readRun.result },
        astroBuild: astro,
        searchIndex: side(finished.search, 'the search index', /indexFromCms|indexShard|pagefind/),
        total: { ...stageFigures(buildRun), pages: buildRun.result.pages },
        ...(edit ? { edit } : {}),
      },
      books: { ...books, peakBytes: Math.max(0, ...typesetters.map((p) => p.peakBytes)) },
      pagesPerSecond: Math.round(inspectRun.result.site.htmlPages / (astro.ms / 1000)),
      dist: inspectRun.result.dist,
      site: inspectRun.result.site,
      searchIndex: inspectRun.result.searchIndex,
      casePage: inspectRun.result.casePage,
      search: inspectRun.result.search,
      lighthouse: inspectRun.result.lighthouse,
    }
    return { ...run, targets: checkTargets(run) }
  } finally {
    if (keep) progress(`  kept ${work}${mongoServer ? ` and ${databaseUrl}` : ''}`)
    else {
      // A stage's child may still be closing its database files: retry as rimraf does.
      fs.rmSync(work, { recursive: true, force: true, maxRetries: 5 })
      if (mongoServer) await dropDatabase(databaseUrl)
    }
  }
}

/** A book the build typeset (site/lib/book/typesetBook.ts logs one line per book): its pages, size and time. */
function typesetBookLine(line: string): { pages: number; bytes: number; ms: number } | undefined {
  const m = /\[book\] .*: (\d+) pages, ([\d.]+) MB, typeset in ([\d.]+) s/.exec(line)
  return m ? { pages: Number(m[1]), bytes: Math.round(Number(m[2]) * 1024 * 1024), ms: Math.round(Number(m[3]) * 1000) } : undefined
}

/** The server's URL naming another database (the path of a mongodb:// URL; options kept). */
function withDatabase(url: string, name: string): string {
  const [base, query] = url.split('?')
  return `${base!.replace(/^(mongodb(?:\+srv)?:\/\/[^/]+)(\/[^?]*)?$/, `$1/${name}`)}${query ? `?${query}` : ''}`
}

async function dropDatabase(url: string): Promise<void> {
  const { MongoClient } = await import('mongodb')
  const client = await MongoClient.connect(url)
  try {
    await client.db().dropDatabase()
  } finally {
    await client.close()
  }
}

try {
  const runs: BenchRun[] = []
  for (const n of sizes) runs.push(await benchOnce(n))
  const file = saveResults(resultsDir, runs)
  console.log(`\n${table(runs)}\n\nResults: ${path.relative(process.cwd(), file) || file}`)
  console.log(summaryLine(runs.at(-1)!))
  process.exit(0)
} catch (error) {
  if (error instanceof StageError) console.error(`\nbench failed in stage "${error.stage}":\n${error.message}`)
  else console.error('\nbench failed:', error)
  process.exit(1)
}
