import type { CollectionBeforeChangeHook } from 'payload'

import { awardTiers, caseTypes, labelOf, schemeTiers, writeUpFieldProblems, type AwardScheme, type WriteUpRules } from '../../../domain'
import { refId, type Ref } from '../../../domain/documentId'
import { fieldErrors, throwFieldErrors, type FieldProblem } from '../../../utilities/fieldErrors'
import { lookupOnce } from '../../../utilities/lookupOnce'

type CampaignRules = {
  name?: string
  caseTypes?: { type?: string | null }[] | null
  writeUpRules?: WriteUpRules | null
  awardScheme?: AwardScheme | null
}

/**
 * Checks a case against its campaign before anything is saved: section and
 * abstract lengths against the campaign's limits, and the case type against
 * the types the campaign accepts, and the award tier against its award scheme. Errors name the section, its length and the limit.
 */
export const checkAgainstCampaign: CollectionBeforeChangeHook = async ({ collection, data, originalDoc, req }) => {
  const merged = { ...(originalDoc as Record<string, unknown> | undefined), ...data }
  const campaignId = refId(merged.campaign as Ref)
  if (campaignId === null || campaignId === undefined) return data

  const campaign = (await lookupOnce(req, `campaign-rules:${campaignId}`, () =>
    req.payload
      .findByID({
        collection: 'campaigns',
        id: campaignId,
        depth: 0,
        overrideAccess: true,
        req,
        disableErrors: true,
        // Only what the checks read: a campaign has many array fields, each a join.
        select: { name: true, caseTypes: { type: true }, writeUpRules: true, awardScheme: { tier: true } },
      })
      .catch(() => null),
  )) as CampaignRules | null
  if (!campaign) {
    throw fieldErrors(req, { collection: collection.slug }, [{ path: 'campaign', message: '所选的征集评选活动不存在，请重新选择。' }])
  }

  const errors: FieldProblem[] = []
  const accepted = (campaign.caseTypes ?? []).map((t) => t.type).filter(Boolean) as string[]
  const caseType = merged.caseType as string | null | undefined
  if (caseType && accepted.length > 0 && !accepted.includes(caseType)) {
    errors.push({
      path: 'caseType',
      message: `案例类型“${labelOf(caseTypes, caseType)}”不属于“${campaign.name ?? '该活动'}”设定的类型（${accepted
        .map((t) => labelOf(caseTypes, t))
        .join('、')}）。`,
    })
  }

  const tier = merged.awardTier as string | null | undefined
  const offered = schemeTiers(campaign.awardScheme)
  if (tier && offered && !offered.includes(tier)) {
    errors.push({
      path: 'awardTier',
      message: `奖项等次“${labelOf(awardTiers, tier)}”不在“${campaign.name ?? '该活动'}”的奖项设置中，应为：${offered
        .map((t) => labelOf(awardTiers, t))
        .join('、')}。`,
    })
  }

  const writeUp = { abstract: merged.abstract as string | null, sections: merged.sections as Record<string, unknown> | null }
  errors.push(...writeUpFieldProblems(writeUp, campaign.writeUpRules))

  throwFieldErrors(req, { collection: collection.slug }, errors)
  return data
}
