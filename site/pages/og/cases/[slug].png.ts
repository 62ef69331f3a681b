import fs from 'node:fs'

import type { APIRoute, GetStaticPaths } from 'astro'

import { keyed } from '../../../lib/cacheKey'
import { caseCard } from '../../../lib/ogImage/cards'
import { ogCardFile, type OgCard } from '../../../lib/ogImage/ogCard'
import { getSiteData } from '../../../lib/siteData'

/** Each case's shared-link card (og:image), drawn at build time (site/lib/ogImage). */
export const getStaticPaths = (async () => {
  const data = await getSiteData(import.meta.env.SITE)
  return data.cases.map((c) => {
    const card = caseCard(data.caseView(c))
    // Astro asks every route for its paths before it renders any page: sharp draws the cards on its own threads meanwhile.
    void ogCardFile(card)
    return keyed({ params: { slug: c.slug! }, props: { card } })
  })
}) satisfies GetStaticPaths

export const GET: APIRoute<{ card: OgCard }> = async ({ props }) =>
  new Response(new Uint8Array(fs.readFileSync(await ogCardFile(props.card))), { headers: { 'Content-Type': 'image/png' } })
