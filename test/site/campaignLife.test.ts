/**
 * A campaign's life on the built site: its page with documents and a stage
 * timeline marked against a fixed build day, a 公示 with its working-day
 * period and public objection channel, a result list that links only to
 * published cases, the feed and the open data. Private contacts never appear.
 */
import fs from 'node:fs'

import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { campaignUrl, caseUrl, publicityUrl, resultListUrl } from '../../cms/domain/urls'
import { closePayload, seededPayload } from '../helpers/payload'
import { browserTestsRun, launchBrowser, screenshot } from '../helpers/browser'
import { allFiles, buildTestSite, fileOf, page, serveDir, texts, type TestSite } from '../helpers/site'

const CANARY = 'CANARY9C1D'
const privateValues = { person: `${CANARY}-PERSON`, phone: '1390000-9C1D', remarks: `${CANARY}-REMARKS` }
// The seeds' real organiser contacts (seed 000), stored as private campaign contacts.
const seededPrivate = ['15060060229', 'fzjgdj@163.com', '83311684', 'HL76BGS8HL6CGW@fjjgdj.gov.cn']
const publicChannel = { office: '省直机关工委办公室', phone: '0591-8780-0000', email: 'gongshi@example.gov.cn' }
const campaignSlug = 'fujian-jizhihuo-2020'

