/**
 * The search index as build steps: indexFromCms.ts runs in its own process
 * beside `astro build` (the records come from the CMS data, not from the
 * built pages), writing the bundle beside the staging folder; once Astro is
 * done, the bundle moves into the staged site's /pagefind/. Any failure fails
 * the build, so the published site is left as it was.
 */
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { env } from '../../../cms/env'
import { tsxCli } from '../../../cms/paths'
import { SiteBuildError, type BuildContext, type BuildStep } from '../buildSite'
import { pagefindDir } from './index'
import type { IndexerMessage } from './indexFromCms'

/** Where the bundle waits for Astro to finish: beside the staging folder, which Astro empties when it starts. */
const bundleDirOf = (ctx: BuildContext) => `${ctx.stagingDir}.search-index`

const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`

/** Builds the search bundle from the CMS data in a child process; `signal` stops it (another step failed). */
export const searchIndexStep: BuildStep = {
  name: 'index the site for search (Pagefind, from the CMS data)',
  run: async (ctx, signal) => {
    const out = bundleDirOf(ctx)
    fs.rmSync(out, { recursive: true, force: true })
    const script = fileURLToPath(new URL('./indexFromCms.ts', import.meta.url))
    const args = ['--out', out, '--cache', path.join(ctx.cacheDir, 'search-index'), '--scratch', path.join(ctx.cacheDir, 'search-data')]
    const child = spawn(process.execPath, [tsxCli, script, ...args], {
      cwd: ctx.rootDir,
      env: { ...process.env, HUIBIAN_LOG_LEVEL: env.logLevel('warn'), ...ctx.env, HUIBIAN_JOBS_AUTORUN: '0' },
      stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
    })
    const stderr: string[] = []
    let rest = ''
    child.stdout!.setEncoding('utf8').on('data', (chunk: string) => {
      const lines = (rest + chunk).split('\n')
      rest = lines.pop() ?? ''
      for (const line of lines) if (line.trim()) ctx.log(`  [search] ${line.trim()}`)
    })
    child.stderr!.setEncoding('utf8').on('data', (chunk: string) => stderr.push(chunk))
    let message: IndexerMessage | undefined
    child.on('message', (m: IndexerMessage) => (message = m))
    const stop = () => child.kill()
    signal?.addEventListener('abort', stop)
    const code = await new Promise<number | null>((resolve, reject) => {
      child.on('error', reject)
      child.on('close', resolve)
    }).finally(() => signal?.removeEventListener('abort', stop))
    if (code !== 0 || message?.type !== 'done') {
      fs.rmSync(out, { recursive: true, force: true })
      if (signal?.aborted) throw new Error('The search index was stopped: another step failed.')
      const why = message?.type === 'error' ? message.message : `the search-index process stopped (exit ${code}): ${stderr.join('').trim().slice(-2000)}`
      throw new SiteBuildError(
        'search index',
        `Cannot build the search index: ${why}`,
        'The published site was left as it was. Fix the problem above and build again.',
      )
    }
    const { report } = message
    ctx.log(
      `  [search] ${report.pages} pages indexed in ${report.shards} shard(s), ${report.reused} unchanged; ${report.files} files, ${(report.bytes / 1024).toFixed(0)} KB (read ${s(report.readMs)}, index ${s(report.phases.shards)}, merge ${s(report.phases.merge)})`,
    )
  },
}

/** Moves the bundle built beside Astro into the staged site. */
export const placeSearchIndexStep: BuildStep = {
  name: 'index the site for search (place the index built alongside)',
  run: async (ctx) => {
    const target = path.join(ctx.siteDir, pagefindDir)
    fs.rmSync(target, { recursive: true, force: true })
    fs.renameSync(bundleDirOf(ctx), target)
  },
}
