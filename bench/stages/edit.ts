/**
 * Stage 6, run as its own process after a full build: an editor changes one
 * published case and the site rebuilds itself as it does under `npm start`
 * (queueSiteRebuild → debounced local build into the same folders). Measures
 * the time from the save until the new text is on the live page and found by
 * the search: for the first edit (the warm builder starts with it) and for a
 * second one (the warm builder has built before, as for every later edit).
 */
import fs from 'node:fs'
import path from 'node:path'

import type { Payload } from 'payload'

import type { DocumentId } from '../../cms/domain/documentId'
import { env } from '../../cms/env'
import { closePayload, openPayload } from '../../cms/openPayload'
import { siteRebuilds, type RebuildQueue } from '../../cms/siteBuild'
import { staticDirOf } from '../../site/build/buildSite'
import { SearchEngine } from '../../site/lib/search/engine'
import { openPagefind } from '../../test/helpers/nodePagefind'
import { stateFromParams } from '../../site/lib/search/state'
import { caseUrl } from '../../cms/domain/urls'
import { argValue, emit } from './protocol'

const outDir = argValue('--out')!
const siteDir = staticDirOf(outDir)

type EditFigures = { url: string; saveMs: number; buildMs: number | null; liveMs: number; idleMs: number; buildLog: string[] }

/** Edits the case at `page` of all (by id), waits until the live site shows it and the search finds it. */
async function editOneCase(payload: Payload, queue: RebuildQueue, page: number): Promise<EditFigures> {
  const { docs } = await payload.find({
    collection: 'cases',
    page,
    limit: 1,
    depth: 0,
    sort: 'id',
    overrideAccess: true,
    select: { slug: true, abstract: true },
  })
  const kase = docs[0] as { id: DocumentId; slug: string; abstract: string }
  // A phrase no generated text contains: what a reader will search for.
  const marker = `编辑修改${Date.now()
    .toString(36)
    .replace(/[0-9]/g, (d) => '零一二三四五六七八九'[Number(d)]!)}`
  const started = performance.now()
  await payload.update({
    collection: 'cases',
    id: kase.id,
    data: { abstract: `${kase.abstract.slice(0, 200)}${marker}。`, _status: 'published' },
    overrideAccess: true,
  })
  const savedMs = performance.now() - started
  // Live is the moment the published folder holds the new page (the build swaps the
  // page and its search index in together); the build then still clears the old copy.
  const pageFile = path.join(siteDir, caseUrl(kase.slug), 'index.html')
  const shows = () => {
    try {
      return fs.readFileSync(pageFile, 'utf8').includes(marker)
    } catch {
      return false // Between the two renames of the swap.
    }
  }
  let liveMs: number | undefined
  const building = queue.idle()
  let done = false
  void building.finally(() => (done = true))
  while (!done || liveMs === undefined) {
    if (liveMs === undefined && shows()) liveMs = performance.now() - started
    if (done && liveMs === undefined) break
    await new Promise((resolve) => setTimeout(resolve, 25))
  }
  await building
  const idleMs = performance.now() - started
  if (liveMs === undefined) throw new Error(`The edited case ${caseUrl(kase.slug)} does not show the change after the rebuild.`)
  const pagefind = await openPagefind(siteDir)
  let found: number
  try {
    found = (await new SearchEngine(pagefind.api).run(stateFromParams(new URLSearchParams({ q: marker })))).results.length
  } finally {
    await pagefind.close()
  }
  if (found !== 1) throw new Error(`The search finds the edited text on ${found} pages, expected 1.`)
  const status = (await payload.findGlobal({ slug: 'site-build', overrideAccess: true })) as { lastDurationMs?: number; log?: string; status?: string }
  return {
    url: caseUrl(kase.slug),
    saveMs: Math.round(savedMs),
    buildMs: status.lastDurationMs ?? null,
    liveMs: Math.round(liveMs),
    idleMs: Math.round(idleMs),
    buildLog: (status.log ?? '')
      .split('\n')
      .filter((l) => /^\[|pages indexed|Built/.test(l.trim()))
      .slice(-12),
  }
}

const payload = await openPayload()
try {
  const { totalDocs } = await payload.count({ collection: 'cases', overrideAccess: true })
  const queue = siteRebuilds(payload)
  if (!queue) throw new Error('The rebuild queue is off: HUIBIAN_SITE_REBUILD=local must be set for this stage.')
  const first = await editOneCase(payload, queue, Math.ceil(totalDocs / 2))
  const again = await editOneCase(payload, queue, Math.ceil(totalDocs / 3))
  emit({
    result: {
      ...first,
      debounceMs: env.siteRebuildDebounceMs(),
      again: { url: again.url, saveMs: again.saveMs, buildMs: again.buildMs, liveMs: again.liveMs, idleMs: again.idleMs, buildLog: again.buildLog },
    },
  })
} finally {
  await closePayload(payload)
}
process.exit(0)
