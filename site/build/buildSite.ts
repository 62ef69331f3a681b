/**
 * The safe build: a pipeline of steps that write into a staging folder, and
 * only when every step has succeeded does the staging folder replace the
 * site (rename swap). A failed build leaves the previous site untouched and
 * never a partial one. The publish hook and the CLI (site/cli/build.ts) call this.
 */
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'

import { env } from '../../cms/env'
import { rootDir } from '../../cms/paths'
import type { AstroBuildReport } from '../integrations/buildReport/reportFile'
import { booksSetting, clearBooks, placeBooksStep, removeBooks } from './books/step'
import { placeSearchIndexStep, searchIndexStep } from './searchIndex/step'
import { folderSize } from './folderSize'
import { isRunning } from './isRunning'
import { publicOriginStep } from './publicOrigin'

export type BuildLog = (line: string) => void

export type Env = Record<string, string | undefined>

export type BuildContext = {
  rootDir: string
  /** The folder the finished site goes to (dist/ unless told otherwise). */
  outDir: string
  /** Where the steps write; becomes outDir when all of them succeed. */
  stagingDir: string
  /** The static site inside the staging folder (what a static host serves). */
  siteDir: string
  /** Kept between builds: Astro's content store and rendered pages, the search-index shards. */
  cacheDir: string
  log: BuildLog
  /** Whether the build typesets the 汇编 PDFs (site/build/books). */
  books: boolean
  /** Extra environment for child processes (e.g. a test's database). */
  env: Env
  /** Filled in by the steps, reported at the end. */
  stats: { pages: number; bytes: number; reusedPages: number; reused: string[] }
}

export type BuildStep = {
  name: string
  /** `signal`, when given, says another step running at the same time failed. */
  run: (ctx: BuildContext, signal?: AbortSignal) => Promise<void>
}

/**
 * `step` with `beside` running at the same time (e.g. the search index beside
 * Astro: two processes, two cores). Both end before the build goes on or
 * fails, so nothing writes into the staging folder once it is cleared.
 */
export function alongside(step: BuildStep, beside: BuildStep): BuildStep {
  return {
    name: `${step.name}; ${beside.name} alongside`,
    run: async (ctx) => {
      const failed = new AbortController()
      const stopOthers = (error: unknown) => (failed.abort(), Promise.reject(error))
      const settled = await Promise.allSettled([step.run(ctx).catch(stopOthers), beside.run(ctx, failed.signal).catch(stopOthers)])
      // The first failure, not the stop it caused.
      const reasons = settled.flatMap((r) => (r.status === 'rejected' ? [r.reason as Error] : []))
      if (reasons.length) throw reasons.find((e) => e instanceof SiteBuildError) ?? reasons[0]
    },
  }
}

export type BuildOptions = {
  log?: BuildLog
  outDir?: string
  /** Load the bundled collection (content/) into the CMS first, as a fresh clone needs. */
  seed?: boolean
  /** Astro's content cache; separate builds running at once need separate ones. */
  cacheDir?: string
  env?: Env
  /**
   * `npm start`'s local preview (its URL): the build may then use a local
   * origin and says so. Any other build refuses one (site/build/publicOrigin.ts).
   */
  localPreview?: string
  /** Steps to run on the staged site after Astro and before the swap (e.g. search indexing). */
  extraSteps?: BuildStep[]
  /** How Astro runs: `astro build` in a child process unless told otherwise (the warm builder runs it in its own). */
  astroStep?: BuildStep
  /** How the search index is built beside Astro: a process of its own unless told otherwise (the warm builder keeps one). */
  searchStep?: BuildStep
  /** Return as soon as the new site is live, while the replaced one is still being removed (the warm builder). */
  returnBeforeOldSiteRemoved?: boolean
  /** Typeset the 汇编 PDFs (the default); without them the 汇编 pages offer no download (the bench measures what they cost). */
  books?: boolean
}

export type BuildResult = {
  outDir: string
  /** The static site: deploy this folder to any static host. */
  siteDir: string
  pages: number
  /** Pages Astro's incremental build copied from the previous build, their data and code unchanged. */
  reusedPages: number
  /** Those pages' URL paths. */
  reused: string[]
  bytes: number
  ms: number
}

/**
 * A build holds the static site in `client/` and, in `server/`, the one
 * on-demand route (editors' draft preview) that `npm start` serves beside it;
 * Astro's layout for a static site with an adapter.
 */
