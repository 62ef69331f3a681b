import type { CollectionBeforeChangeHook, CollectionSlug, PayloadRequest } from 'payload'

import { throwFieldErrors, type FieldProblem } from '../utilities/fieldErrors'

import { refId, type DocumentId, type Ref } from '../domain/documentId'
import { inQuotes } from '../domain/quotation'
import { lookupOnce } from '../utilities/lookupOnce'
import { lookupForBatch } from '../database/batchCreate'
import { findByIds } from '../utilities/findByIds'

/** A reference a document shows on the site: `path` is a field, or `array.field` for each row. */
export type ShownReference = { path: string; collection: CollectionSlug; label: string }

/** The field the admin titles a document by (its collection's admin.useAsTitle). */
const titleField = (req: PayloadRequest, collection: CollectionSlug) => req.payload.collections[collection]?.config.admin?.useAsTitle ?? 'id'
const hasDrafts = (req: PayloadRequest, collection: CollectionSlug) => Boolean(req.payload.collections[collection]?.config.versions?.drafts)

type PublishedState = { published: boolean; name: string } | null

/**
 * Whether the referenced document exists and is published. Inside a batch, the
 * first lookup reads the documents of `collection` that every announced
 * document (to be published) refers to, in one query.
 */
async function lookUp(req: PayloadRequest, owner: string, references: ShownReference[], collection: CollectionSlug, ref: Ref) {
  const id = refId(ref)
  if (id === null || id === undefined) return undefined
  const keysOf = (data: Record<string, unknown>) =>
    data._status !== 'published'
      ? []
      : references
          .filter((reference) => reference.collection === collection)
          .flatMap((reference) => refsAt(data, reference.path).map(({ ref }) => refId(ref)))
          .filter((found): found is DocumentId => found !== null && found !== undefined)
          .map(String)
  const loadMany = (keys: string[]) => publishedStates(req, collection, keys)
  return lookupOnce(
    req,
    `published:${collection}:${id}`,
    async () => (await lookupForBatch(req, { collection: owner, lookup: `published ${collection}`, key: String(id), keysOf, loadMany })) ?? null,
  )
}

async function publishedStates(req: PayloadRequest, collection: CollectionSlug, keys: string[]): Promise<Map<string, PublishedState>> {
  const title = titleField(req, collection)
  const docs = await findByIds(req, collection, keys, { [title]: true, ...(hasDrafts(req, collection) ? { _status: true } : {}) })
  const states = new Map<string, PublishedState>()
  for (const [key, doc] of docs) {
    const name = doc?.[title]
    states.set(key, doc && { published: doc._status === undefined || doc._status === 'published', name: typeof name === 'string' && name ? name : key })
  }
  return states
}

/** The references at `path`, each with the path of the field that holds it (`entries.2.case` for row 3). */
function refsAt(data: Record<string, unknown>, path: string): { ref: Ref; path: string }[] {
  const [head, field] = path.split('.') as [string, string | undefined]
  const value = data[head]
  if (field) return ((value as Record<string, unknown>[] | undefined) ?? []).map((row, i) => ({ ref: row[field] as Ref, path: `${head}.${i}.${field}` }))
  return (Array.isArray(value) ? (value as Ref[]) : [value as Ref]).map((ref) => ({ ref, path: head }))
}

/**
 * A document may go public only with what it shows: the documents it refers
 * to must exist and be published. Otherwise the site would print a broken
 * page (and the build refuses to), so the editor is told now what to publish first.
 */
export function requirePublishedReferences(references: ShownReference[]): CollectionBeforeChangeHook {
  return async ({ collection, data, originalDoc, req }) => {
    if (data._status !== 'published') return data
    const merged = { ...(originalDoc as Record<string, unknown> | undefined), ...data }
    const errors: FieldProblem[] = []
    for (const reference of references) {
      for (const { ref, path } of refsAt(merged, reference.path)) {
        const found = await lookUp(req, collection.slug, references, reference.collection, ref)
        if (found === null) errors.push({ path, message: `所选的${reference.label}已不存在，请重新选择或移除。` })
        else if (found && !found.published) {
          errors.push({ path, message: `${reference.label}${inQuotes(found.name)}尚未发布，请先发布它，再发布本文档。` })
        }
      }
    }
    throwFieldErrors(req, { collection: collection.slug }, errors)
    return data
  }
}
