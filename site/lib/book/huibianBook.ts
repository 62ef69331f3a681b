/**
 * The PDF of a campaign's 汇编, made from the same groups as its page. The
 * build typesets every book from the CMS data at its start (site/build/books);
 * the 汇编 page prints the page count and size that typesetting wrote
 * (bookOfBuild.ts).
 */
import type { Campaign } from '../../../cms/payload-types'
import { huibianGroups } from '../huibian'
import { qrSvg } from '../qrCode'
import type { SiteData } from '../siteData'
import { bookModel } from './bookModel'
import { bookFonts } from './fonts'
import { typesetBook, type TypesetBook } from './typesetBook'

export async function huibianBook(data: SiteData, campaign: Campaign): Promise<TypesetBook> {
  const groups = huibianGroups(data.casesByCampaign.get(campaign.id) ?? [], (c) => data.caseView(c), data.vocabulary)
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
