import { spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import type { Socket } from 'node:net'
import os from 'node:os'
import path from 'node:path'
import readline from 'node:readline'

import { rootDir, tsxCli } from '../paths'
import type { BuildReport, WarmBuildReply, WarmBuildRequest } from './buildReport'
import type { RebuildOutcome, RebuildRunner } from './rebuildQueue'

const LOG_LINES = 200

export type LocalBuildOptions = {
  outDir?: string
  env?: Record<string, string | undefined>
  /** 站点设置 read by the CMS this runs in, handed to the build so that it need not start a CMS of its own to read them. */
  siteSettings?: () => Promise<Record<string, unknown>>
}

/**
 * Builds the site on this machine with the same command as `npm run build`
 * (without seeding), in a child process so the admin stays responsive. The
 * build swaps dist/ only when it passed.
 */
export function localBuildRunner(options: LocalBuildOptions = {}): RebuildRunner {
  return async () => {
    // Unreadable here, the build reads them itself (and says what is wrong).
    const settings = await options.siteSettings?.().catch(() => undefined)
    return new Promise<RebuildOutcome>((resolve) => {
      // The build's outcome comes from its JSON report; the log is for people.
      const reportDir = fs.mkdtempSync(path.join(os.tmpdir(), 'huibian-build-report-'))
      const reportFile = path.join(reportDir, 'report.json')
      const args = [tsxCli, path.join(rootDir, 'site', 'cli', 'build.ts'), '--no-seed', '--report', reportFile]
      if (options.outDir) args.push('--out', options.outDir)
      const child = spawn(process.execPath, args, {
        cwd: rootDir,
        env: { ...process.env, ...options.env, ...(settings && { HUIBIAN_SITE_SETTINGS: JSON.stringify(settings) }), NO_COLOR: '1' },
        stdio: ['ignore', 'pipe', 'pipe'],
      })
      const log: string[] = []
      const keep = (line: string) => {
        log.push(line)
        if (log.length > LOG_LINES) log.shift()
      }
      readline.createInterface({ input: child.stdout }).on('line', keep)
      readline.createInterface({ input: child.stderr }).on('line', keep)
      child.on('error', (error) => resolve({ ok: false, error: error.message, log }))
      child.on('close', (code) => {
        const report = readReport(reportFile)
        fs.rmSync(reportDir, { recursive: true, force: true })
        if (code === 0 && report?.ok) resolve({ ok: true, pages: report.pages, log })
        else if (report && !report.ok)
          resolve({ ok: false, error: `Build failed (${report.step}):\n${report.error}\n\nWhat to do: ${report.hint}`.trim(), log })
        else resolve({ ok: false, error: `The build exited with code ${code} without a report:\n${log.slice(-15).join('\n')}`, log })
      })
    })
  }
}

/**
 * Builds as localBuildRunner does, but in one long-lived process, the warm
 * builder (site/cli/warmBuilder.ts), started with the runner (on the first
 * publish): it loads Astro and opens the CMS while the queue waits out its
 * debounce, and later builds find everything loaded, so an edit goes live
 * sooner. The builder leaves after a failed build (the next build starts a new
 * one) and when this process does.
 */
export function warmBuildRunner(options: LocalBuildOptions = {}): RebuildRunner {
  let builder: ChildProcess | undefined
  // The log of the build under way; what the builder prints between builds is dropped.
  let logLine: ((line: string) => void) | undefined
  const start = () => {
    const child = spawn(process.execPath, [tsxCli, path.join(rootDir, 'site', 'cli', 'warmBuilder.ts')], {
      cwd: rootDir,
      env: { ...process.env, ...options.env, NO_COLOR: '1', HUIBIAN_WARM_BUILDER_PARENT: String(process.pid) },
      stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
    })
    for (const stream of [child.stdout!, child.stderr!]) readline.createInterface({ input: stream }).on('line', (line) => logLine?.(line))
    child.on('error', (error) => logLine?.(`The warm builder failed: ${error.message}`))
    child.on('exit', () => builder === child && (builder = undefined))
    holdOpen(child, false)
    return child
  }
  builder = start()
  return async () => {
    const settings = await options.siteSettings?.().catch(() => undefined)
    const child = (builder ??= start())
    holdOpen(child, true)
    const log: string[] = []
    logLine = (line) => {
      log.push(line)
      if (log.length > LOG_LINES) log.shift()
    }
    try {
      return await new Promise<RebuildOutcome>((resolve) => {
        const onExit = (code: number | null) =>
          resolve({ ok: false, error: `The warm builder stopped (exit ${code}) during the build:\n${log.slice(-15).join('\n')}`, log })
        child.once('exit', onExit)
        child.once('message', ({ report, leaving }: WarmBuildReply) => {
          child.off('exit', onExit)
          if (leaving && builder === child) builder = undefined
          if (report.ok) resolve({ ok: true, pages: report.pages, log })
          else resolve({ ok: false, error: `Build failed (${report.step}):\n${report.error}\n\nWhat to do: ${report.hint}`.trim(), log })
        })
        const request: WarmBuildRequest = { type: 'build', outDir: options.outDir, env: settings ? { HUIBIAN_SITE_SETTINGS: JSON.stringify(settings) } : {} }
        child.send(request)
      })
    } finally {
      logLine = undefined
      holdOpen(child, false)
    }
  }
}

/** Whether a child keeps this process alive: during a build it must, the idle warm builder must not. */
function holdOpen(child: ChildProcess, hold: boolean) {
  for (const handle of [child, child.channel, child.stdout as Socket | null, child.stderr as Socket | null]) {
    if (hold) handle?.ref()
    else handle?.unref()
  }
}

function readReport(file: string): BuildReport | undefined {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8')) as BuildReport
  } catch {
    return undefined
  }
}

/** For hosted setups: asks a deploy hook (SITE_REBUILD_URL) to rebuild. */
export function webhookRunner(url: string): RebuildRunner {
  return async (reasons) => {
    try {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ source: 'huibian', reasons }),
        signal: AbortSignal.timeout(30_000),
      })
      const text = (await response.text()).slice(0, 2000)
      if (!response.ok) return { ok: false, error: `部署钩子返回 ${response.status}：${text}`, log: [text] }
      return { ok: true, log: [`POST ${new URL(url).host} → ${response.status}`, text] }
    } catch (error) {
      return { ok: false, error: `无法调用部署钩子：${(error as Error).message}`, log: [] }
    }
  }
}
