import type { CollectionBeforeChangeHook } from 'payload'

/** Records when a document was first published: the date of feeds and citations. */
export const stampPublishedAt: CollectionBeforeChangeHook = ({ data, originalDoc }) => {
  const published = data._status === 'published'
  if (published && !data.publishedAt && !(originalDoc as { publishedAt?: string } | undefined)?.publishedAt) {
    data.publishedAt = new Date().toISOString()
  }
  return data
}
