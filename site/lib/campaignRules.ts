/** A campaign's rules as sentences: quotas and award scheme (seed 000's 申报数量 and 奖项比例). */
import type { Campaign } from '../../cms/payload-types'
import { labelOf, unitLevels, type Vocabulary } from '../../cms/domain'

export function quotaText(q: NonNullable<Campaign['quotas']>[number], { caseTypes }: Vocabulary): string {
  const who = [labelOf(unitLevels, q.unitLevel) || '每个单位', labelOf(caseTypes, q.caseType)].filter(Boolean).join(' · ')
  const range =
    q.min != null && q.max != null
      ? q.min === q.max
        ? `${q.min} 个`
        : `${q.min}—${q.max} 个`
      : q.max != null
        ? `至多 ${q.max} 个`
        : q.min != null
          ? `至少 ${q.min} 个`
          : ''
  return [who, range].filter(Boolean).join('：')
}

export function awardText(a: NonNullable<Campaign['awardScheme']>[number], { awardTiers }: Vocabulary): string {
  const size = a.share != null ? `占申报数 ${a.share}%` : a.count != null ? `${a.count} 个` : ''
  return [labelOf(awardTiers, a.tier), size].filter(Boolean).join('：')
}
