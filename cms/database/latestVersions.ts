import { appendVersionToQueryKey, type CollectionSlug, type JsonObject, type PayloadRequest, type Where } from 'payload'

import type { DocumentId } from '../domain/documentId'

/**
 * The latest version, draft or published, of each document of a collection
 * that matches `where`, with the named fields only: what `find` with
 * `draft: true` answers, read through the adapter's `queryDrafts` (part of
 * Payload's database adapter interface, on SQLite and MongoDB alike) without
 * find's field hooks on every document. Those hooks were most of an import's
 * time at 10,000 cases, where each batch reads the entries of every campaign
 * it touches. No access control and no afterRead: for server-side checks,
 * never for what a reader is shown. `where` is written as for `find`.
 */
export async function latestVersions(
  req: PayloadRequest,
  collection: CollectionSlug,
  where: Where,
  fields: readonly string[],
): Promise<(JsonObject & { id: DocumentId })[]> {
  const { docs } = await req.payload.db.queryDrafts({
    collection,
    req,
    where: appendVersionToQueryKey(where),
    limit: 0,
    pagination: false,
    // As find asks for a selection from the versions (getQueryDraftsSelect): the document's id is the version's parent.
    select: { parent: true, version: Object.fromEntries(fields.map((field) => [field, true])) },
  })
  return docs as (JsonObject & { id: DocumentId })[]
}
