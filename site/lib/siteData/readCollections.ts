/** The published collection as the content loader stored it: one `getCollection` per collection. */
import { getCollection } from 'astro:content'

import type { AwardTier, Brand, Campaign, Case, CaseType, Feature, PartyField, PublicityNotice, ResultList, Theme, Unit } from '../../../cms/payload-types'
import type { Vocabulary } from '../../../cms/domain'
import type { DocumentId } from '../../../cms/domain/documentId'
import type { MediaView } from '../caseView'
import type { EvidenceFileView } from '../caseFactsView'
import { evidenceFiles } from './evidenceFiles'
import { toVocabulary } from './vocabulary'

export type Collections = {
  cases: Case[]
  campaigns: Campaign[]
  features: Feature[]
  brands: Brand[]
  units: Unit[]
  publicityNotices: PublicityNotice[]
  resultLists: ResultList[]
  mediaById: Map<DocumentId, MediaView>
  evidenceById: Map<DocumentId, EvidenceFileView>
  vocabulary: Vocabulary
}

export async function readCollections(): Promise<Collections> {
  const [
    caseEntries,
    campaignEntries,
    featureEntries,
    brandEntries,
    unitEntries,
    noticeEntries,
    resultEntries,
    typeEntries,
    fieldEntries,
    themeEntries,
    tierEntries,
  ] = await Promise.all([
    getCollection('cases'),
    getCollection('campaigns'),
    getCollection('features'),
    getCollection('brands'),
    getCollection('units'),
    getCollection('publicityNotices'),
    getCollection('resultLists'),
    getCollection('caseTypes'),
    getCollection('partyFields'),
    getCollection('themes'),
    getCollection('awardTiers'),
  ])
  const cases = caseEntries.map((e) => e.data as unknown as Case)
  // Astro warns about an empty collection; most builds have no images at all.
  const mediaEntries = cases.some((c) => c.images?.length) ? await getCollection('media') : []
  return {
    cases,
    campaigns: campaignEntries.map((e) => e.data as unknown as Campaign),
    features: featureEntries.map((e) => e.data as unknown as Feature),
    brands: brandEntries.map((e) => e.data as unknown as Brand),
    units: unitEntries.map((e) => e.data as unknown as Unit),
    publicityNotices: noticeEntries.map((e) => e.data as unknown as PublicityNotice),
    resultLists: resultEntries.map((e) => e.data as unknown as ResultList),
    vocabulary: toVocabulary({
      caseTypes: typeEntries.map((e) => e.data as unknown as CaseType),
      fields: fieldEntries.map((e) => e.data as unknown as PartyField),
      themes: themeEntries.map((e) => e.data as unknown as Theme),
      awardTiers: tierEntries.map((e) => e.data as unknown as AwardTier),
    }),
    evidenceById: cases.some((c) => c.evidence?.some((e) => e.file)) ? await evidenceFiles() : new Map(),
    mediaById: new Map<DocumentId, MediaView>(
      mediaEntries.map((e) => [e.data.id, { src: e.data.src, alt: e.data.alt, caption: e.data.caption, width: e.data.width, height: e.data.height }]),
    ),
  }
}