export const staticDirOf = (outDir: string) => path.join(outDir, 'client')

/** A build that failed, with what to do about it. */
export class SiteBuildError extends Error {
  constructor(
    readonly step: string,
    message: string,
    readonly hint: string,
  ) {
    super(message)
    this.name = 'SiteBuildError'
  }
}

/** Loads content/ into the CMS (idempotent; never touches editors' own documents). */
export const seedStep: BuildStep = {
  name: 'seed the bundled collection',
  run: async (ctx) => {
    const { closePayload, openPayload } = await import('../../cms/openPayload')
    const { seedContent, describeSummary } = await import('../../cms/seed')
    const payload = await openPayload()
    try {
      ctx.log(`  ${describeSummary(await seedContent(payload))}`)
    } finally {
      await closePayload(payload)
    }
  },
}

/** Where Astro writes what it rendered and reused (site/integrations/buildReport). */
export const astroReportFileOf = (ctx: BuildContext) => `${ctx.stagingDir}.report.json`

/** The environment Astro builds in, over this process's. */
export function astroBuildEnv(ctx: BuildContext): Env {
  return {
    HUIBIAN_LOG_LEVEL: env.logLevel('warn'),
    ...ctx.env,
    HUIBIAN_SITE_OUT: ctx.stagingDir,
    // The build only reads the CMS: the CMS process runs the job queue, never the build it started.
    HUIBIAN_JOBS_AUTORUN: '0',
    HUIBIAN_BUILD_REPORT: astroReportFileOf(ctx),
    HUIBIAN_BOOKS: booksSetting(ctx),
    NO_COLOR: '1',
    FORCE_COLOR: '0',
    // A build is a production build whoever starts it: Vite makes import.meta.env.DEV true under any other
    // NODE_ENV (vitest sets "test"), and the pages would then do what only `astro dev` does (typeset PDFs themselves).
    NODE_ENV: 'production',
  }
}

/** Reads Astro's output a line at a time: all of it is kept for an error message, what a person needs is logged. */
export function astroOutputReader(ctx: BuildContext, output: string[]): (raw: string) => void {
  return (raw) => {
    const line = readableLine(raw)
    output.push(line)
    // A book finished while Astro was writing a page's line ("├─ /path…") is printed after it, on that line.
    const book = /\[book\].*/.exec(line)?.[0]
    if (book) ctx.log(`  ${book}`)
    else if (/\[(content|build|payload-[a-z]+|huibian:content-sync-lock)\]|error/i.test(line) && !/├─|└─/.test(line))
      ctx.log(`  ${line.replace(/^\d\d:\d\d:\d\d /, '')}`)
  }
}

/** After Astro: the error it printed, or what it rendered and reused. */
export function finishAstroBuild(ctx: BuildContext, succeeded: boolean, output: string[]): void {
  if (!succeeded) {
    throw new SiteBuildError('astro build', astroErrorOf(output), hintFor(output.join('\n')))
  }
  const reportFile = astroReportFileOf(ctx)
  const report = JSON.parse(fs.readFileSync(reportFile, 'utf8')) as AstroBuildReport
  fs.rmSync(reportFile, { force: true })
  const rendered = new Set(report.rendered)
  ctx.stats.reused = report.pages.filter((page) => !rendered.has(page))
  ctx.stats.reusedPages = ctx.stats.reused.length
  ctx.stats.pages = report.pages.length
  ctx.log(`  ${ctx.stats.pages} pages, ${ctx.stats.reusedPages} of them unchanged and reused from the last build`)
}

/** `astro build` in a child process, writing into the staging folder. */
export const astroBuildStep: BuildStep = {
  name: 'render the site (astro build)',
  run: async (ctx) => {
    const astroBin = path.join(path.dirname(createRequire(import.meta.url).resolve('astro/package.json')), 'bin', 'astro.mjs')
    const output: string[] = []
    fs.rmSync(astroReportFileOf(ctx), { force: true })
    const onLine = astroOutputReader(ctx, output)
    const code = await new Promise<number | null>((resolve, reject) => {
      const child = spawn(process.execPath, [astroBin, 'build'], {
        cwd: ctx.rootDir,
        env: { ...process.env, ...astroBuildEnv(ctx) },
        stdio: ['ignore', 'pipe', 'pipe'],
      })
      for (const stream of [child.stdout, child.stderr]) {
        let rest = ''
        stream.setEncoding('utf8')
        stream.on('data', (chunk: string) => {
          const lines = (rest + chunk).split('\n')
          rest = lines.pop() ?? ''
          lines.forEach(onLine)
        })
        stream.on('end', () => rest && onLine(rest))
      }
      child.on('error', reject)
      child.on('close', resolve)
    })
    finishAstroBuild(ctx, code === 0, output)
  },
}

