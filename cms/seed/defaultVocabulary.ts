import type { CollectionSlug, Payload, PayloadRequest } from 'payload'

import { defaultVocabulary } from '../domain/defaultVocabulary'
import { vocabularyCollections, type VocabularyList } from '../utilities/vocabulary'

type DefaultTerm = { value: string; label: string; description?: string; kind?: string; kinds?: readonly string[] }

/**
 * Gives a database the default 词表 (cms/domain/defaultVocabulary.ts), published,
 * in their order, with their keys as their URL keys, so that existing cases and
 * URLs keep their meaning. Only for a list that is still empty: it runs once,
 * from the migration that made vocabularies content; afterwards the lists are
 * the editors'.
 */
export async function insertDefaultVocabulary(payload: Payload, req: PayloadRequest): Promise<void> {
  for (const list of Object.keys(vocabularyCollections) as VocabularyList[]) {
    const collection = vocabularyCollections[list] as CollectionSlug
    const { totalDocs } = await payload.count({ collection, req, overrideAccess: true })
    if (totalDocs > 0) continue
    for (const term of defaultVocabulary[list] as readonly DefaultTerm[]) {
      await createTerm(payload, req, list, term)
    }
  }
}

/** Creates one published term through the Local API (validation and hooks included, no site rebuild). */
export async function createTerm(payload: Payload, req: PayloadRequest, list: VocabularyList, term: DefaultTerm & { slug?: string }): Promise<string> {
  const { rank: _rank, ...data } = term as DefaultTerm & { rank?: number }
  const doc = await payload.create({
    collection: vocabularyCollections[list] as CollectionSlug,
    data: { ...data, slug: term.slug ?? (term.value || undefined), _status: 'published' } as never,
    req,
    overrideAccess: true,
    context: { seeding: true },
  })
  return (doc as unknown as { value: string }).value
}
