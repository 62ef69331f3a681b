import type { PayloadRequest } from 'payload'

import { storedCampaignEntries } from '../collections/Cases/campaignEntries'
import { readOncePerBatch, stagedDocuments } from '../database/batchCreate'
import { awardTally, labelOf, quotaRoundingOf, type AwardScheme, type AwardTierTerm, type TierTally } from '../domain'
import { refId, type Ref } from '../domain/documentId'
import { readVocabulary } from '../utilities/vocabulary'

type Id = number | string

/** An admin's recorded consent to publish more awards in a tier than the scheme allows. */
export type QuotaConfirmation = {
  confirmedAt?: string | null
  confirmedBy?: Id | { id: Id; email?: string; name?: string | null } | null
  summary?: string | null
  /** Tier → how many entries it held when confirmed. */
  counts?: Record<string, number> | null
}

export type CampaignTally = {
  entries: number
  tally: TierTally[]
  /** Tiers over quota that no confirmation covers: publishing waits for an admin. */
  unconfirmed: TierTally[]
}

/**
 * The award tally of a campaign as it would stand with `change` applied (a
 * case about to get a tier, or to join or leave the campaign), and the
 * over-quota tiers no admin has confirmed yet.
 */
export async function campaignTally(req: PayloadRequest, campaignId: Id, change?: { caseId?: Id; awardTier?: string | null }): Promise<CampaignTally | null> {
  const campaign = (await readOncePerBatch(req, `tally-campaign:${campaignId}`, () =>
    req.payload.findByID({
      collection: 'campaigns',
      id: campaignId,
      depth: 0,
      draft: true,
      overrideAccess: true,
      req,
      disableErrors: true,
      select: { awardScheme: true, quotaRounding: true, quotaConfirmations: true },
    }),
  ).catch(() => null)) as { awardScheme?: AwardScheme | null; quotaRounding?: string | null; quotaConfirmations?: QuotaConfirmation[] | null } | null
  if (!campaign) return null
  const stored = await storedCampaignEntries(req, campaignId)
  // Cases a batch has added but not yet written count as well.
  const staged = stagedDocuments(req, 'cases').filter((d) => String(refId(d.campaign as Ref)) === String(campaignId))
  const docs: { id?: unknown; awardTier?: unknown }[] = [...stored, ...staged]
  const tiers = docs.filter((d) => String(d.id) !== String(change?.caseId)).map((d) => d.awardTier as string | null | undefined)
  if (change && 'awardTier' in change) tiers.push(change.awardTier)
  const { awardTiers } = await readVocabulary(req)
  const tally = awardTally(tiers, campaign.awardScheme ?? [], quotaRoundingOf(campaign.quotaRounding), awardTiers)
  const latest = campaign.quotaConfirmations?.at(-1)
  const unconfirmed = tally.filter((t) => t.exceeded && (latest?.counts?.[t.tier] ?? -1) < t.count)
  return { entries: tiers.length, tally, unconfirmed }
}

/** 「一等奖 2 个（名额：17 × 5% = 0.85，四舍五入为 1 个）」 */
export function describeExcess(tiers: TierTally[], awardTiers: readonly AwardTierTerm[]): string {
  return tiers.map((t) => `${labelOf(awardTiers, t.tier)} ${t.count} 个（名额：${t.describeLimit}）`).join('；')
}
