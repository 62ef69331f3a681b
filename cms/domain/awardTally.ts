import { awardRank } from './vocabulary'

export type AwardScheme = { tier: string; share?: number | null; count?: number | null }[]

export type TierTally = {
  tier: string
  count: number
  /** Most entries the scheme allows in this tier. */
  allowed: number
  exceeded: boolean
  describeLimit: string
}

/**
 * Counts a campaign's award tiers against its scheme: a share of all entries
 * (一等奖 5% of entries) or a fixed number (十佳 10).
 */
export function awardTally(tiers: (string | null | undefined)[], scheme: AwardScheme): TierTally[] {
  const entries = tiers.length
  const tallies = scheme.map((rule) => {
    const count = tiers.filter((t) => t === rule.tier).length
    const byShare = typeof rule.share === 'number' ? (entries * rule.share) / 100 : Infinity
    const byCount = typeof rule.count === 'number' ? rule.count : Infinity
    const limit = Math.min(byShare, byCount)
    const allowed = Number.isFinite(limit) ? Math.floor(limit) : entries
    const parts = [
      typeof rule.share === 'number' ? `申报数的 ${rule.share}%（${entries} 个中至多 ${Math.floor(byShare)} 个）` : '',
      typeof rule.count === 'number' ? `${rule.count} 个` : '',
    ].filter(Boolean)
    return { tier: rule.tier, count, allowed, exceeded: count > limit, describeLimit: parts.join('，') || '不限' }
  })
  return tallies.sort((a, b) => awardRank(a.tier) - awardRank(b.tier))
}