describe('a campaign from notice to results', () => {
  let payload: Payload
  let site: TestSite
  const slugs: Record<string, string> = {}

  beforeAll(async () => {
    payload = await seededPayload()
    const campaign = (await payload.find({ collection: 'campaigns', where: { slug: { equals: campaignSlug } } })).docs[0]!
    const unit = (await payload.find({ collection: 'units', limit: 1, sort: 'id' })).docs[0]!
    const privateFields = { contactPerson: privateValues.person, contactPhone: privateValues.phone, remarks: privateValues.remarks }
    const entry = (title: string, data: Record<string, unknown>) =>
      payload.create({
        collection: 'cases',
        data: { title, kind: 'case', campaign: campaign.id, unit: unit.id, ...privateFields, _status: 'draft', ...data },
        draft: true,
      })
    let published = await entry('已发布的一等奖案例', { caseType: 'jiguan-dangjian', awardTier: 'first', sequence: 1 })
    const draft = await entry('尚未发布全文的二等奖案例', { caseType: 'fei-jiguan-dangjian', awardTier: 'second', sequence: 2 })
    // Twenty entries in all, so that seed 000's 5% gives one 一等奖 (the award quota is checked on publishing).
    for (let i = 3; i <= 20; i += 1) await entry(`未获奖的申报案例${i}`, { caseType: 'jiguan-dangjian' })
    published = await payload.update({ collection: 'cases', id: published.id, data: { _status: 'published' } })
    slugs.published = published.slug!
    slugs.draft = draft.slug!
    // Lists prepared from the campaign's entries: left empty, they are filled on save.
    const notice = await payload.create({
      collection: 'publicity-notices',
      data: {
        title: '关于第三届全省机关体制机制创新优秀案例拟表彰名单的公示',
        campaign: campaign.id,
        listKind: 'commend',
        issuer: '中共福建省委省直机关工委',
        periodStart: '2025-09-29T12:00:00.000Z',
        workingDays: 5,
        objectionChannel: publicChannel,
        _status: 'published',
      },
    })
    slugs.notice = notice.slug!
    const results = await payload.create({
      collection: 'result-lists',
      data: {
        title: '关于公布第三届全省机关体制机制创新优秀案例获奖名单的通知',
        campaign: campaign.id,
        issuer: '中共福建省委省直机关工委',
        documentNumber: '闽直工〔2025〕1号',
        issuedOn: '2025-10-20T12:00:00.000Z',
        _status: 'published',
      },
    })
    slugs.results = results.slug!
    site = await buildTestSite({ env: { HUIBIAN_BUILD_DATE: '2020-08-15' } })
  }, 600_000)
  afterAll(() => closePayload(payload))

  it('gives every published campaign a page, entries or not', async () => {
    const campaigns = await payload.find({ collection: 'campaigns', where: { _status: { equals: 'published' } }, pagination: false })
    for (const c of campaigns.docs) expect(fs.existsSync(fileOf(site.dir, campaignUrl(c))), c.slug!).toBe(true)
    // Seed 004's campaign has no published entries, and still its notice, stages and quotas.
    const empty = page(site.dir, campaignUrl('jinhua-shifandian-2015'))
    expect(empty.text).toContain('关于组织开展机关党建示范点推荐评选的通知')
    expect(empty.text).toContain('2015年10月10日—11月15日')
    expect(empty.text).toContain('本活动尚无已发布的案例')
    // Seed 003's 文号 on its notice.
    expect(page(site.dir, campaignUrl('jinhua-chuangxin-xiangmu-2017')).text).toContain('金直委发〔2017〕20号')
  })

  it('marks each stage against the build day', () => {
    const html = page(site.dir, campaignUrl(campaignSlug))
    const stages = html.querySelectorAll('.timeline .stage').map((li) => [li.querySelector('.stage-name')!.text, li.getAttribute('data-status')])
    // 2020-08-15: 推荐 (to 7月24日) and 福州市内报送 (to 7月10日) are over, 评选 (8月—9月) under way;
    // 结果公布 has no date but a result list is published; 交流推广 starts 10月1日.
    expect(stages).toEqual([
      ['案例推荐', 'done'],
      ['福州市内报送', 'done'],
      ['组织评选', 'current'],
      ['结果公布', 'done'],
      ['交流推广', 'upcoming'],
    ])
    expect(texts(html, '.timeline .status')).toEqual(['已结束', '已结束', '进行中', '已结束', '未开始'])
    expect(html.text).toContain('各环节状态按 2020年8月15日 计')
    expect(html.text).toContain('2020年5月15日—7月24日')
    expect(html.text).toContain('2020年10月1日起')
    // Notice, review focus and quotas from seed 000, and the way to the 公示 and results.
    expect(html.text).toContain('中共福建省委省直机关工委、福建省发展和改革委员会、福建省机关效能建设领导小组办公室')
    expect(html.text).toContain('模范机关建设')
    expect(html.text).toContain('一等奖：占申报数 5%')
    const links = html.querySelectorAll('a').map((a) => a.getAttribute('href'))
    expect(links).toContain(publicityUrl(slugs.notice!))
    expect(links).toContain(resultListUrl(slugs.results!))
  })

  it('publishes the 公示 with its list, working-day period, public channel and issuer', () => {
    const html = page(site.dir, publicityUrl(slugs.notice!))
    expect(html.querySelector('h1')!.text).toBe('关于第三届全省机关体制机制创新优秀案例拟表彰名单的公示')
    // 5 个工作日 from Monday 29 September 2025: 国庆 1–8 October off, Saturday 11 October a make-up working day.
    expect(html.querySelector('.period')!.text).toContain('2025年9月29日至2025年10月11日（5个工作日）')
    const rows = html.querySelectorAll('.entry-list tbody tr').map((tr) => tr.querySelectorAll('td').map((td) => td.text.trim()))
    expect(rows).toEqual([
      ['1', '已发布的一等奖案例', expect.any(String), '一等奖'],
      ['2', '尚未发布全文的二等奖案例', expect.any(String), '二等奖'],
    ])
    expect(rows[0]![2]).not.toBe('')
    expect(html.text).toContain(publicChannel.phone)
    expect(html.text).toContain(publicChannel.email)
    expect(html.text).toContain(publicChannel.office)
    expect(html.querySelector('.notice-foot')!.text).toContain('中共福建省委省直机关工委')
  })

  it('links the result list only to published case pages, with its 文号 and date', () => {
    const html = page(site.dir, resultListUrl(slugs.results!))
    expect(html.text).toContain('闽直工〔2025〕1号')
    expect(html.text).toContain('2025年10月20日')
    const links = html.querySelectorAll('.entry-list a').map((a) => [a.text, a.getAttribute('href')])
    expect(links).toEqual([['已发布的一等奖案例', caseUrl(slugs.published!)]])
    expect(html.text).toContain('尚未发布全文的二等奖案例')
    expect(fs.existsSync(fileOf(site.dir, caseUrl(slugs.draft!)))).toBe(false)
  })

  it('puts the 公示 and the result list in the feed, and stages and results in the open data', () => {
    const rss = fs.readFileSync(fileOf(site.dir, '/rss.xml'), 'utf8')
    expect(rss).toContain(`公示：关于第三届全省机关体制机制创新优秀案例拟表彰名单的公示`)
    expect(rss).toContain(publicityUrl(slugs.notice!))
    expect(rss).toContain(resultListUrl(slugs.results!))
    const data = JSON.parse(fs.readFileSync(fileOf(site.dir, '/data/campaigns.json'), 'utf8'))
    expect(data.asOf).toBe('2020-08-15')
    const campaign = data.campaigns.find((c: { slug: string }) => c.slug === campaignSlug)
    expect(campaign.stages.map((s: { status: string }) => s.status)).toEqual(['已结束', '已结束', '进行中', '已结束', '未开始'])
    expect(campaign.stages[0]).toMatchObject({ name: '案例推荐', start: '2020-05-15', end: '2020-07-24' })
    expect(campaign.publicity[0]).toMatchObject({
      periodStart: '2025-09-29',
      periodEnd: '2025-10-11',
      workingDays: 5,
      objectionChannel: { phone: publicChannel.phone },
    })
    expect(campaign.publicity[0].holidayData).toMatch(/^chinese-days \d/)
    expect(campaign.results[0].entries).toEqual([
      expect.objectContaining({ title: '已发布的一等奖案例', tier: '一等奖', caseUrl: expect.stringContaining(caseUrl(slugs.published!)) }),
      expect.objectContaining({ title: '尚未发布全文的二等奖案例', tier: '二等奖', caseUrl: null }),
    ])
    const codebook = page(site.dir, '/codebook/')
    expect(codebook.text).toContain('objectionChannel')
    expect(codebook.text).toContain('periodEnd')
  })

  it('never shows the cases’ or the seeds’ contact persons', () => {
    const leaks: string[] = []
    for (const file of allFiles(site.dir).filter((f) => /\.(html|xml|json|csv|txt)$/.test(f))) {
      const text = fs.readFileSync(file, 'utf8')
      for (const value of [...Object.values(privateValues), ...seededPrivate]) if (text.includes(value)) leaks.push(`${value} in ${file}`)
    }
    expect(leaks).toEqual([])
  })

  it.skipIf(!browserTestsRun)('reads on a 360 px phone without sideways scrolling, and on a desktop', async () => {
    const server = await serveDir(site.dir)
    const browser = await launchBrowser()
    try {
      const tab = await browser.newPage()
      for (const [name, path] of [
        ['campaign', campaignUrl(campaignSlug)],
        ['publicity', publicityUrl(slugs.notice!)],
        ['results', resultListUrl(slugs.results!)],
        ['campaign-empty', campaignUrl('jinhua-shifandian-2015')],
      ] as const) {
        for (const width of [360, 1280]) {
          await tab.setViewportSize({ width, height: 800 })
          await tab.goto(server.url + path)
          expect(await tab.evaluate(() => document.documentElement.scrollWidth), `${path} at ${width}`).toBeLessThanOrEqual(width)
          await screenshot(tab, `built-${name}-${width}`)
        }
      }
    } finally {
      await browser.close()
      await server.close()
    }
  })
})
