/**
 * Every 汇编 book of the build, typeset from the CMS data in the process
 * that reads it for the search index (site/build/searchIndex/indexFromCms.ts),
 * from the build's start: while Astro syncs its content and bundles, the
 * typesetter already has a core. Each book is announced to Astro's 汇编
 * pages as soon as it is done (site/lib/book/builtBooks.ts); a book that
 * fails is announced as failed, so that its page fails the build.
 */
import { huibianBook } from '../../lib/book/huibianBook'
import { announceBook, announceBookFailure } from '../../lib/book/builtBooks'
import { campaignsWithEntries } from '../../lib/huibian'
import type { SiteData } from '../../lib/siteData'

export type BooksReport = { books: number; pages: number; bytes: number }

export async function typesetBooks(data: SiteData, dir: string): Promise<BooksReport> {
  const settled = await Promise.allSettled(
    campaignsWithEntries(data).map(async (campaign) => {
      try {
        const book = await huibianBook(data, campaign)
        announceBook(dir, campaign.slug!, book)
        return book
      } catch (error) {
        announceBookFailure(dir, campaign.slug!, (error as Error).message)
        throw error
      }
    }),
  )
  const failed = settled.find((r) => r.status === 'rejected')
  if (failed) throw failed.reason
  const books = settled.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : []))
  return { books: books.length, pages: books.reduce((n, b) => n + b.pages, 0), bytes: books.reduce((n, b) => n + b.bytes, 0) }
}
