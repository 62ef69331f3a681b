import type { Endpoint } from 'payload'

import { hasRole } from '../access/hasRole'
import { campaignTally, describeExcess, type QuotaConfirmation } from './campaignTally'
import { readVocabulary } from '../utilities/vocabulary'

/**
 * POST /api/campaigns/:id/confirm-over-quota, admins only: records that an
 * admin accepts the campaign's award counts as they stand, over quota, so that
 * its award list and 汇编 may be published. Body: { note? }.
 */
export const confirmOverQuotaEndpoint: Endpoint = {
  path: '/:id/confirm-over-quota',
  method: 'post',
  handler: async (req) => {
    if (!req.user) return Response.json({ message: '请先登录。' }, { status: 401 })
    if (!hasRole(req.user, 'admin')) return Response.json({ message: '只有管理员可以确认超出名额。' }, { status: 403 })
    const id = req.routeParams?.id as string
    const body = (await req.json?.().catch(() => ({}))) as { note?: string } | undefined
    const result = await campaignTally(req, id)
    if (!result) return Response.json({ message: '找不到该征集评选活动。' }, { status: 404 })
    const exceeded = result.tally.filter((t) => t.exceeded)
    if (!exceeded.length) return Response.json({ message: '各奖项均未超出名额，无需确认。' }, { status: 400 })

    const campaign = await req.payload.findByID({ collection: 'campaigns', id, depth: 0, draft: true, overrideAccess: true, req })
    const record: QuotaConfirmation & { note?: string } = {
      confirmedAt: new Date().toISOString(),
      confirmedBy: req.user.id,
      summary: describeExcess(exceeded, (await readVocabulary(req)).awardTiers),
      counts: Object.fromEntries(result.tally.map((t) => [t.tier, t.count])),
      note: body?.note?.slice(0, 200) || undefined,
    }
    const previous = ((campaign as { quotaConfirmations?: QuotaConfirmation[] }).quotaConfirmations ?? []).map((c) => ({
      ...c,
      confirmedBy: typeof c.confirmedBy === 'object' && c.confirmedBy ? c.confirmedBy.id : c.confirmedBy,
    }))
    req.context.recordingQuotaConfirmation = true
    await req.payload.update({
      collection: 'campaigns',
      id,
      data: { quotaConfirmations: [...previous, record] } as never,
      // Keep the campaign as it is: a draft stays a draft, a published one stays published.
      draft: campaign._status !== 'published',
      overrideAccess: true,
      req,
    })
    return Response.json({ message: `已记录确认：${record.summary}。现在可以发布。`, confirmation: record })
  },
}
