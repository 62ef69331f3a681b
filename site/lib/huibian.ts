/**
 * The table of contents of a 汇编: a campaign's cases grouped by award tier,
 * then case type, each under its 编号 (the number unique in its campaign that
 * the awards list and the 汇总表 export use too).
 */
import type { Campaign, Case } from '../../cms/payload-types'
import { labelOf, type Vocabulary } from '../../cms/domain'
import type { DocumentId } from '../../cms/domain/documentId'

export type HuibianGroup<T> = { key: string; heading: string; entries: { number: number; kase: Case; item: T }[] }

/** `cases` must already be in 汇编 order (siteData's casesByCampaign). */
export function huibianGroups<T>(cases: Case[], itemOf: (kase: Case) => T, { awardTiers, caseTypes }: Vocabulary): HuibianGroup<T>[] {
  const groups: HuibianGroup<T>[] = []
  let position = 0
  for (const kase of cases) {
    const key = `${kase.awardTier ?? ''}|${kase.caseType ?? ''}`
    let group = groups.at(-1)
    if (!group || group.key !== key) {
      const parts = [labelOf(awardTiers, kase.awardTier), labelOf(caseTypes, kase.caseType)].filter(Boolean)
      group = { key, heading: parts.join(' · ') || '其他', entries: [] }
      groups.push(group)
    }
    position += 1
    // Every entry has a 编号 since the CMS assigns them; the position is only a fallback.
    group.entries.push({ number: kase.sequence ?? position, kase, item: itemOf(kase) })
  }
  return groups
}

/** Campaigns whose 汇编 is published: those with at least one published entry (an empty 汇编 is neither published nor linked). */
export function campaignsWithEntries<C extends { id: DocumentId }>(data: { campaigns: C[]; casesByCampaign: Map<DocumentId, unknown[]> }): C[] {
  return data.campaigns.filter((c) => (data.casesByCampaign.get(c.id)?.length ?? 0) > 0)
}

/** The title of a campaign's 汇编: its compilation title without book-title marks, or "<简称>汇编". */
export function huibianTitle(campaign: Pick<Campaign, 'compilationTitle' | 'shortName' | 'name'>): string {
  return campaign.compilationTitle?.replace(/^《|》$/g, '') || `${campaign.shortName || campaign.name}汇编`
}
