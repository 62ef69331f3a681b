/**
 * Shared-link cards (og:image): every case and feature page names its card,
 * the card is a 1200×630 PNG drawn at build time with the text on it, and a
 * build after an edit draws only the edited case's card again.
 */
import fs from 'node:fs'
import path from 'node:path'

import type { Payload } from 'payload'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { caseShareImageUrl, caseUrl, featureShareImageUrl, featureUrl } from '../../cms/domain/urls'
import { closePayload } from '../helpers/payload'
import { buildTestSite, seededSite, fileOf, page, testSiteUrl, type TestSite } from '../helpers/site'

const meta = (root: ReturnType<typeof page>, key: string) =>
  root.querySelector(`meta[property="${key}"]`)?.getAttribute('content') ?? root.querySelector(`meta[name="${key}"]`)?.getAttribute('content')

describe('shared-link cards', () => {
  let payload: Payload
  let site: TestSite
  let work: string
  let slugs: string[]

  beforeAll(async () => {
    ;({ payload, site } = await seededSite())
    work = path.dirname(site.outDir)
    slugs = (JSON.parse(fs.readFileSync(path.join(site.dir, 'data', 'cases.json'), 'utf8')) as { cases: { slug: string }[] }).cases.map((c) => c.slug)
  })
  afterAll(async () => {
    await closePayload(payload)
    fs.rmSync(work, { recursive: true, force: true })
  })

  it('gives every case and the feature a card of its own, named in og:image and the Twitter card', async () => {
    const pages = [...slugs.map((s) => [caseUrl(s), caseShareImageUrl(s)]), [featureUrl('xin-huo-shi-shijia'), featureShareImageUrl('xin-huo-shi-shijia')]]
    expect(pages.length).toBeGreaterThan(20)
    const seen = new Set<string>()
    for (const [url, image] of pages) {
      const root = page(site.dir, url!)
      expect(meta(root, 'og:image'), url).toBe(`${testSiteUrl}${image}`)
      expect(meta(root, 'og:image:width')).toBe('1200')
      expect(meta(root, 'og:image:height')).toBe('630')
      expect(meta(root, 'og:image:alt'), url).toContain(root.querySelector('h1')!.text.trim().slice(0, 8))
      expect(meta(root, 'twitter:card')).toBe('summary_large_image')
      const png = fs.readFileSync(fileOf(site.dir, image!))
      const { width, height, format } = await sharp(png).metadata()
      expect({ width, height, format }, image).toEqual({ width: 1200, height: 630, format: 'png' })
      seen.add(png.toString('base64'))
    }
    // Each card carries its own text: no two are the same picture.
    expect(seen.size).toBe(pages.length)
    // Text is drawn: the title band has dark ink on white.
    const band = await sharp(fs.readFileSync(fileOf(site.dir, caseShareImageUrl(slugs[0]!))))
      .extract({ left: 80, top: 160, width: 1040, height: 180 })
      .stats()
    expect(band.channels[0]!.min).toBeLessThan(60)
    expect(band.channels[0]!.max).toBeGreaterThan(240)
    // Pages without a card of their own say so to Twitter, and the cards stay out of the sitemap.
    expect(meta(page(site.dir, '/'), 'twitter:card')).toBe('summary')
    expect(fs.readFileSync(path.join(site.dir, 'sitemap-0.xml'), 'utf8')).not.toContain('/og/')
  })

  it('draws again only the card whose text changed', async () => {
    const cards = path.join(work, 'cache', 'og')
    const before = new Map(fs.readdirSync(cards).map((f) => [f, fs.statSync(path.join(cards, f)).mtimeMs]))
    expect(before.size).toBe(slugs.length + 1)
    const kase = (await payload.find({ collection: 'cases', where: { slug: { equals: slugs[0] } }, overrideAccess: true, depth: 0 })).docs[0]!
    await payload.update({ collection: 'cases', id: kase.id, data: { title: `${kase.title}（修订）`, _status: 'published' }, overrideAccess: true })
    const second = await buildTestSite({ outDir: site.outDir, cacheDir: path.join(work, 'cache') })
    const after = fs.readdirSync(cards)
    const drawn = after.filter((f) => !before.has(f))
    expect(drawn).toHaveLength(1)
    for (const [file, mtime] of before) expect(fs.statSync(path.join(cards, file)).mtimeMs, file).toBe(mtime)
    expect(fs.readFileSync(fileOf(second.dir, caseShareImageUrl(slugs[0]!)))).toEqual(fs.readFileSync(path.join(cards, drawn[0]!)))
  }, 240_000)
})
