import type { Payload } from 'payload'

import { retryingWriteConflicts } from '../utilities/retryWriteConflicts'
import { env } from '../env'
import { RebuildQueue, type RebuildRunner } from './rebuildQueue'
import { publishedSiteSettings } from './publishedSiteSettings'
import { warmBuildRunner, webhookRunner } from './runners'

export { RebuildQueue } from './rebuildQueue'

/**
 * Records the site build that `npm start` ran before serving (the queue's own
 * builds record themselves), so that 站点构建 and the desk show it.
 */
export async function recordStartupBuild(payload: Payload, build: { startedAt: Date; ms: number; pages: number; log: string[] }): Promise<void> {
  const finishedAt = new Date(build.startedAt.getTime() + build.ms).toISOString()
  await payload.updateGlobal({
    slug: GLOBAL,
    data: {
      status: 'succeeded',
      trigger: '启动时构建',
      lastRequestedAt: build.startedAt.toISOString(),
      lastStartedAt: build.startedAt.toISOString(),
      lastSuccessAt: finishedAt,
      lastDurationMs: build.ms,
      pages: build.pages,
      log: build.log.slice(-200).join('\n'),
    },
    overrideAccess: true,
    context: { skipRebuild: true },
  })
}

const GLOBAL = 'site-build' as const

/**
 * How publishing reaches the public site:
 * - SITE_REBUILD_URL set: call that deploy hook;
 * - HUIBIAN_SITE_REBUILD=local (what `npm start` sets): build dist/ here;
 * - otherwise off (scripts, tests).
 */
export function rebuildMode(): 'webhook' | 'local' | 'off' {
  if (env.siteRebuildUrl()) return 'webhook'
  return env.localSiteRebuild() ? 'local' : 'off'
}

const queues = new WeakMap<Payload, RebuildQueue>()

/** The rebuild queue of this server (one per Payload instance). */
export function siteRebuilds(payload: Payload, runner?: RebuildRunner): RebuildQueue | undefined {
  const existing = queues.get(payload)
  if (existing && !runner) return existing
  const mode = rebuildMode()
  if (!runner && mode === 'off') return undefined
  const run = runner ?? (mode === 'webhook' ? webhookRunner(env.siteRebuildUrl()!) : warmBuildRunner({ siteSettings: () => publishedSiteSettings(payload) }))
  const debounce = env.siteRebuildDebounceMs()
  // Written while saves run: one at a time and in order (two at once could both create the
  // global on MongoDB), retried when they meet a save's transaction in a write conflict.
  let recorded: Promise<unknown> = Promise.resolve()
  const record = (data: Record<string, unknown>) =>
    (recorded = recorded.then(() =>
      retryingWriteConflicts(() => payload.updateGlobal({ slug: GLOBAL, data, overrideAccess: true, context: { skipRebuild: true } })).catch((error: Error) =>
        payload.logger.error({ msg: `Could not record the site build status: ${error.message}` }),
      ),
    ))
  const queue = new RebuildQueue(run, debounce, {
    onQueued: async (reasons) => {
      if (!queue.busy) await record({ status: 'queued', lastRequestedAt: new Date().toISOString(), trigger: reasons.join('；') })
    },
    onStart: async (reasons) => {
      payload.logger.info({ msg: `Site rebuild started: ${reasons.join('; ')}` })
      await record({ status: 'building', lastStartedAt: new Date().toISOString(), trigger: reasons.join('；') })
    },
    onFinish: async (outcome, _reasons, ms) => {
      const now = new Date().toISOString()
      if (outcome.ok) {
        payload.logger.info({ msg: `Site rebuilt in ${(ms / 1000).toFixed(1)} s` })
        await record({ status: 'succeeded', lastSuccessAt: now, lastDurationMs: ms, pages: outcome.pages ?? null, log: outcome.log.join('\n') })
      } else {
        payload.logger.error({ msg: `Site rebuild failed: ${outcome.error}` })
        await record({ status: 'failed', lastFailureAt: now, lastError: outcome.error, lastDurationMs: ms, log: outcome.log.join('\n') })
      }
    },
  })
  queues.set(payload, queue)
  return queue
}
