import type { APIRoute, GetStaticPaths } from 'astro'

import { huibianBook } from '../../lib/book/huibianBook'
import { campaignsWithEntries } from '../../lib/huibian'
import { getSiteData } from '../../lib/siteData'

/** The 汇编 as a typeset A4 book (site/lib/book), one per campaign with published entries. */
export const getStaticPaths = (async () => {
  const data = await getSiteData(import.meta.env.SITE)
  return campaignsWithEntries(data).map((campaign) => ({ params: { campaign: campaign.slug! }, props: { campaign } }))
}) satisfies GetStaticPaths

export const GET: APIRoute<{ campaign: import('../../../cms/payload-types').Campaign }> = async ({ props }) => {
  const book = await huibianBook(await getSiteData(import.meta.env.SITE), props.campaign)
  return new Response(new Uint8Array(book.pdf), { headers: { 'content-type': 'application/pdf' } })
}
