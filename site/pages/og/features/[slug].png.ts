import fs from 'node:fs'

import type { APIRoute, GetStaticPaths } from 'astro'

import { refId } from '../../../../cms/domain/documentId'
import { keyed } from '../../../lib/cacheKey'
import { featureCard } from '../../../lib/ogImage/cards'
import { ogCardFile, type OgCard } from '../../../lib/ogImage/ogCard'
import { getSiteData } from '../../../lib/siteData'

/** Each feature's shared-link card (og:image), drawn at build time (site/lib/ogImage). */
export const getStaticPaths = (async () => {
  const data = await getSiteData(import.meta.env.SITE)
  return data.features.map((f) => {
    const card = featureCard(f, (f.campaign && data.campaignById.get(refId(f.campaign)!)?.name) || '')
    void ogCardFile(card)
    return keyed({ params: { slug: f.slug! }, props: { card } })
  })
}) satisfies GetStaticPaths

export const GET: APIRoute<{ card: OgCard }> = async ({ props }) =>
  new Response(new Uint8Array(fs.readFileSync(await ogCardFile(props.card))), { headers: { 'Content-Type': 'image/png' } })
