/**
 * The public site, built for real: the bundled collection seeded into this
 * file's own database, with planted drafts, private values, a slug change and
 * an image, then `astro build` through the safe build pipeline. One build,
 * shared by every test; assertions are on the HTML a reader gets.
 */
import fs from 'node:fs'
import path from 'node:path'
import { gunzipSync, gzipSync } from 'node:zlib'

import { parse as parseCsv } from 'csv-parse/sync'
import { LinkChecker } from 'linkinator'
import { chromium } from 'playwright-core'
import type { Payload } from 'payload'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { databaseEngine } from '../../cms/database'
import { chineseOrdinal, plainTextToLexical } from '../../cms/domain'
import { contentDir } from '../../cms/paths'
import { readContent } from '../../cms/seed/readContent'
import { caseColumns } from '../../site/lib/openData'
import { caseUrl, codebookUrl, featureUrl, huibianEntryId, huibianUrl } from '../../cms/domain/urls'
import { closePayload, seededPayload } from '../helpers/payload'
import { allFiles, buildTestSite, fileOf, page, serveDir, testSiteUrl, texts, type TestSite } from '../helpers/site'
import { axeViolations, chromiumPath } from '../helpers/browser'
import type { Case } from '../../cms/payload-types'
import { createEvidenceFile, smallPdf } from '../helpers/evidenceFiles'

const content = readContent(contentDir)
// Everything planted here must stay out of dist/; one word finds them all.
const CANARY = 'CANARY7F3A'
const canary = {
  campaignContact: { name: `${CANARY}联系人`, phone: '1380000-7F3A', email: 'canary7f3a@example.org', organisation: `${CANARY}办公室` },
  person: `${CANARY}-PERSON`,
  phone: `${CANARY}-PHONE`,
  remarks: `${CANARY}-REMARKS`,
  review: `${CANARY}-REVIEW`,
  evidence: `${CANARY}-不公开佐证`,
  evidenceFile: `${CANARY}-不公开的批示扫描件`,
  evidenceFileName: `${CANARY.toLowerCase()}-pishi`,
  evidenceBytes: `${CANARY}-FILE-BYTES`,
  draftCase: `${CANARY}草稿案例`,
  draftEdit: `${CANARY}未发布的修改`,
  draftBrand: `${CANARY}草稿品牌`,
  draftCampaign: `${CANARY}草稿活动`,
}
// The real organisers' contacts from the seeds, stored as private fields by the seed.
const seededContacts = content.campaigns
  .flatMap((c) =>
    ((c.data.contacts as { name: string; phone?: string; email?: string }[] | undefined) ?? []).flatMap((p) => [
      p.name,
      ...(p.phone ?? '').split(/[；;]/).map((s) => s.trim()),
      p.email ?? '',
    ]),
  )
  .filter((v) => v.length >= 2)

const shijia = 'fuzhou-xinhuoshi-shijia-2024'
const renamed = { from: 'jianli-wangge-jiceng-zhili-tixi', to: 'wangge-jiceng-zhili-tixi-xin' }
const withImage = 'fangxiang-jiangxisuo-de-tansuo-yu-shijian'
const withFormula = 'dazao-bianmin-fuwu-liangli-mingpian'
const editedCase = 'goujian-jiceng-zhili-xin-geju'
const shuangyong = 'tansuo-tuixing-quanguo-shouge-dangjian-shuangyong-jizhi'
const publicStandard = smallPdf('PUBLIC-STANDARD')

