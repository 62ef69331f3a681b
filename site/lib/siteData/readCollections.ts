/** The published collection as the content loader stored it: one `getCollection` per collection. */
import { getCollection } from 'astro:content'

import type { Brand, Campaign, Case, Feature, PublicityNotice, ResultList, Unit } from '../../../cms/payload-types'
import type { DocumentId } from '../../../cms/domain/documentId'
import type { MediaView } from '../caseView'

export type Collections = {
  cases: Case[]
  campaigns: Campaign[]
  features: Feature[]
  brands: Brand[]
  units: Unit[]
  publicityNotices: PublicityNotice[]
  resultLists: ResultList[]
  mediaById: Map<DocumentId, MediaView>
}

export async function readCollections(): Promise<Collections> {
  const [caseEntries, campaignEntries, featureEntries, brandEntries, unitEntries, noticeEntries, resultEntries] = await Promise.all([
    getCollection('cases'),
    getCollection('campaigns'),
    getCollection('features'),
    getCollection('brands'),
    getCollection('units'),
    getCollection('publicityNotices'),
    getCollection('resultLists'),
  ])
  const cases = caseEntries.map((e) => e.data as unknown as Case)
  // Astro warns about an empty collection; most builds have no images at all.
  const mediaEntries = cases.some((c) => c.images?.length || c.evidence?.some((e) => e.image)) ? await getCollection('media') : []
  return {
    cases,
    campaigns: campaignEntries.map((e) => e.data as unknown as Campaign),
    features: featureEntries.map((e) => e.data as unknown as Feature),
    brands: brandEntries.map((e) => e.data as unknown as Brand),
    units: unitEntries.map((e) => e.data as unknown as Unit),
    publicityNotices: noticeEntries.map((e) => e.data as unknown as PublicityNotice),
    resultLists: resultEntries.map((e) => e.data as unknown as ResultList),
    mediaById: new Map<DocumentId, MediaView>(
      mediaEntries.map((e) => [e.data.id, { src: e.data.src, alt: e.data.alt, caption: e.data.caption, width: e.data.width, height: e.data.height }]),
    ),
  }
}
