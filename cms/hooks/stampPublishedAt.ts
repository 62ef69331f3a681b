import type { CollectionBeforeChangeHook } from 'payload'

/**
 * Records when a document was first published: the date of feeds and citations.
 * The seed loads documents published elsewhere long ago: they keep the date
 * their content file gives, or none, never the day the seed ran.
 */
export const stampPublishedAt: CollectionBeforeChangeHook = ({ data, originalDoc, context }) => {
  if (context.seeding) return data
  const published = data._status === 'published'
  if (published && !data.publishedAt && !(originalDoc as { publishedAt?: string } | undefined)?.publishedAt) {
    data.publishedAt = new Date().toISOString()
  }
  return data
}
