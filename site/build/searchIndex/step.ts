/**
 * The search index as build steps: indexFromCms.ts runs in its own process
 * beside `astro build` (the records come from the CMS data, not from the
 * built pages), writing the bundle beside the staging folder; once Astro is
 * done, the bundle moves into the staged site's /pagefind/. The same process,
 * from the same read, typesets the 汇编 PDFs (site/build/books). Any failure
 * fails the build, so the published site is left as it was.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { env } from '../../../cms/env'
import { tsxCli } from '../../../cms/paths'
import { SiteBuildError, type BuildContext, type BuildStep } from '../buildSite'
import { booksDirOf, failBooks } from '../books/step'
import { parentPidVariable } from '../leaveWithParent'
import { pagefindDir } from './index'
import type { IndexerMessage, IndexerProgress, IndexRequest } from './indexFromCms'

/** Where the bundle waits for Astro to finish: beside the staging folder, which Astro empties when it starts. */
const bundleDirOf = (ctx: BuildContext) => `${ctx.stagingDir}.search-index`

const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`

const indexerScript = () => fileURLToPath(new URL('./indexFromCms.ts', import.meta.url))

/** The folders of this build's index: the bundle, the cached shards, the case loader's scratch; and where its books are announced. */
const foldersOf = (ctx: BuildContext) => ({
  out: bundleDirOf(ctx),
  cache: path.join(ctx.cacheDir, 'search-index'),
  scratch: path.join(ctx.cacheDir, 'search-data'),
  ...(ctx.books ? { books: booksDirOf(ctx) } : {}),
})

/** The environment the indexer reads the CMS in: the build's, over this process's. */
const indexerEnv = (ctx: BuildContext) => ({ ...process.env, HUIBIAN_LOG_LEVEL: env.logLevel('warn'), ...ctx.env, HUIBIAN_JOBS_AUTORUN: '0' })

/** Passes the indexer's progress lines to the build's log; keeps its stderr for an error message. */
function followIndexer(ctx: BuildContext, child: ChildProcess): { stderr: () => string; stop: () => void } {
  const stderr: string[] = []
  let rest = ''
  const onOut = (chunk: string) => {
    const lines = (rest + chunk).split('\n')
    rest = lines.pop() ?? ''
    for (const line of lines) if (line.trim()) ctx.log(`  ${/^\[book\]/.test(line.trim()) ? '' : '[search] '}${line.trim()}`)
  }
  const onErr = (chunk: string) => stderr.push(chunk)
  child.stdout!.setEncoding('utf8').on('data', onOut)
  child.stderr!.setEncoding('utf8').on('data', onErr)
  return {
    stderr: () => stderr.join('').trim().slice(-2000),
    stop: () => (child.stdout!.off('data', onOut), child.stderr!.off('data', onErr)),
  }
}

/** The indexer's answer as the build's outcome: its report logged, or the build failed. */
function finishIndex(ctx: BuildContext, message: IndexerMessage | undefined, why: string, signal?: AbortSignal): void {
  if (message?.type !== 'done') {
    fs.rmSync(bundleDirOf(ctx), { recursive: true, force: true })
    // Astro's 汇编 pages waiting for a book fail now, with the reason.
    failBooks(ctx, `The 汇编 PDFs were not typeset: ${message?.type === 'error' ? message.message.split('\n')[0] : why}`)
    if (signal?.aborted) throw new Error('The search index was stopped: another step failed.')
    throw new SiteBuildError(
      'search index',
      `Cannot build the search index: ${message?.type === 'error' ? message.message : why}`,
      'The published site was left as it was. Fix the problem above and build again.',
    )
  }
  const { report } = message
  if (report.books) ctx.log(`  汇编 PDFs: ${report.books.books}, ${report.books.pages} pages, ${(report.books.bytes / 1024 / 1024).toFixed(1)} MB`)
  ctx.log(
    `  [search] ${report.pages} pages indexed in ${report.shards} shard(s), ${report.reused} unchanged; ${report.files} files, ${(report.bytes / 1024).toFixed(0)} KB (read ${s(report.readMs)}, index ${s(report.phases.shards)}, merge ${s(report.phases.merge)})`,
  )
}

/** Builds the search bundle from the CMS data in a child process; `signal` stops it (another step failed). */
export const searchIndexStep: BuildStep = {
  name: 'index the site for search and typeset the 汇编 PDFs (from the CMS data)',
  run: async (ctx, signal) => {
    const { out, cache, scratch, books } = foldersOf(ctx)
    fs.rmSync(out, { recursive: true, force: true })
    const args = ['--out', out, '--cache', cache, '--scratch', scratch, ...(books ? ['--books', books] : [])]
    const child = spawn(process.execPath, [tsxCli, indexerScript(), ...args], {
      cwd: ctx.rootDir,
      env: indexerEnv(ctx),
      stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
    })
    const output = followIndexer(ctx, child)
    let message: IndexerMessage | undefined
    child.on('message', (m: IndexerMessage) => (message = m))
    const stop = () => child.kill()
    signal?.addEventListener('abort', stop)
    const code = await new Promise<number | null>((resolve, reject) => {
      child.on('error', reject)
      child.on('close', resolve)
    }).finally(() => signal?.removeEventListener('abort', stop))
    finishIndex(
      ctx,
      code === 0 || message?.type === 'error' ? message : undefined,
      `the search-index process stopped (exit ${code}): ${output.stderr()}`,
      signal,
    )
  },
}

/**
 * The search index for a long-lived builder (site/cli/warmBuilder.ts): the
 * same process as searchIndexStep's, started once with `--resident` and kept,
 * so that a build after an edit reads from the CMS only what changed and
 * re-indexes only the shards that changed. A build that fails or is stopped
 * ends the process; the next build starts a new one. `close` ends it.
 */
export function residentSearchIndexStep(): BuildStep & { close: () => void } {
  let indexer: ChildProcess | undefined
  const start = (ctx: BuildContext) => {
    const child = spawn(process.execPath, [tsxCli, indexerScript(), '--resident'], {
      cwd: ctx.rootDir,
      env: { ...indexerEnv(ctx), [parentPidVariable]: String(process.pid) },
      stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
    })
    child.on('exit', () => indexer === child && (indexer = undefined))
    return child
  }
  const close = () => {
    indexer?.kill()
    indexer = undefined
  }
  return {
    name: searchIndexStep.name,
    close,
    run: async (ctx, signal) => {
      const folders = foldersOf(ctx)
      fs.rmSync(folders.out, { recursive: true, force: true })
      const child = (indexer ??= start(ctx))
      const output = followIndexer(ctx, child)
      const stop = () => close()
      signal?.addEventListener('abort', stop)
      let why = ''
      const message = await new Promise<IndexerMessage | undefined>((resolve) => {
        const onExit = (code: number | null) => {
          why = `the search-index process stopped (exit ${code}): ${output.stderr()}`
          resolve(undefined)
        }
        const onMessage = (m: IndexerMessage | IndexerProgress) => {
          if (m.type === 'log') return m.line.trim() && ctx.log(`  [search] ${m.line.trim()}`)
          child.off('exit', onExit).off('message', onMessage)
          resolve(m)
        }
        child.once('exit', onExit).on('message', onMessage)
        const request: IndexRequest = { type: 'index', ...folders, env: indexerEnv(ctx) }
        child.send(request)
      }).finally(() => (signal?.removeEventListener('abort', stop), output.stop()))
      if (message?.type !== 'done') close()
      finishIndex(ctx, message, why, signal)
    },
  }
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
