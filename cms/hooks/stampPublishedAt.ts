import type { CollectionBeforeChangeHook } from 'payload'

/**
 * Records when a document was first published on this site (首次发布时间): the
 * date of feeds and citations. The seed publishes the bundled collection, so
 * its documents carry the seed run's time, unless their content file gives
 * one (`publishedAt`): the seeds give no day on which a case was published.
 */
export const stampPublishedAt: CollectionBeforeChangeHook = ({ data, originalDoc }) => {
  const published = data._status === 'published'
  if (published && !data.publishedAt && !(originalDoc as { publishedAt?: string } | undefined)?.publishedAt) {
    data.publishedAt = new Date().toISOString()
  }
  return data
}
