/**
 * The published collection from the content loaders' entries: in Astro from
 * its content store (readCollections.ts), in the search-index process from
 * the same loaders run into memory (site/build/searchIndex/readCms.ts).
 */
import type { AwardTier, Brand, Campaign, Case, CaseType, Feature, PartyField, PublicityNotice, ResultList, Theme, Unit } from '../../../cms/payload-types'
import type { Vocabulary } from '../../../cms/domain'
import type { DocumentId } from '../../../cms/domain/documentId'
import type { MediaView } from '../caseView'
import type { EvidenceFileView } from '../caseFactsView'
import { evidenceFileViews, type EvidenceDocumentEntry, type EvidenceImageEntry } from './evidenceFiles'
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
  /** The published 词表, in the editors' order. */
  vocabulary: Vocabulary
}

type MediaEntry = { id: DocumentId; src: MediaView['src']; alt: string; caption: string | null; width: number | null; height: number | null }

/** Each collection's entries' data, by the names content.config.ts gives the collections. */
export type CollectionEntries = {
  cases: unknown[]
  campaigns: unknown[]
  features: unknown[]
  brands: unknown[]
  units: unknown[]
  publicityNotices: unknown[]
  resultLists: unknown[]
  caseTypes: unknown[]
  partyFields: unknown[]
  themes: unknown[]
  awardTiers: unknown[]
  media: MediaEntry[]
  evidenceImages: EvidenceImageEntry[]
  evidenceDocuments: EvidenceDocumentEntry[]
}

export function collectionsOf(entries: CollectionEntries): Collections {
  return {
    cases: entries.cases as Case[],
    campaigns: entries.campaigns as Campaign[],
    features: entries.features as Feature[],
    brands: entries.brands as Brand[],
    units: entries.units as Unit[],
    publicityNotices: entries.publicityNotices as PublicityNotice[],
    resultLists: entries.resultLists as ResultList[],
    vocabulary: toVocabulary({
      caseTypes: entries.caseTypes as CaseType[],
      fields: entries.partyFields as PartyField[],
      themes: entries.themes as Theme[],
      awardTiers: entries.awardTiers as AwardTier[],
    }),
    evidenceById: evidenceFileViews(entries.evidenceImages, entries.evidenceDocuments),
    mediaById: new Map<DocumentId, MediaView>(
      entries.media.map((m) => [m.id, { src: m.src, alt: m.alt, caption: m.caption, width: m.width, height: m.height }]),
    ),
  }
}
