/**
 * The PDF of a campaign's 汇编, made from the same groups as its page. The
 * 汇编 page asks for it (to print its page count and size) and the PDF route
 * publishes it; typesetBook makes it once per build at most. The PDF route
 * starts every book before Astro renders any page (startHuibianBooks), so
 * that they are typeset while the other pages render.
 */
import type { Campaign } from '../../../cms/payload-types'
import type { DocumentId } from '../../../cms/domain/documentId'
import { huibianGroups } from '../huibian'
import { qrSvg } from '../qrCode'
import type { SiteData } from '../siteData'
import { bookModel } from './bookModel'
import { bookFonts } from './fonts'
import { typesetBook, type TypesetBook } from './typesetBook'

const books = new Map<DocumentId, Promise<TypesetBook>>()

export function huibianBook(data: SiteData, campaign: Campaign): Promise<TypesetBook> {
  let book = books.get(campaign.id)
  if (!book) {
    book = makeBook(data, campaign)
    // Started early, awaited by its pages: a failure is theirs to report.
    book.catch(() => undefined)
    books.set(campaign.id, book)
  }
  return book
}

/** Starts typesetting these campaigns' books without waiting for them. */
export function startHuibianBooks(data: SiteData, campaigns: Campaign[]): void {
  for (const campaign of campaigns) void huibianBook(data, campaign)
}

async function makeBook(data: SiteData, campaign: Campaign): Promise<TypesetBook> {
  const groups = huibianGroups(data.casesByCampaign.get(campaign.id) ?? [], (c) => data.caseView(c))
  const views = groups.flatMap((g) => g.entries.map((e) => e.item))
  const qrs = new Map(await Promise.all(views.map(async (v) => [v.id, await qrSvg(v.permalink, `二维码：${v.title}的永久链接`)] as const)))
  const model = bookModel({ campaign, groups, qrOf: (v) => qrs.get(v.id)!, internalHref: data.lookups.internalHref, fonts: bookFonts })
  return typesetBook(campaign.slug!, model)
}

/** 「下载 PDF（A4，N 页，X MB）」: the size as a reader weighs a download. */
export function bookSizeLabel(book: Pick<TypesetBook, 'pages' | 'bytes'>): string {
  const size = book.bytes >= 1024 * 1024 ? `${(book.bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(book.bytes / 1024))} KB`
  return `A4，${book.pages} 页，${size}`
}
