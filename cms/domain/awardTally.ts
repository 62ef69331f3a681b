import { awardRank, type AwardTierTerm } from './vocabulary'

export type AwardScheme = { tier: string; share?: number | null; count?: number | null }[]

/**
 * How a share of entries becomes a whole number of awards. Notices rarely say;
 * 四舍五入 is what reviewers do by default (17 × 5% = 0.85 gives 1 一等奖).
 */
export const quotaRoundings = [
  { value: 'round', label: '四舍五入' },
  { value: 'floor', label: '向下取整' },
  { value: 'ceil', label: '向上取整' },
] as const
export type QuotaRounding = (typeof quotaRoundings)[number]['value']

export type TierTally = {
  tier: string
  count: number
  /** Most entries the scheme allows in this tier. */
  allowed: number
  exceeded: boolean
  /** How `allowed` was reached, e.g. 「17 × 5% = 0.85，四舍五入为 1 个」. */
  describeLimit: string
}

/** Entries × share%, without binary fractions leaking in (17 × 5% is 0.85, not 0.8500000000000001). */
function shareOf(entries: number, share: number): number {
  return Number(((entries * share) / 100).toFixed(6))
}

function rounded(value: number, rounding: QuotaRounding): number {
  if (rounding === 'floor') return Math.floor(value)
  if (rounding === 'ceil') return Math.ceil(value)
  return Math.floor(value + 0.5)
}

const roundingLabel = (rounding: QuotaRounding) => quotaRoundings.find((r) => r.value === rounding)!.label

/** A rounding setting as stored (null or unknown means the default, 四舍五入). */
export function quotaRoundingOf(value: string | null | undefined): QuotaRounding {
  return quotaRoundings.some((r) => r.value === value) ? (value as QuotaRounding) : 'round'
}

/**
 * Counts a campaign's award tiers against its scheme: a share of all entries
 * (一等奖 5% of entries), rounded as the campaign says, or a fixed number (十佳 10).
 * Tiers come highest first by `awardTiers` (the scheme's order when not given).
 */
export function awardTally(
  tiers: (string | null | undefined)[],
  scheme: AwardScheme,
  rounding: QuotaRounding = 'round',
  awardTiers: readonly AwardTierTerm[] = [],
): TierTally[] {
  const entries = tiers.length
  const tallies = scheme.map((rule) => {
    const count = tiers.filter((t) => t === rule.tier).length
    const limits: number[] = []
    const parts: string[] = []
    if (typeof rule.share === 'number') {
      const exact = shareOf(entries, rule.share)
      const whole = rounded(exact, rounding)
      limits.push(whole)
      parts.push(
        Number.isInteger(exact)
          ? `${entries} × ${rule.share}% = ${exact} 个`
          : `${entries} × ${rule.share}% = ${exact}，${roundingLabel(rounding)}为 ${whole} 个`,
      )
    }
    if (typeof rule.count === 'number') {
      limits.push(rule.count)
      parts.push(typeof rule.share === 'number' ? `且不超过 ${rule.count} 个` : `${rule.count} 个`)
    }
    const allowed = limits.length ? Math.min(...limits) : entries
    return { tier: rule.tier, count, allowed, exceeded: count > allowed, describeLimit: parts.join('，') || '不限' }
  })
  return tallies.sort((a, b) => awardRank(awardTiers, a.tier) - awardRank(awardTiers, b.tier))
}

/** The tiers a tally shows over quota, as 「一等奖 2 个（名额 1 个）」 for messages. */
export function overQuotaTiers(tally: TierTally[]): TierTally[] {
  return tally.filter((t) => t.exceeded)
}

/** The tiers a campaign awards, plus 参评 (entered, no award), which every entry has until it is judged. */
export function schemeTiers(scheme: AwardScheme | null | undefined): string[] | null {
  const tiers = (scheme ?? []).map((rule) => rule.tier).filter(Boolean)
  return tiers.length ? [...new Set([...tiers, 'entered'])] : null
}