/** The staged site must be whole before it may replace the published one. */
export const verifyStep: BuildStep = {
  name: 'check the output',
  run: async (ctx) => {
    const required = ['index.html', '404.html', 'sitemap-index.xml', 'rss.xml', 'data/cases.csv', 'data/cases.json']
    const missing = required.filter((file) => !fs.existsSync(path.join(ctx.siteDir, file)))
    const casesDir = path.join(ctx.siteDir, 'cases')
    const casePages = fs.existsSync(casesDir) ? fs.readdirSync(casesDir).length : 0
    if (missing.length || casePages === 0) {
      throw new SiteBuildError(
        'check',
        `The build finished but the site is incomplete: ${missing.length ? `missing ${missing.join(', ')}` : 'no case pages'}.`,
        'This is a bug in the site code; the published site was left as it was.',
      )
    }
    const { htmlFiles, bytes } = folderSize(ctx.siteDir)
    ctx.stats.bytes = bytes
    ctx.stats.pages = htmlFiles
  },
}

export async function buildSite(options: BuildOptions = {}): Promise<BuildResult> {
  const started = Date.now()
  const log = options.log ?? (() => undefined)
  const outDir = path.resolve(rootDir, options.outDir ?? env.siteOut())
  // Beside outDir, so that the final rename stays on one file system. Always the same
  // name: Astro's incremental build reuses pages only when the output path is unchanged.
  const stagingDir = `${outDir}.staging`
  // astro.config.mjs's default, unless told otherwise.
  const cacheDir = path.resolve(rootDir, options.cacheDir ?? env.siteCache())
  const ctx: BuildContext = {
    rootDir,
    outDir,
    stagingDir,
    siteDir: staticDirOf(stagingDir),
    cacheDir,
    log,
    books: options.books ?? true,
    env: { ...options.env, HUIBIAN_SITE_CACHE: cacheDir },
    stats: { pages: 0, bytes: 0, reusedPages: 0, reused: [] },
  }
  const steps = [
    ...(options.seed ? [seedStep] : []),
    publicOriginStep(options.localPreview),
    alongside(options.astroStep ?? astroBuildStep, options.searchStep ?? searchIndexStep),
    placeSearchIndexStep,
    ...(ctx.books ? [placeBooksStep] : []),
    ...(options.extraSteps ?? []),
    verifyStep,
  ]
  const release = claimStaging(stagingDir)
  removeLeftoverSites(outDir)
  try {
    clearBooks(ctx)
    for (const [i, step] of steps.entries()) {
      log(`[${i + 1}/${steps.length + 1}] ${step.name}`)
      const stepStarted = Date.now()
      await step.run(ctx)
      log(`  done in ${((Date.now() - stepStarted) / 1000).toFixed(1)} s`)
    }
    log(`[${steps.length + 1}/${steps.length + 1}] publish ${path.relative(rootDir, outDir) || outDir}`)
    const old = swapInto(stagingDir, outDir)
    if (old) {
      const removed = removeOldSite(old)
      if (!options.returnBeforeOldSiteRemoved) await removed
    }
  } catch (error) {
    fs.rmSync(stagingDir, { recursive: true, force: true })
    removeBooks(ctx)
    if (error instanceof SiteBuildError) throw error
    throw new SiteBuildError('build', (error as Error).message, 'The published site was left as it was. Fix the problem above and run `npm run build` again.')
  } finally {
    release()
  }
  return {
    outDir,
    siteDir: staticDirOf(outDir),
    pages: ctx.stats.pages,
    reusedPages: ctx.stats.reusedPages,
    reused: ctx.stats.reused,
    bytes: ctx.stats.bytes,
    ms: Date.now() - started,
  }
}

/**
 * Makes the staging folder this build's (a lock file beside it names the
 * process, since Astro empties the folder), or says that another build into
 * the same folder is running. What a build that died left behind is cleared.
 */
