import rss from '@astrojs/rss'
import type { APIRoute } from 'astro'

import { siteDescription, siteName } from '../lib/siteInfo'
import { getSiteData } from '../lib/siteData'
import { caseUrl, featureUrl } from '../../cms/domain/urls'

/** New cases and features, newest first. */
export const GET: APIRoute = async ({ site }) => {
  const data = await getSiteData(site)
  const items = [
    ...data.features.map((f) => ({
      title: `专题：${f.headline}`,
      link: featureUrl(f),
      pubDate: f.publishedAt ? new Date(f.publishedAt) : undefined,
      description: f.subtitle ?? undefined,
    })),
    ...data.cases.map((c) => ({
      title: c.title,
      link: caseUrl(c),
      pubDate: c.publishedAt ? new Date(c.publishedAt) : undefined,
      description: c.abstract ?? undefined,
    })),
  ]
    // Items without a known date (sourced documents) come last, never dated by the build.
    .sort((a, b) => (b.pubDate?.getTime() ?? 0) - (a.pubDate?.getTime() ?? 0))
    .slice(0, 100)
  return rss({ title: `${siteName}：新案例与专题`, description: siteDescription, site: site!, items, customData: '<language>zh-cn</language>' })
}
