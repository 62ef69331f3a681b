import fs from 'node:fs'

import type { APIRoute, GetStaticPaths } from 'astro'

import { huibianBook } from '../../lib/book/huibianBook'
import { campaignsWithEntries } from '../../lib/huibian'
import { getSiteData } from '../../lib/siteData'

/**
 * The 汇编 as a typeset A4 book (site/lib/book), under `astro dev` only: a
 * build typesets the books from its start and places them into the site
 * itself (site/build/books), so that Astro renders no PDF.
 */
export const getStaticPaths = (async () => {
  if (!import.meta.env.DEV) return []
  const data = await getSiteData(import.meta.env.SITE)
  return campaignsWithEntries(data).map((campaign) => ({ params: { campaign: campaign.slug! }, props: { campaign } }))
}) satisfies GetStaticPaths

export const GET: APIRoute<{ campaign: import('../../../cms/payload-types').Campaign }> = async ({ props }) => {
  const book = await huibianBook(await getSiteData(import.meta.env.SITE), props.campaign)
  return new Response(new Uint8Array(fs.readFileSync(book.file)), { headers: { 'content-type': 'application/pdf' } })
}