function claimStaging(stagingDir: string): () => void {
  const lock = `${stagingDir}.lock`
  for (;;) {
    try {
      fs.writeFileSync(lock, String(process.pid), { flag: 'wx' })
      break
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
      const pid = Number(fs.readFileSync(lock, 'utf8'))
      if (pid && isRunning(pid)) {
        throw new SiteBuildError(
          'build',
          `Another build into ${path.basename(stagingDir, '.staging')}/ is running (process ${pid}).`,
          'Wait for it to finish, then build again. The published site was left as it was.',
        )
      }
      fs.rmSync(lock, { force: true })
    }
  }
  fs.rmSync(stagingDir, { recursive: true, force: true })
  return () => fs.rmSync(lock, { force: true })
}

/**
 * Replaces outDir with the staged folder: two renames on one file system, so
 * outDir is at every moment either the old site or the new one, never a mix.
 */
function swapInto(stagingDir: string, outDir: string): string | undefined {
  const old = `${oldSitePrefix(outDir)}${process.pid}-${Date.now().toString(36)}`
  const hadOld = fs.existsSync(outDir)
  if (hadOld) fs.renameSync(outDir, old)
  try {
    fs.renameSync(stagingDir, outDir)
  } catch (error) {
    if (hadOld) fs.renameSync(old, outDir)
    throw error
  }
  return hadOld ? old : undefined
}

/** Where swapInto puts the site it replaces, until it is removed. */
const oldSitePrefix = (outDir: string) => `${outDir}.old-`

/** The replaced sites this process is removing (a later build leaves them to it). */
const removing = new Set<string>()

/**
 * Removes a replaced site off the event loop: tens of thousands of files at
 * 10,000 cases, seconds of unlinking that a warm builder need not wait for.
 */
function removeOldSite(dir: string): Promise<void> {
  removing.add(dir)
  return fs.promises
    .rm(dir, { recursive: true, force: true })
    .catch(() => undefined)
    .finally(() => removing.delete(dir))
}

/** Replaced sites that a build which stopped while removing them left beside outDir. */
function removeLeftoverSites(outDir: string): void {
  const parent = path.dirname(outDir)
  const prefix = path.basename(oldSitePrefix(outDir))
  if (!fs.existsSync(parent)) return
  for (const name of fs.readdirSync(parent)) {
    const dir = path.join(parent, name)
    if (name.startsWith(prefix) && !removing.has(dir)) void removeOldSite(dir)
  }
}

/** Payload logs JSON lines (pino); a person needs the level and the message. */
function readableLine(line: string): string {
  if (!line.startsWith('{"level"')) return line
  try {
    const entry = JSON.parse(line) as { level?: number; msg?: string }
    const level = (entry.level ?? 30) >= 50 ? 'ERROR' : (entry.level ?? 30) >= 40 ? 'WARN' : 'INFO'
    return `[payload] ${level} ${String(entry.msg ?? '').slice(0, 600)}`
  } catch {
    return line
  }
}

/** The error Astro printed: the first line that is not a log line, up to its location and stack. */
export function astroErrorOf(output: string[]): string {
  const lines = output.filter((l) => l.trim() && !/^npm (warn|notice)/.test(l))
  const start = lines.findIndex((l) => /^\S/.test(l) && !/^\d\d:\d\d:\d\d /.test(l) && !/^\[payload\] (INFO|WARN)/.test(l))
  if (start === -1) return `astro build failed:\n${lines.slice(-20).join('\n')}`
  const end = lines.findIndex((l, i) => i > start && /^\s+(Location|Stack trace|Hint):/.test(l))
  return lines.slice(start, end === -1 ? start + 12 : end).join('\n')
}

function hintFor(output: string): string {
  if (/no published cases/i.test(output))
    return 'Publish at least one case, or run `npm run seed` to load the bundled collection, then build again. The published site was left as it was.'
  if (/missing or not published/.test(output))
    return 'Publish the documents named above (or remove the references to them), then build again. The published site was left as it was.'
  if (/Cannot open the CMS|Cannot read/.test(output))
    return 'Check that the database is reachable (DATABASE_URL) and migrated, then build again. The published site was left as it was.'
  return 'The published site was left as it was. Fix the problem above and run `npm run build` again.'
}
