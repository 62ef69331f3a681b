import { quotaRoundingOf, schemeTiers, type AwardScheme, type QuotaRounding } from './awardTally'
import type { WriteUpRules } from './sections'

/** What a case's edit view needs to know of its campaign: the limits, the sections used and the award tiers. */
export type CaseCampaignSettings = {
  campaign: number | string
  name: string
  writeUpRules: WriteUpRules | null
  /** The case types the campaign accepts; null when it sets none (any type). */
  caseTypes: string[] | null
  /** The tiers the campaign awards (plus 参评); null when it sets no scheme. */
  awardTiers: string[] | null
  quotaRounding: QuotaRounding
}

export type CampaignSettingsSource = {
  id: number | string
  name?: string
  writeUpRules?: WriteUpRules | null
  caseTypes?: { type?: string | null }[] | null
  awardScheme?: AwardScheme | null
  quotaRounding?: string | null
}

/** The fields of a campaign that `toCampaignSettings` reads (for a `select`). */
export const campaignSettingsSelect = { name: true, writeUpRules: true, caseTypes: true, awardScheme: true, quotaRounding: true } as const

export function toCampaignSettings(campaign: CampaignSettingsSource): CaseCampaignSettings {
  return {
    campaign: campaign.id,
    name: campaign.name ?? '',
    writeUpRules: campaign.writeUpRules ?? null,
    caseTypes: campaign.caseTypes?.map((t) => t.type).filter((t): t is string => Boolean(t)).length
      ? campaign.caseTypes.map((t) => t.type).filter((t): t is string => Boolean(t))
      : null,
    awardTiers: schemeTiers(campaign.awardScheme),
    quotaRounding: quotaRoundingOf(campaign.quotaRounding),
  }
}
