/**
 * 公示 and 获奖名单 in the CMS: lists prepared from the campaign's tiered
 * entries, the 公示期 computed over China's working days (refused on its field
 * when the holiday data does not cover it), the public objection channel next
 * to private case contacts, scheduled publishing through Payload's job queue,
 * and the rebuild on the days a stage starts or ends.
 */
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { holidayYears } from '../../cms/domain/workingDays'
import { rebuildIfCalendarChanged } from '../../cms/jobs/rebuildOnStageDays'
import { siteRebuilds } from '../../cms/siteBuild'
import { closePayload, seededPayload } from '../helpers/payload'
import { rest } from '../helpers/rest'
import type { DocumentId } from '../../cms/domain/documentId'

const canary = { person: 'CANARY-LISTS-PERSON-41d0', phone: '1370000-41d0' }
const channel = { office: '市直机关工委组宣处', phone: '0579-8246-0000', email: 'shoulI@example.gov.cn' }

describe('公示 and result lists', () => {
  let payload: Payload
  let campaignId: DocumentId
  let otherCampaignId: DocumentId
  let unitId: DocumentId
  const caseIds: DocumentId[] = []
  const builds: string[][] = []

  beforeAll(async () => {
    payload = await seededPayload()
    const campaigns = await payload.find({ collection: 'campaigns', where: { slug: { in: ['jinhua-shifandian-2015', 'fujian-jizhihuo-2020'] } }, sort: 'year' })
    campaignId = campaigns.docs[0]!.id
    otherCampaignId = campaigns.docs[1]!.id
    unitId = (await payload.find({ collection: 'units', limit: 1, sort: 'id' })).docs[0]!.id
    const make = (title: string, awardTier: string | null, sequence: number, status: 'draft' | 'published') =>
      payload.create({
        collection: 'cases',
        data: {
          title,
          kind: 'site',
          campaign: campaignId,
          unit: unitId,
          caseType: 'shehui-zhili',
          awardTier: awardTier as 'demonstration',
          sequence,
          contactPerson: canary.person,
          contactPhone: canary.phone,
          _status: status,
        },
        draft: status === 'draft',
      })
    for (const [title, tier, seq, status] of [
      ['示范点乙', 'demonstration', 2, 'draft'],
      ['示范点甲', 'demonstration', 1, 'published'],
      ['未评等次的申报', null, 3, 'draft'],
    ] as const)
      caseIds.push((await make(title, tier, seq, status)).id)
    siteRebuilds(payload, async (reasons) => {
      builds.push(reasons)
      return { ok: true, pages: 1, log: [] }
    })
  })
  afterAll(() => closePayload(payload))

  const notice = (extra: Record<string, unknown> = {}) =>
    payload.create({
      collection: 'publicity-notices',
      data: {
        title: '机关党建示范点拟推荐名单公示',
        campaign: campaignId,
        listKind: 'recommend',
        issuer: '中共金华市直属机关工作委员会',
        periodStart: '2015-11-16T12:00:00.000Z',
        workingDays: 5,
        objectionChannel: channel,
        _status: 'published',
        ...extra,
      },
    })

  it('prepares the list from the campaign’s tiered entries, in 序号 order, and computes the period', async () => {
    const doc = await notice()
    expect(doc.entries?.map((e) => [e.number, e.title, e.tier])).toEqual([
      ['1', '示范点甲', 'demonstration'],
      ['2', '示范点乙', 'demonstration'],
    ])
    expect(doc.entries?.[0]?.unitName).toBeTruthy()
    expect(doc.periodEnd?.slice(0, 10)).toBe('2015-11-20')
    expect(doc.holidayData).toMatch(/^chinese-days /)
    // An edit that leaves the list alone keeps it; an editor's rows are kept as typed.
    const edited = await payload.update({ collection: 'publicity-notices', id: doc.id, data: { workingDays: 10 } })
    expect(edited.entries).toHaveLength(2)
    expect(edited.periodEnd?.slice(0, 10)).toBe('2015-11-27')
  })

  it('refuses a row of another campaign and a period past the holiday data, on the field, in Chinese', async () => {
    const foreign = (
      await payload.create({
        collection: 'cases',
        data: { title: '别的活动的案例', kind: 'case', campaign: otherCampaignId, unit: unitId, _status: 'published' },
      })
    ).id
    await expect(notice({ entries: [{ case: foreign }] })).rejects.toMatchObject({
      data: { errors: [{ path: 'entries.0.case', message: expect.stringContaining('不属于本活动') }] },
    })
    await expect(notice({ periodStart: `${holidayYears.last + 1}-03-02T12:00:00.000Z` })).rejects.toMatchObject({
      data: { errors: [{ path: 'periodStart', message: expect.stringContaining('节假日数据') }] },
    })
  })

  it('shows the objection channel to anonymous readers, never the cases’ contacts', async () => {
    await payload.create({
      collection: 'result-lists',
      data: { title: '示范点名单', campaign: campaignId, issuer: '中共金华市直属机关工作委员会', issuedOn: '2015-12-30T12:00:00.000Z', _status: 'published' },
    })
    for (const path of ['/publicity-notices?depth=2&limit=0', '/result-lists?depth=2&limit=0', '/publicity-notices?depth=2&draft=true']) {
      const res = await rest('GET', path)
      expect(res.status, path).toBe(200)
      expect(res.text).not.toContain(canary.person)
      expect(res.text).not.toContain(canary.phone)
    }
    const res = await rest('GET', '/publicity-notices?depth=0&limit=0')
    expect(res.text).toContain(channel.phone)
    expect(res.body.docs[0].objectionChannel).toMatchObject(channel)
  })

  it('publishes on schedule through the job queue, and rebuilds the site as a manual publish does', async () => {
    const draft = await notice({ title: '定时发布的公示', _status: 'draft' })
    const before = builds.length
    // Due a moment ago, as a job the admin's 预约发布 queued is when its time comes.
    await payload.jobs.queue({
      task: 'schedulePublish',
      waitUntil: new Date(Date.now() - 1000),
      input: { type: 'publish', doc: { relationTo: 'publicity-notices', value: draft.id } },
    })
    const future = await payload.jobs.queue({
      task: 'schedulePublish',
      waitUntil: new Date(Date.now() + 3_600_000),
      input: { type: 'unpublish', doc: { relationTo: 'publicity-notices', value: draft.id } },
    })
    await payload.jobs.run({ queue: 'default' })
    expect((await payload.findByID({ collection: 'publicity-notices', id: draft.id, draft: false }))._status).toBe('published')
    // Not yet due: still queued.
    expect((await payload.find({ collection: 'payload-jobs', where: { id: { equals: future.id } } })).totalDocs).toBe(1)
    await siteRebuilds(payload)!.idle()
    expect(builds.length).toBe(before + 1)
    expect(builds.at(-1)!.join()).toContain('定时发布的公示')
  })

  it('rebuilds on a day a stage starts or a 公示期 ends, and not on other days', async () => {
    // The calendar is under test, not the save: no save-triggered build writes the status meanwhile.
    await siteRebuilds(payload)!.idle()
    await payload.update({
      collection: 'campaigns',
      id: campaignId,
      data: { stages: [{ name: '推荐申报', start: '2030-03-02T12:00:00.000Z', end: '2030-03-20T12:00:00.000Z' }] },
      context: { skipRebuild: true },
    })
    await payload.updateGlobal({ slug: 'site-build', data: { lastSuccessAt: '2030-03-01T08:00:00.000Z' }, context: { skipRebuild: true } })
    const before = builds.length
    expect(await rebuildIfCalendarChanged(payload, new Date('2030-03-01T20:00:00+08:00'))).toBeUndefined()
    expect(await rebuildIfCalendarChanged(payload, new Date('2030-03-02T00:05:00+08:00'))).toContain('2030-03-02')
    await siteRebuilds(payload)!.idle()
    expect(builds.length).toBe(before + 1)
    // Built today: nothing more until the day after the stage ends.
    await payload.updateGlobal({ slug: 'site-build', data: { lastSuccessAt: '2030-03-02T00:06:00+08:00' }, context: { skipRebuild: true } })
    expect(await rebuildIfCalendarChanged(payload, new Date('2030-03-10T00:05:00+08:00'))).toBeUndefined()
    expect(await rebuildIfCalendarChanged(payload, new Date('2030-03-21T00:05:00+08:00'))).toContain('2030-03-21')
    // That rebuild records its own status (and, once built, today's lastSuccessAt): let it finish
    // before the status is set by hand, or the two writes race (a WriteConflict on MongoDB).
    await siteRebuilds(payload)!.idle()
    // The day after a published 公示期 ends (16 November 2015 + 10 working days = 27 November), its page says 已结束.
    await payload.updateGlobal({ slug: 'site-build', data: { lastSuccessAt: '2015-11-22T10:00:00+08:00' }, context: { skipRebuild: true } })
    expect(await rebuildIfCalendarChanged(payload, new Date('2015-11-27T09:00:00+08:00'))).toBeUndefined()
    expect(await rebuildIfCalendarChanged(payload, new Date('2015-11-28T09:00:00+08:00'))).toContain('2015-11-28')
  })

  it('queues the calendar check for the next hour at :05, once, as the autorun cron or the jobs endpoint does', async () => {
    await siteRebuilds(payload)!.idle()
    expect((await payload.jobs.handleSchedules({ queue: 'default' })).queued).toHaveLength(1)
    // Already queued: not twice.
    expect((await payload.jobs.handleSchedules({ queue: 'default' })).skipped).toHaveLength(1)
    const { docs } = await payload.find({ collection: 'payload-jobs', where: { taskSlug: { equals: 'rebuildOnStageDays' } }, overrideAccess: true })
    expect(docs).toHaveLength(1)
    const due = new Date(docs[0]!.waitUntil!)
    expect(due.getUTCMinutes()).toBe(5)
    expect(due.getTime() - Date.now()).toBeLessThanOrEqual(3_600_000)
  })
})
