/** The published collection as the content loader stored it: one `getCollection` per collection. */
import { getCollection } from 'astro:content'

import { collectionsOf, type Collections } from './collections'

export async function readCollections(): Promise<Collections> {
  const [cases, campaigns, features, brands, units, publicityNotices, resultLists, caseTypes, partyFields, themes, awardTiers] = await Promise.all([
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
  const data = <T extends { data: unknown }>(entries: T[]) => entries.map((e) => e.data as T['data'])
  const caseData = data(cases) as { images?: unknown[] | null; evidence?: { file?: unknown }[] | null }[]
  // Astro warns about an empty collection; most builds have no images at all.
  const media = caseData.some((c) => c.images?.length) ? data(await getCollection('media')) : []
  const withEvidence = caseData.some((c) => c.evidence?.some((e) => e.file))
  const [evidenceImages, evidenceDocuments] = withEvidence ? await Promise.all([getCollection('evidenceImages'), getCollection('evidenceDocuments')]) : [[], []]
  return collectionsOf({
    cases: caseData,
    campaigns: data(campaigns),
    features: data(features),
    brands: data(brands),
    units: data(units),
    publicityNotices: data(publicityNotices),
    resultLists: data(resultLists),
    caseTypes: data(caseTypes),
    partyFields: data(partyFields),
    themes: data(themes),
    awardTiers: data(awardTiers),
    media,
    evidenceImages: data(evidenceImages),
    evidenceDocuments: data(evidenceDocuments),
  })
}
