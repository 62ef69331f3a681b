/**
 * The warm builder (site/cli/warmBuilder.ts) runs every admin rebuild in one
 * long-lived process. Whatever that process kept from its earlier builds
 * (loaded modules, the open CMS), the site it publishes after edits must be,
 * byte for byte, what a build from nothing makes of the same data; and a
 * build that fails leaves the published site as it was, the next one working.
 */
import fs from 'node:fs'
import path from 'node:path'

import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { databaseEngine } from '../../cms/database'
import { publishedSiteSettings } from '../../cms/siteBuild/publishedSiteSettings'
import { warmBuildRunner } from '../../cms/siteBuild/runners'
import type { RebuildRunner } from '../../cms/siteBuild/rebuildQueue'
import { caseUrl } from '../../cms/domain/urls'
import { staticDirOf } from '../../site/build/buildSite'
import { closePayload, seededPayload } from '../helpers/payload'
import { buildTestSite, fingerprint, page, tempWorkDir, testSiteUrl } from '../helpers/site'

let payload: Payload | undefined
let work: string
let runner: RebuildRunner

const slug = 'tansuo-tuixing-quanguo-shouge-dangjian-shuangyong-jizhi'

async function retitle(prefix: string) {
  const kase = (await payload!.find({ collection: 'cases', where: { slug: { equals: slug } }, overrideAccess: true, depth: 0 })).docs[0]!
  await payload!.update({ collection: 'cases', id: kase.id, data: { title: `${prefix}${kase.title}`, _status: 'published' }, overrideAccess: true })
}

beforeAll(async () => {
  payload = await seededPayload()
  work = tempWorkDir('huibian-warm-')
  runner = warmBuildRunner({
    outDir: path.join(work, 'dist'),
    env: { SITE_URL: testSiteUrl, HUIBIAN_SITE_CACHE: path.join(work, 'cache') },
    siteSettings: () => publishedSiteSettings(payload!),
  })
}, 120_000)

afterAll(async () => {
  await closePayload(payload)
  if (work) fs.rmSync(work, { recursive: true, force: true })
})

describe('the warm builder', () => {
  it('publishes after edits exactly what a build from nothing makes of the same data', async () => {
    const first = await runner(['首次构建'])
    expect(first.ok, first.ok ? '' : first.error).toBe(true)

    // The second build in the same process: a case and the settings every page shows.
    await retitle('修订')
    await payload!.updateGlobal({ slug: 'site-settings', data: { operator: '温构建测试承办单位' }, overrideAccess: true, context: { skipRebuild: true } })
    // What a builder that stopped while removing a replaced site left behind.
    fs.mkdirSync(path.join(work, 'dist.old-1-x', 'cases'), { recursive: true })
    fs.writeFileSync(path.join(work, 'dist.old-1-x', 'cases', 'index.html'), '旧站点')
    const second = await runner(['编辑之后'])
    expect(second.ok, second.ok ? '' : second.error).toBe(true)
    const site = staticDirOf(path.join(work, 'dist'))
    // The builder answers once the new site is live and removes the replaced ones afterwards.
    await expect.poll(() => fs.readdirSync(work).filter((name) => name.startsWith('dist.old-')), { timeout: 30_000 }).toEqual([])
    expect(page(site, caseUrl(slug)).querySelector('h1')!.text).toContain('修订')
    expect(page(site, '/').querySelector('footer')!.text).toContain('温构建测试承办单位')
    // The search index's process stayed too: it read the one edited case again, not the whole collection.
    expect(second.log.join('\n')).toMatch(/records built from the CMS data in [\d.]+ s, \d+ published cases, 1 read/)

    fs.mkdirSync(path.join(work, 'cold'))
    const cold = await buildTestSite({ outDir: path.join(work, 'cold', 'dist'), cacheDir: path.join(work, 'cold', 'cache') })
    const warm = fingerprint(site)
    const fromNothing = fingerprint(cold.dir)
    expect(Object.keys(warm).sort()).toEqual(Object.keys(fromNothing).sort())
    expect(Object.keys(warm).filter((file) => warm[file] !== fromNothing[file])).toEqual([])
  }, 400_000)

  // A refused build is the builder's own affair, not the engine's: on MongoDB the test above (the warm builder's incremental reads) is enough.
  it.skipIf(databaseEngine() === 'mongodb')(
    'leaves the published site as it was when a build fails, and builds again afterwards',
    async () => {
      const outDir = path.join(work, 'dist')
      const published = fingerprint(outDir)
      // A build that may not publish (a local address): refused, the builder leaves, the next one starts afresh.
      const failing = warmBuildRunner({ outDir, env: { SITE_URL: 'http://localhost:4321', HUIBIAN_SITE_CACHE: path.join(work, 'cache') } })
      const failed = await failing(['本地地址'])
      expect(failed.ok).toBe(false)
      expect(failed.ok ? '' : failed.error).toContain('public address')
      expect(fingerprint(outDir)).toEqual(published)

      await retitle('再次')
      const again = await runner(['失败之后'])
      expect(again.ok, again.ok ? '' : again.error).toBe(true)
      expect(page(staticDirOf(outDir), caseUrl(slug)).querySelector('h1')!.text).toContain('再次修订')
    },
    400_000,
  )
})
