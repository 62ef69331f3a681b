/**
 * Building again after an edit (what publishing does): Astro's incremental
 * build copies pages whose data did not change from the last build, and the
 * search index reuses its unchanged shards. Whatever it reuses, every page,
 * feed and data file that showed the edited case must show the new text, and
 * none the old; the whole site must be, byte for byte, what a build from
 * nothing makes of the same data; and a build that fails after rendering
 * leaves the published site as it was.
 */
import fs from 'node:fs'
import path from 'node:path'

import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { buildSite, SiteBuildError } from '../../site/build/buildSite'
import { SearchEngine } from '../../site/lib/search/engine'
import { openPagefind } from '../helpers/nodePagefind'
import { caseUrl } from '../../cms/domain/urls'
import { closePayload, seededPayload } from '../helpers/payload'
import { allFiles, buildTestSite, fingerprint, clockShiftedBy, page, tempWorkDir, testSiteUrl, type TestSite } from '../helpers/site'

let payload: Payload | undefined
let first: TestSite
let second: TestSite | undefined
let work: string

const slug = 'tansuo-tuixing-quanguo-shouge-dangjian-shuangyong-jizhi'

/** The site's text files (pages, feeds, open data) that contain the text, as paths under the site. */
function filesContaining(siteDir: string, text: string): string[] {
  return allFiles(siteDir)
    .filter((file) => /\.(html|xml|json|csv)$/.test(file) && !file.includes(`${path.sep}pagefind${path.sep}`))
    .filter((file) => fs.readFileSync(file, 'utf8').includes(text))
    .map((file) => path.relative(siteDir, file))
    .sort()
}

beforeAll(async () => {
  payload = await seededPayload()
  work = tempWorkDir('huibian-incremental-')
  first = await buildTestSite({ outDir: path.join(work, 'dist'), cacheDir: path.join(work, 'cache') })
}, 240_000)

afterAll(async () => {
  await closePayload(payload)
  if (work) fs.rmSync(work, { recursive: true, force: true })
})

describe('building again after an edit', () => {
  it('shows the new title wherever the old one was, reusing the pages that did not show it', async () => {
    const kase = (await payload!.find({ collection: 'cases', where: { slug: { equals: slug } }, overrideAccess: true, depth: 0 })).docs[0]!
    const oldTitle = kase.title
    const newTitle = `修订标题${oldTitle.slice(4)}`
    const showedOld = filesContaining(first.dir, oldTitle)
    // The case's own page, its 汇编, unit and category pages, the feeds and the open data.
    expect(showedOld.length).toBeGreaterThan(5)
    expect(filesContaining(first.dir, newTitle)).toEqual([])
    expect(first.reusedPages).toBe(0)

    await payload!.update({ collection: 'cases', id: kase.id, data: { title: newTitle, _status: 'published' }, overrideAccess: true })
    // Published the next day: a new date must not make unchanged pages new.
    const rebuilt = await buildTestSite({ outDir: first.outDir, cacheDir: path.join(work, 'cache'), env: clockShiftedBy(1) })
    second = rebuilt

    // The 十佳 feature keeps the heading its editor wrote for the case (stored in the feature).
    const feature = 'features/xin-huo-shi-shijia/index.html'
    expect(showedOld).toContain(feature)
    expect(filesContaining(rebuilt.dir, oldTitle)).toEqual([feature])
    expect(filesContaining(rebuilt.dir, newTitle)).toEqual(showedOld)
    // The permalink holds: a title edit keeps the slug.
    expect(page(rebuilt.dir, caseUrl(slug)).querySelector('h1')!.text).toContain(newTitle)
    // Most pages never showed this case and are copied, not rendered.
    expect(rebuilt.reusedPages).toBeGreaterThan(rebuilt.pages / 3)
    expect(rebuilt.reusedPages).toBeLessThan(rebuilt.pages - showedOld.length)
    // Every case page that never showed the edited case is reused, the day having changed.
    const casePages = (dir: string) =>
      allFiles(dir)
        .filter((f) => f.includes(`${path.sep}cases${path.sep}`) && f.endsWith('index.html'))
        .map((f) => `/${path.relative(dir, path.dirname(f))}/`)
    const untouched = casePages(rebuilt.dir).filter((url) => !showedOld.includes(`${url.slice(1)}index.html`))
    expect(untouched.length).toBeGreaterThan(10)
    expect(untouched.filter((url) => !rebuilt.reused.includes(url))).toEqual([])
    expect(rebuilt.reused).not.toContain(caseUrl(slug))
    expect(rebuilt.log.join('\n')).toMatch(/pages indexed in \d+ shard\(s\), [1-9]\d* unchanged/)
    // The search index's new process starts from what the last one read (kept in the cache): it reads the edited case only.
    expect(rebuilt.log.join('\n')).toMatch(/records built from the CMS data in [\d.]+ s, \d+ published cases, 1 read/)

    const pagefind = await openPagefind(rebuilt.dir)
    try {
      const engine = new SearchEngine(pagefind.api)
      const found = await Promise.all((await engine.run({ q: '修订标题', filters: {} })).results.map(async (r) => (await r.data()).url))
      expect(found).toEqual([caseUrl(slug)])
    } finally {
      await pagefind.close()
    }
  }, 240_000)
})

describe('the site after an edit', () => {
  it('is byte for byte what a build from nothing makes of the same data', async () => {
    expect(second, 'the edit was built').toBeDefined()
    fs.mkdirSync(path.join(work, 'cold'))
    const cold = await buildTestSite({ outDir: path.join(work, 'cold', 'dist'), cacheDir: path.join(work, 'cold', 'cache'), env: clockShiftedBy(1) })
    expect(cold.reusedPages).toBe(0)
    const incremental = fingerprint(second!.dir)
    const fromNothing = fingerprint(cold.dir)
    expect(Object.keys(incremental).sort()).toEqual(Object.keys(fromNothing).sort())
    expect(Object.keys(incremental).filter((file) => incremental[file] !== fromNothing[file])).toEqual([])
  }, 240_000)

  it('stays as it was when a build fails after rendering', async () => {
    expect(second, 'the edit was built').toBeDefined()
    const published = fingerprint(second!.outDir)
    const kase = (await payload!.find({ collection: 'cases', where: { slug: { equals: slug } }, overrideAccess: true, depth: 0 })).docs[0]!
    await payload!.update({ collection: 'cases', id: kase.id, data: { title: `再次修订${kase.title}`, _status: 'published' }, overrideAccess: true })
    let rendered = false
    const failing = buildSite({
      outDir: second!.outDir,
      cacheDir: path.join(work, 'cache'),
      env: { SITE_URL: testSiteUrl, ...clockShiftedBy(1) },
      extraSteps: [
        {
          name: 'a step that fails after the pages and the search index were staged',
          run: async (ctx) => {
            rendered = fs.readFileSync(path.join(ctx.siteDir, caseUrl(slug), 'index.html'), 'utf8').includes('再次修订')
            throw new Error('stopped on purpose')
          },
        },
      ],
    })
    await expect(failing).rejects.toBeInstanceOf(SiteBuildError)
    expect(rendered).toBe(true)
    expect(fingerprint(second!.outDir)).toEqual(published)
    const siblings = fs.readdirSync(path.dirname(second!.outDir)).filter((name) => name.startsWith(`${path.basename(second!.outDir)}.`))
    expect(siblings).toEqual([])
  }, 240_000)
})
