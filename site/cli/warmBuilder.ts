/**
 * The warm builder: a long-lived process that the admin's rebuilds hand their
 * builds to (cms/siteBuild/runners.ts, warmBuildRunner). Each build is the same
 * safe build as `npm run build --no-seed` (stage, check, swap), with Astro run
 * in this process, so that from the second build on an edit goes live without
 * loading Astro, Vite and Payload again; the search index's process beside it
 * stays as well (residentSearchIndexStep in site/build/searchIndex/step.ts).
 * It leaves after a failed build and once it has grown past MAX_RSS_BYTES
 * (modules are never unloaded), and the next build starts a new one; it
 * leaves too when the CMS that started it does.
 */
import fs from 'node:fs'
import os from 'node:os'

import type { BuildReport, WarmBuildReply, WarmBuildRequest } from '../../cms/siteBuild/buildReport'
import { env } from '../../cms/env'
import { buildSite, SiteBuildError } from '../build/buildSite'
import { inProcessAstroBuildStep } from '../build/inProcessAstroBuild'
import { leaveWithParent } from '../build/leaveWithParent'
import { residentSearchIndexStep } from '../build/searchIndex/step'

// Each build loads Astro's new page bundle (about 0.2–0.4 GB that stays): a 10,000-case site is past
// 4 GB after its first build, so a fixed 2.5 GB cap made every build there a cold one.
const MAX_RSS_BYTES = Math.max(2.5 * 1024 ** 3, 0.35 * os.totalmem())

// Kept from build to build too: the search index's process (the CMS data it read, its shard workers).
const searchStep = residentSearchIndexStep()

// Loaded while the first rebuild waits out its debounce: Astro and an open CMS (the site's loaders reuse it).
const warming = Promise.all([import('astro'), import('../../cms/openPayload').then(({ openPayload }) => openPayload())]).catch(() => undefined)

async function run(request: WarmBuildRequest): Promise<BuildReport> {
  await warming
  Object.assign(process.env, request.env)
  try {
    const result = await buildSite({
      // Past the capture of Astro's output (inProcessAstroBuild.ts): steps alongside Astro log too.
      log: (line) => fs.writeSync(1, `${line}\n`),
      outDir: request.outDir,
      localPreview: env.localPreview(),
      astroStep: inProcessAstroBuildStep,
      searchStep,
      // The next edit may come while the replaced site is still being removed; it need not wait.
      returnBeforeOldSiteRemoved: true,
    })
    const rss = (process.memoryUsage.rss() / 1024 ** 3).toFixed(2)
    console.log(`Built ${result.pages} pages in ${(result.ms / 1000).toFixed(1)} s (warm builder, ${rss} GB resident)`)
    return { ok: true, outDir: result.outDir, pages: result.pages, reusedPages: result.reusedPages, bytes: result.bytes, ms: result.ms }
  } catch (error) {
    if (error instanceof SiteBuildError) {
      console.error(`\nBuild failed (${error.step}):\n${error.message}\n\nWhat to do: ${error.hint}`)
      return { ok: false, step: error.step, error: error.message, hint: error.hint }
    }
    console.error('\nBuild failed:', error)
    return { ok: false, step: 'build', error: String((error as Error)?.stack ?? error), hint: '' }
  } finally {
    for (const name of Object.keys(request.env)) delete process.env[name]
  }
}

leaveWithParent(Number(process.env.HUIBIAN_WARM_BUILDER_PARENT), () => process.exit(0))
process.on('message', (request: WarmBuildRequest) => {
  if (request.type !== 'build') return
  void run(request).then((report) => {
    const leaving = !report.ok || process.memoryUsage.rss() > MAX_RSS_BYTES
    process.send!({ type: 'built', report, leaving } satisfies WarmBuildReply, () => leaving && process.exit(0))
  })
})
