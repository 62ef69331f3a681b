import type { Payload, TaskConfig } from 'payload'

import { chinaDay, dayAfter, stageChangeDays } from '../domain'
import { siteRebuilds } from '../siteBuild'

/**
 * The days on which a published page changes by the calendar alone: a stage
 * of a campaign starts or ends, or a 公示期 ends (its page then says 已结束).
 */
export async function calendarChangeDays(payload: Payload): Promise<string[]> {
  const [campaigns, notices] = await Promise.all([
    payload.find({ collection: 'campaigns', where: { _status: { equals: 'published' } }, pagination: false, limit: 0, depth: 0, select: { stages: true } }),
    payload.find({
      collection: 'publicity-notices',
      where: { _status: { equals: 'published' } },
      pagination: false,
      limit: 0,
      depth: 0,
      select: { periodStart: true, periodEnd: true },
    }),
  ])
  const days = new Set<string>()
  for (const c of campaigns.docs) {
    const stages = (c.stages ?? []).map((s) => ({ start: chinaDay(s.start), end: chinaDay(s.end) }))
    for (const day of stageChangeDays(stages)) days.add(day)
  }
  for (const n of notices.docs) {
    const start = chinaDay(n.periodStart)
    const end = chinaDay(n.periodEnd)
    if (start) days.add(start)
    if (end) days.add(dayAfter(end))
  }
  return [...days].sort()
}

/**
 * Rebuilds the site when a calendar change day has come since the last
 * successful build, and otherwise does nothing: no daily full rebuild. It runs
 * every hour, so a day missed while the server was down is caught up.
 */
export async function rebuildIfCalendarChanged(payload: Payload, now = new Date()): Promise<string | undefined> {
  const today = chinaDay(now)!
  const status = await payload.findGlobal({ slug: 'site-build', depth: 0 })
  const lastBuild = chinaDay(status.lastSuccessAt ?? status.lastRequestedAt) ?? ''
  const due = (await calendarChangeDays(payload)).filter((day) => day > lastBuild && day <= today)
  if (due.length === 0) return undefined
  const reason = `活动环节或公示期变化（${due.at(-1)}）`
  siteRebuilds(payload)?.request(reason)
  return reason
}

export const rebuildOnStageDaysTask: TaskConfig<{ input: object; output: { rebuilt: string } }> = {
  slug: 'rebuildOnStageDays',
  label: '活动环节日重建网站',
  handler: async ({ req }) => ({ output: { rebuilt: (await rebuildIfCalendarChanged(req.payload)) ?? '' } }),
  outputSchema: [{ name: 'rebuilt', type: 'text' }],
  // Payload queues it on this schedule; the autorun cron (or the jobs endpoint) runs it.
  schedule: [{ cron: '0 5 * * * *', queue: 'default' }],
  retries: 0,
}
