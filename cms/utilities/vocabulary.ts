import type { CollectionSlug, Payload, PayloadRequest } from 'payload'

import type { AwardTierTerm, CaseTypeTerm, Term, Vocabulary } from '../domain'

/** The 词表 collections, by the Vocabulary list they hold. */
export const vocabularyCollections = {
  caseTypes: 'case-types',
  fields: 'party-fields',
  themes: 'themes',
  awardTiers: 'award-tiers',
} as const satisfies Record<keyof Vocabulary, CollectionSlug>

export type VocabularyList = keyof typeof vocabularyCollections

/** A term as the CMS holds it, with whether it is published. */
export type StoredTerm = Term & { published: boolean; kind?: string; kinds?: string[] | null }

type TermDoc = {
  value?: string | null
  label?: string | null
  description?: string | null
  slug?: string | null
  slugHistory?: { slug?: string | null }[] | null
  kind?: string | null
  kinds?: string[] | null
  _status?: string | null
}

/** Reads one list in its order (drafts included, each marked), for the CMS's own checks. */
async function readList(payload: Payload, req: PayloadRequest | undefined, list: VocabularyList): Promise<StoredTerm[]> {
  const { docs } = await payload.find({
    collection: vocabularyCollections[list],
    depth: 0,
    limit: 0,
    pagination: false,
    sort: '_order',
    overrideAccess: true,
    req,
  })
  return (docs as unknown as TermDoc[])
    .filter((d) => d.value && d.label)
    .map((d, i) => ({
      value: d.value!,
      label: d.label!,
      description: d.description ?? null,
      slug: d.slug ?? null,
      slugHistory: d.slugHistory ?? [],
      published: d._status === 'published',
      ...(list === 'caseTypes' ? { kind: d.kind ?? 'case' } : {}),
      ...(list === 'awardTiers' ? { rank: i + 1, kinds: d.kinds ?? [] } : {}),
    }))
}

export type StoredVocabulary = {
  caseTypes: (StoredTerm & CaseTypeTerm)[]
  fields: StoredTerm[]
  themes: StoredTerm[]
  awardTiers: (StoredTerm & AwardTierTerm)[]
}

/**
 * The editors' vocabulary as the CMS holds it now, read once per request
 * (a 汇总表 import checks hundreds of rows against it).
 */
export function readVocabulary(req: PayloadRequest): Promise<StoredVocabulary> {
  const cached = req.context.vocabulary as Promise<StoredVocabulary> | undefined
  if (cached) return cached
  const loading = (async () => {
    // One after another: inside a SQLite transaction the reads share one connection.
    const vocabulary: Partial<Record<VocabularyList, StoredTerm[]>> = {}
    for (const list of Object.keys(vocabularyCollections) as VocabularyList[]) vocabulary[list] = await readList(req.payload, req, list)
    return vocabulary as StoredVocabulary
  })()
  req.context.vocabulary = loading
  return loading
}