describe('the public site', () => {
  let payload: Payload
  let site: TestSite
  let publishedSlugs: string[]

  beforeAll(async () => {
    payload = await seededPayload()
    const bySlug = async (collection: 'cases' | 'campaigns' | 'units' | 'brands', slug: string) =>
      (await payload.find({ collection, where: { slug: { equals: slug } }, overrideAccess: true, depth: 0 })).docs[0]!
    const campaign = await bySlug('campaigns', shijia)
    const unit = await bySlug('units', 'fuzhou-shuiliju')

    // Private values on published documents.
    await payload.update({
      collection: 'campaigns',
      id: campaign.id,
      data: { contacts: [canary.campaignContact], reviewNotes: canary.review, _status: 'published' },
      overrideAccess: true,
    })
    await payload.update({ collection: 'units', id: unit.id, data: { contacts: [canary.campaignContact] }, overrideAccess: true })
    // 佐证 files marked private: a scan (its title, name and bytes are canaries) and a photo.
    const privateScan = await createEvidenceFile(payload, {
      title: canary.evidenceFile,
      visibility: 'private',
      name: `${canary.evidenceFileName}.pdf`,
      data: smallPdf(canary.evidenceBytes),
      mimetype: 'application/pdf',
    })
    const privatePhoto = await createEvidenceFile(payload, {
      title: canary.evidenceFile,
      visibility: 'private',
      name: `${canary.evidenceFileName}.png`,
      data: await sharp({ create: { width: 900, height: 600, channels: 3, background: { r: 20, g: 120, b: 60 } } })
        .png()
        .toBuffer(),
      mimetype: 'image/png',
    })
    const formulaCase = await bySlug('cases', withFormula)
    await payload.update({
      collection: 'cases',
      id: formulaCase.id,
      data: {
        contactPerson: canary.person,
        contactPhone: canary.phone,
        remarks: canary.remarks,
        reviewNotes: canary.review,
        privateEvidence: [
          {
            kind: 'instruction',
            title: canary.evidence,
            source: canary.evidence,
            note: canary.evidence,
            url: 'https://example.org/canary7f3a',
            file: privateScan.id,
          },
          { kind: 'photo', title: canary.evidence, file: privatePhoto.id },
        ],
        focusAreas: ['=HYPERLINK("http://example.org")', '政务服务'],
        _status: 'published',
      },
      overrideAccess: true,
    })
    // Drafts: a new case, a new brand, a new campaign, and an unpublished edit of a published case.
    await payload.create({
      collection: 'cases',
      data: {
        title: canary.draftCase,
        kind: 'case',
        campaign: campaign.id,
        unit: unit.id,
        abstract: canary.draftCase,
        sections: { background: plainTextToLexical(canary.draftCase) },
        _status: 'draft',
      },
      draft: true,
      overrideAccess: true,
    })
    await payload.create({ collection: 'brands', data: { name: canary.draftBrand, unit: unit.id, _status: 'draft' }, draft: true, overrideAccess: true })
    await payload.create({ collection: 'campaigns', data: { name: canary.draftCampaign, year: 2025, _status: 'draft' }, draft: true, overrideAccess: true })
    const edited = await bySlug('cases', editedCase)
    await payload.update({
      collection: 'cases',
      id: edited.id,
      data: { title: canary.draftEdit, abstract: canary.draftEdit, _status: 'draft' },
      draft: true,
      overrideAccess: true,
    })
    // An editor changes a published case's slug.
    const moved = await bySlug('cases', renamed.from)
    await payload.update({ collection: 'cases', id: moved.id, data: { slug: renamed.to, _status: 'published' }, overrideAccess: true })
    // A photo on a published case.
    const png = await sharp({ create: { width: 1200, height: 800, channels: 3, background: { r: 158, g: 27, b: 31 } } })
      .png()
      .toBuffer()
    const media = await payload.create({
      collection: 'media',
      data: { alt: '坊巷讲习所展馆外景' },
      file: { data: png, mimetype: 'image/png', name: 'jiangxisuo.png', size: png.length },
      overrideAccess: true,
    })
    const imageCase = await bySlug('cases', withImage)
    await payload.update({
      collection: 'cases',
      id: imageCase.id,
      data: { images: [{ image: media.id, caption: '讲习所展馆' }], _status: 'published' },
      overrideAccess: true,
    })

    // Public 佐证 files on the 党建+双拥 case: a 地方标准 as a PDF and a photo.
    const standard = await createEvidenceFile(payload, {
      title: '“党建+双拥”工作规范',
      visibility: 'public',
      name: 'dangjian-shuangyong-guifan.pdf',
      data: publicStandard,
      mimetype: 'application/pdf',
    })
    const photo = await createEvidenceFile(payload, {
      title: '军地共建活动现场',
      visibility: 'public',
      name: 'jundi-gongjian.png',
      data: await sharp({ create: { width: 1000, height: 700, channels: 3, background: { r: 200, g: 160, b: 40 } } })
        .png()
        .toBuffer(),
      mimetype: 'image/png',
    })
    const shuangyongCase = await bySlug('cases', shuangyong)
    await payload.update({
      collection: 'cases',
      id: shuangyongCase.id,
      data: {
        evidence: [
          ...((shuangyongCase as Case).evidence ?? []),
          { kind: 'standard', title: '“党建+双拥”工作规范（地方标准）', source: '市市场监督管理局', file: standard.id },
          { kind: 'photo', title: '军地共建活动', file: photo.id },
        ],
        _status: 'published',
      },
      overrideAccess: true,
    })

    publishedSlugs = (await payload.find({ collection: 'cases', overrideAccess: false, draft: false, pagination: false, depth: 0 })).docs.map((c) => c.slug!)
    // Payload stays open: the build reads the same database from its own process.
    site = await buildTestSite()
  }, 240_000)

  afterAll(async () => {
    await closePayload(payload)
  })

  it('has a page for every published case, with its write-up under numbered headings', () => {
    expect(publishedSlugs).toHaveLength(content.cases.length)
    for (const entry of content.cases) {
      const slug = entry.slug === renamed.from ? renamed.to : entry.slug
      const html = page(site.dir, caseUrl(slug))
      expect(texts(html, 'h1'), slug).toEqual([entry.data.title])
      const headings = [...entry.body.matchAll(/^##\s+(.+)$/gm)].map((m) => m[1]!.trim())
      const expected = headings.map((h, i) => `${chineseOrdinal(i + 1)}、${h}`)
      const h2 = texts(html, 'article h2')
      expect(
        h2.filter((h) => /^[一二三四五六七八九十]+、/.test(h)),
        slug,
      ).toEqual(expected)
      // The first paragraph of each section is on the page.
      for (const part of entry.body.split(/^##\s+.+$/m).slice(1)) {
        const first = part
          .trim()
          .split(/\n\s*\n/)[0]!
          .replace(/\*\*/g, '')
          .trim()
        expect(html.text, slug).toContain(first.slice(0, 30))
      }
      expect(html.querySelector('html')!.getAttribute('lang')).toBe('zh-CN')
    }
    // Seed 003's projects read as projects: lead unit and the task text.
    const project = page(site.dir, caseUrl('tiejun-jinyi-kechuang-langdao-jianshe'))
    expect(project.text).toContain('牵头单位')
    expect(project.text).toContain('金华市科学技术局')
  })

  it('gives a case page its award, honours by level, history, provenance and a citation', () => {
    const html = page(site.dir, caseUrl('tansuo-tuixing-quanguo-shouge-dangjian-shuangyong-jizhi'))
    expect(html.querySelector('.badge')!.text).toBe('十佳案例')
    expect(texts(html, '#honours ~ h3')).toEqual(['国家级', '省级'])
    const history = html.querySelector('section[aria-labelledby="history"]')!
    expect(history.text).toContain('全国首个“党建+双拥”工作机制')
    expect(history.querySelector('a')!.getAttribute('href')).toBe(caseUrl('dangjian-shuangyong-gongzuo-jizhi'))
    expect(texts(html, 'nav.breadcrumbs li')).toEqual(['首页', '“新、活、实”十佳案例汇编', '探索推行全国首个“党建+双拥”工作机制'])
    const citation = html.querySelector('.citation')!.text
    expect(citation).toMatch(
      new RegExp(
        `^中共福州市委市直机关工作委员会\\. 探索推行全国首个“党建\\+双拥”工作机制\\[EB/OL\\]\\. \\(\\d{4}-\\d\\d-\\d\\d\\)\\[引用日期\\]\\. ${testSiteUrl}/cases/tansuo-tuixing-quanguo-shouge-dangjian-shuangyong-jizhi/\\.$`,
      ),
    )
    const ld = JSON.parse(html.querySelector('script[type="application/ld+json"]')!.text)
    expect(ld).toMatchObject({ '@type': 'Article', headline: '探索推行全国首个“党建+双拥”工作机制', inLanguage: 'zh-CN' })
    expect(html.querySelector('meta[property="og:url"]')!.getAttribute('content')).toBe(
      `${testSiteUrl}${caseUrl('tansuo-tuixing-quanguo-shouge-dangjian-shuangyong-jizhi')}`,
    )
  })

  it('lists a 汇编 in order, numbered, with a stable anchor and a QR code per case', () => {
    const expected = content.cases
      .filter((e) => e.file.startsWith(`cases/${shijia}/`))
      .sort((a, b) => (a.data.sequence as number) - (b.data.sequence as number))
      .map((e) => (e.slug === renamed.from ? renamed.to : e.slug))
    const html = page(site.dir, huibianUrl(shijia))
    expect(texts(html, 'h1')).toEqual(['“新、活、实”十佳案例汇编'])
    const toc = html.querySelectorAll('nav.toc li')
    expect(toc.map((li) => li.querySelector('.no')!.text)).toEqual(expected.map((_, i) => String(i + 1)))
    expect(toc.map((li) => li.querySelector('a')!.getAttribute('href'))).toEqual(expected.map((slug) => `#case-${slug}`))
    const entries = html.querySelectorAll('article.entry')
    expect(entries.map((e) => e.id)).toEqual(expected.map((slug) => `case-${slug}`))
    expect(entries[0]!.querySelector('h3')!.text).toBe('1. “坊巷讲习所”的探索与实践')
    for (const [i, entry] of entries.entries()) {
      const qr = entry.querySelector('.qr svg')!
      expect(qr.getAttribute('aria-label')).toContain('永久链接')
      expect(entry.querySelector('.permalink a')!.getAttribute('href')).toBe(`${testSiteUrl}${caseUrl(expected[i]!)}`)
    }
    expect(html.text).toContain('前言')
    // The print stylesheet: A4, entries flow (short ones share a page), each heading kept with its QR code.
    const css = html
      .querySelectorAll('link[rel="stylesheet"]')
      .map((l) => fs.readFileSync(fileOf(site.dir, l.getAttribute('href')!), 'utf8'))
      .join('\n')
    expect(css).toMatch(/size:\s*A4/)
    expect(css).not.toMatch(/\.entry\{[^}]*break-before:\s*page/)
    expect(css).toMatch(/\.entry-head\{[^}]*break-inside:\s*avoid/)

    // Seed 003's 18 projects keep the order and numbers of the official list.
    const projects = page(site.dir, huibianUrl('jinhua-chuangxin-xiangmu-2017'))
    const titles = content.cases
      .filter((e) => e.file.startsWith('cases/jinhua-chuangxin-xiangmu-2017/'))
      .sort((a, b) => (a.data.sequence as number) - (b.data.sequence as number))
      .map((e) => e.data.title)
    expect(texts(projects, 'nav.toc li a')).toEqual(titles)
    expect(texts(projects, 'nav.toc li .no')).toEqual(titles.map((_, i) => String(i + 1)))
    expect(texts(projects, 'nav.toc h3')).toEqual(['制度机制类', '铁军+服务中心类', '党建+活动类'])
  })

  it("shows the feature's cases in the editor's order, in pairs, each with its honours", () => {
    const feature = content.features[0]!
    const entries = feature.data.entries as { case: string; heading: string }[]
    const html = page(site.dir, featureUrl(feature.slug))
    expect(texts(html, 'h1')).toEqual([feature.data.headline])
    expect(html.querySelector('.subtitle')!.text).toBe(feature.data.subtitle)
    expect(html.text).toContain('本报记者 冯雪珠')
    expect(texts(html, '.pair article h2')).toEqual(entries.map((e) => e.heading))
    const pairs = html.querySelectorAll('.pair')
    expect(pairs.map((p) => p.querySelectorAll('article').length)).toEqual([2, 2, 2, 2, 2])
    const links = html.querySelectorAll('.pair article h2 a').map((a) => a.getAttribute('href'))
    expect(links).toEqual(entries.map((e) => caseUrl(e.case === renamed.from ? renamed.to : e.case)))
    const shuangyong = pairs[2]!.querySelectorAll('article')[0]!
    expect(shuangyong.text).toContain('第六届全省机关体制机制创新优秀案例征集评选活动十佳案例')
  })

  it('lets no draft, unpublished edit or private value reach any file', () => {
    const leaks: string[] = []
    const needles = [CANARY, CANARY.toLowerCase(), '1380000-7F3A', ...seededContacts]
    // The whole build output: the static site and the preview server's code.
    for (const file of allFiles(site.outDir)) {
      const bytes = fs.readFileSync(file)
      // The search index is gzip-compressed: look inside it as well.
      const text = bytes.toString('utf8') + (/\.pf_\w+$/.test(file) ? gunzipSync(bytes).toString('utf8') : '')
      for (const needle of needles) if (text.includes(needle)) leaks.push(`${path.relative(site.outDir, file)}: ${needle}`)
    }
    expect(leaks).toEqual([])
    // The published version of the edited case is what readers get.
    const edited = content.cases.find((e) => e.slug === editedCase)!
    expect(texts(page(site.dir, caseUrl(editedCase)), 'h1')).toEqual([edited.data.title])
  })

  it('shows public 佐证 files on the case page: photos through the image pipeline, documents as downloads with their size', () => {
    const section = page(site.dir, caseUrl(shuangyong)).querySelector('#evidence')!.closest('section')!
    const entry = section.querySelectorAll('li').find((li) => li.text.includes('工作规范（地方标准）'))!
    expect(entry.text.replace(/\s+/g, '')).toMatch(/^【地方标准】“党建\+双拥”工作规范（地方标准）（市市场监督管理局）下载原件（PDF，\d+KB）$/)
    const link = entry.querySelector('a.evidence-download')!
    expect(link.getAttribute('download')).toBe('dangjian-shuangyong-guifan.pdf')
    expect(fs.readFileSync(path.join(site.dir, link.getAttribute('href')!))).toEqual(publicStandard)
    // The photo, resized by the build into AVIF and WebP, with the file's title as its text alternative.
    const figure = section.querySelector('figure')!
    expect(figure.querySelectorAll('source').map((s) => s.getAttribute('type'))).toEqual(['image/avif', 'image/webp'])
    expect(figure.querySelector('img')!.getAttribute('alt')).toBe('军地共建活动现场')
    expect(figure.querySelector('figcaption')!.text).toBe('军地共建活动')
    // Open data lists the entry with the document's download address.
    const row = JSON.parse(fs.readFileSync(path.join(site.dir, 'data', 'cases.json'), 'utf8')).cases.find((c: { slug: string }) => c.slug === shuangyong)
    expect(row.evidence).toContain(`【地方标准】“党建+双拥”工作规范（地方标准） ${testSiteUrl}${link.getAttribute('href')}`)
    for (const source of figure.querySelectorAll('source')) {
      for (const candidate of source.getAttribute('srcset')!.split(',')) expect(fs.existsSync(fileOf(site.dir, candidate.trim().split(' ')[0]!))).toBe(true)
    }
  })

  it('keeps an old case URL working after a slug change, and lists only the new one in the sitemap', () => {
    const old = page(site.dir, caseUrl(renamed.from))
    expect(old.querySelector('meta[http-equiv="refresh"]')!.getAttribute('content')).toBe(`0; url=${caseUrl(renamed.to)}`)
    expect(old.querySelector('main a')!.getAttribute('href')).toBe(caseUrl(renamed.to))
    expect(old.querySelector('link[rel="canonical"]')!.getAttribute('href')).toBe(`${testSiteUrl}${caseUrl(renamed.to)}`)
    expect(texts(page(site.dir, caseUrl(renamed.to)), 'h1')).toEqual(['建立网格基层治理体系'])
    const sitemap = allFiles(site.dir)
      .filter((f) => /sitemap-\d+\.xml$/.test(f))
      .map((f) => fs.readFileSync(f, 'utf8'))
      .join('\n')
    expect(sitemap).toContain(`<loc>${testSiteUrl}${caseUrl(renamed.to)}</loc>`)
    expect(sitemap).not.toContain(caseUrl(renamed.from))
    expect(sitemap).not.toContain('/search/')
    for (const slug of publishedSlugs) expect(sitemap).toContain(`<loc>${testSiteUrl}${caseUrl(slug)}</loc>`)
  })

  it('publishes open data: a CSV that Excel opens, with the codebook columns and no live formulas', () => {
    const raw = fs.readFileSync(path.join(site.dir, 'data', 'cases.csv'))
    expect([...raw.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const rows: string[][] = parseCsv(raw, { bom: true })
    expect(rows[0]).toEqual(caseColumns.map((c) => c.label))
    expect(rows[0]).toContain('案例名称')
    expect(rows).toHaveLength(publishedSlugs.length + 1)
    const header = rows[0]!
    const col = (name: string) => header.indexOf(name)
    const formula = rows.find((r) => r[col('标识')] === withFormula)!
    expect(formula[col('关键词')]).toBe(`'=HYPERLINK("http://example.org")；政务服务`)
    const wangge = rows.find((r) => r[col('标识')] === renamed.to)!
    expect(wangge[col('网址')]).toBe(`${testSiteUrl}${caseUrl(renamed.to)}`)
    expect(wangge[col('年度')]).toBe('2024')
    expect(wangge[col('奖项等次')]).toBe('十佳案例')
    const json = JSON.parse(fs.readFileSync(path.join(site.dir, 'data', 'cases.json'), 'utf8'))
    expect(json.cases).toHaveLength(publishedSlugs.length)
    expect(Object.keys(json.cases[0]).sort()).toEqual(caseColumns.map((c) => c.key).sort())
    // The codebook page describes every column (its first table is the cases' one).
    const casesTable = page(site.dir, codebookUrl()).querySelector('main table')!
    expect(texts(casesTable, 'tbody tr td:nth-child(2)')).toEqual(caseColumns.map((c) => c.label))
  })

  it("shows a case's facts near the top of its page, in its 汇编 entry, in open data and as search facets", () => {
    const slug = 'tansuo-tuixing-quanguo-shouge-dangjian-shuangyong-jizhi'
    const html = page(site.dir, caseUrl(slug))
    const panel = html.querySelector('section.facts')!
    // Right after the header, before the write-up.
    expect(html.querySelector('article.case > header')!.nextElementSibling).toBe(panel)
    const facts = Object.fromEntries(panel.querySelectorAll('dt').map((dt) => [dt.text.trim(), dt.nextElementSibling!.text.replace(/\s+/g, '')]))
    expect(facts['实施时间']).toBe('2022年初起，持续运行')
    expect(facts['推广层级']).toBe('全省')
    expect(facts['推广情况']).toContain('2023年11月，省退役军人事务厅向全省发文推广（全省）')
    expect(texts(panel, 'dd li')).toContain('联盟成员单位 34 家（截至 2024 年）')
    expect(html.querySelector('#lessons')!.closest('section')!.text).toContain('分轮推进')
    expect(html.querySelector('#evidence')!.closest('section')!.text).toContain('【荣誉证书】部队赠送的锦旗、牌匾和感谢信')
    // Figures keep the seed's 余; a case without facts has no panel.
    expect(texts(page(site.dir, caseUrl(withImage)), 'section.facts li')).toContain('承接各类活动 410 余场次（截至 2024 年）')
    expect(page(site.dir, caseUrl('goujian-jiceng-zhili-xin-geju')).querySelector('section.facts')).toBeNull()
    // The 汇编 entry carries them too.
    expect(page(site.dir, huibianUrl(shijia)).querySelector(`#${huibianEntryId(slug)} .entry-facts`)!.text).toContain('推广层级：全省')

    const row = JSON.parse(fs.readFileSync(path.join(site.dir, 'data', 'cases.json'), 'utf8')).cases.find((c: { slug: string }) => c.slug === slug)
    expect(row).toMatchObject({ implementationStart: '2022', implementationEnd: '', ongoing: '是', adoptionLevel: '全省' })
    expect(row.figures).toContain('联盟成员单位 34 家（截至 2024 年）')
    expect(row.adoptions).toContain('【全省】2023年11月，省退役军人事务厅，向全省发文推广')

    // Facets: the case page declares them, the search page offers them.
    const filters = (name: string) => html.querySelectorAll(`[data-pagefind-filter^="${name}:"]`).map((e) => e.getAttribute('data-pagefind-filter'))
    expect(filters('adoption')).toEqual(['adoption:全省'])
    expect(filters('started')).toEqual(['started:2022'])
    const search = page(site.dir, '/search/')
    expect(search.querySelector('fieldset[data-facet="adoption"] legend')!.text).toBe('推广层级')
    expect(search.querySelectorAll('input[name="started"]').map((i) => i.getAttribute('value'))).toEqual(['2022', '2017'])
  })

  it('renders the MDX pages inside the site layout', () => {
    for (const url of ['/about/', '/how-to-use/', '/codebook/']) {
      const html = page(site.dir, url)
      expect(html.querySelector('header.site-header'), url).not.toBeNull()
      expect(html.querySelectorAll('h1'), url).toHaveLength(1)
      expect(html.querySelector('main')!.text.length, url).toBeGreaterThan(200)
    }
  })

  it('gives every page one h1, zh-CN, a link to search, and client JavaScript only on the search page', () => {
    const htmlFiles = allFiles(site.dir).filter((f) => f.endsWith('.html'))
    expect(htmlFiles.length).toBeGreaterThan(90)
    const searchScripts: string[] = []
    for (const file of htmlFiles) {
      const html = page(site.dir, `/${path.relative(site.dir, file)}`)
      const where = path.relative(site.dir, file)
      expect(html.querySelectorAll('h1'), where).toHaveLength(1)
      expect(html.querySelector('html')!.getAttribute('lang'), where).toBe('zh-CN')
      expect(html.querySelector('a[href="/search/"]'), where).not.toBeNull()
      const scripts = html.querySelectorAll('script').filter((s) => s.getAttribute('type') !== 'application/ld+json')
      if (where !== path.join('search', 'index.html')) {
        expect(scripts, where).toHaveLength(0)
        continue
      }
      // The search page: one external module script, nothing inline.
      expect(
        scripts.map((s) => [s.getAttribute('type'), s.text.trim()]),
        where,
      ).toEqual([['module', '']])
      searchScripts.push(scripts[0]!.getAttribute('src')!)
    }
    expect(searchScripts).toHaveLength(1)
    const js = allFiles(site.dir)
      .filter((f) => f.endsWith('.js'))
      .map((f) => `/${path.relative(site.dir, f).split(path.sep).join('/')}`)
    // Besides the page's script: the worker it starts (search runs off the main thread) and Pagefind, which the worker loads.
    const workers = js.filter((f) => /^\/_astro\/searchWorker[.-][\w-]+\.js$/.test(f))
    expect(workers).toHaveLength(1)
    expect(fs.readFileSync(path.join(site.dir, searchScripts[0]!), 'utf8')).toContain(path.posix.basename(workers[0]!))
    expect(js.sort()).toEqual([searchScripts[0]!, workers[0]!, '/pagefind/pagefind.js'].sort())
  })

  it('keeps a case page within 14 KB gzipped, HTML and CSS together', () => {
    const html = fs.readFileSync(fileOf(site.dir, caseUrl('tansuo-tuixing-quanguo-shouge-dangjian-shuangyong-jizhi')))
    const css = page(site.dir, caseUrl('tansuo-tuixing-quanguo-shouge-dangjian-shuangyong-jizhi'))
      .querySelectorAll('link[rel="stylesheet"]')
      .map((l) => fs.readFileSync(fileOf(site.dir, l.getAttribute('href')!)))
    const bytes = [html, ...css].reduce((n, b) => n + gzipSync(b).length, 0)
    expect(gunzipSync(gzipSync(html)).length).toBe(html.length)
    expect(bytes).toBeLessThanOrEqual(14 * 1024)
  })

  it('serves case images as responsive AVIF and WebP', () => {
    const html = page(site.dir, caseUrl(withImage))
    const picture = html.querySelector('picture')!
    const types = picture.querySelectorAll('source').map((s) => s.getAttribute('type'))
    expect(types).toEqual(['image/avif', 'image/webp'])
    for (const source of picture.querySelectorAll('source')) {
      const candidates = source
        .getAttribute('srcset')!
        .split(',')
        .map((c) => c.trim().split(' ')[0]!)
      expect(candidates.length).toBeGreaterThan(1)
      for (const src of candidates) expect(fs.existsSync(fileOf(site.dir, src)), src).toBe(true)
    }
    expect(picture.querySelector('img')!.getAttribute('alt')).toBe('坊巷讲习所展馆外景')
    expect(html.querySelector('figcaption')!.text).toBe('讲习所展馆')
  })

  it('has no broken internal links or anchors', async () => {
    const checker = new LinkChecker()
    // Every page is a starting point: some (empty award tiers, redirects) have no link to them.
    const pages = allFiles(site.dir)
      .filter((f) => f.endsWith('.html'))
      .map((f) => path.relative(site.dir, f))
    const result = await checker.check({
      path: pages,
      serverRoot: site.dir,
      recurse: true,
      checkFragments: true,
      // Absolute permalinks name the public host, which is not served here; every page is reached by relative links too.
      linksToSkip: ['^https?://(?!localhost)'],
      concurrency: 50,
    })
    const broken = result.links.filter((l) => l.state === 'BROKEN').map((l) => `${l.url} (from ${l.parent}, ${l.status})`)
    expect(broken).toEqual([])
    expect(result.links.filter((l) => l.state === 'OK').length).toBeGreaterThan(pages.length)
  })

  // How the pages read in a browser does not depend on the engine: on MongoDB, engineParity shows the same pages.
  it.skipIf(!fs.existsSync(chromiumPath) || databaseEngine() === 'mongodb')(
    'passes axe on every kind of page, and fits a 360 px screen',
    async () => {
      const server = await serveDir(site.dir)
      const browser = await chromium.launch({ executablePath: chromiumPath })
      const urls = [
        '/',
        caseUrl(withImage),
        caseUrl(renamed.from),
        huibianUrl(shijia),
        featureUrl('xin-huo-shi-shijia'),
        '/categories/jiguan/',
        '/units/',
        '/units/fuzhou-shuiliju/',
        '/brands/xingshui-limin/',
        '/projects/',
        codebookUrl(),
        '/search/',
        '/no-such-page/',
      ]
      const problems: string[] = []
      try {
        for (const url of urls) {
          for (const width of [360, 1280]) {
            // axe is injected as an inline script, which the pages' own CSP rightly blocks.
            const tab = await browser.newPage({ viewport: { width, height: 800 }, bypassCSP: true })
            await tab.goto(`${server.url}${url}`, { waitUntil: 'load' })
            // The old URL of a renamed case sends the browser on to the new one.
            if (url === caseUrl(renamed.from)) await tab.waitForURL(`${server.url}${caseUrl(renamed.to)}`)
            if (await tab.evaluate(() => document.documentElement.scrollWidth > window.innerWidth)) problems.push(`${url} @${width}px: scrolls sideways`)
            for (const v of await axeViolations(tab)) problems.push(`${url} @${width}px: ${v}`)
            await tab.close()
          }
        }
      } finally {
        await browser.close()
        await server.close()
      }
      expect(problems).toEqual([])
    },
    120_000,
  )

  it('stops, naming the case, when a published case refers to an unpublished brand; the site stays as it was', async () => {
    const brand = (await payload.find({ collection: 'brands', where: { slug: { equals: 'xingshui-limin' } }, overrideAccess: true })).docs[0]!
    // The admin refuses this unpublish (refuseWhileShown); data can still be inconsistent in other ways, and the build must catch it.
    await payload.update({ collection: 'brands', id: brand.id, data: { _status: 'draft' }, overrideAccess: true, context: { allowBrokenReferences: true } })
    const home = fs.readFileSync(path.join(site.dir, 'index.html'))
    await expect(buildTestSite({ outDir: site.outDir })).rejects.toThrow(/“三三制”构筑水利特色的红色阵地.*refers to brand .*missing or not published/)
    expect(fs.readFileSync(path.join(site.dir, 'index.html'))).toEqual(home)
    const beside = fs.readdirSync(path.dirname(site.outDir))
    expect(beside.filter((name) => name.startsWith(`${path.basename(site.outDir)}.`))).toEqual([])
  }, 120_000)
})
