import { quotaRoundingOf, schemeTiers, type AwardScheme, type QuotaRounding } from './awardTally'
import type { WriteUpRules } from './sections'

/** What a case's edit view needs to know of its campaign: the limits, the sections used and the award tiers. */
export type CaseCampaignSettings = {
  campaign: number | string
  name: string
  writeUpRules: WriteUpRules | null
  /** The tiers the campaign awards (plus 参评); null when it sets no scheme. */
  awardTiers: string[] | null
  quotaRounding: QuotaRounding
}

export type CampaignSettingsSource = {
  id: number | string
  name?: string
  writeUpRules?: WriteUpRules | null
  awardScheme?: AwardScheme | null
  quotaRounding?: string | null
}

/** The fields of a campaign that `toCampaignSettings` reads (for a `select`). */
export const campaignSettingsSelect = { name: true, writeUpRules: true, awardScheme: true, quotaRounding: true } as const

export function toCampaignSettings(campaign: CampaignSettingsSource): CaseCampaignSettings {
  return {
    campaign: campaign.id,
    name: campaign.name ?? '',
    writeUpRules: campaign.writeUpRules ?? null,
    awardTiers: schemeTiers(campaign.awardScheme),
    quotaRounding: quotaRoundingOf(campaign.quotaRounding),
  }
}
