import rss from '@astrojs/rss'
import type { APIRoute } from 'astro'

import { siteDescription, siteName } from '../lib/siteInfo'
import { getSiteData } from '../lib/siteData'
import { chinaDay } from '../../cms/domain'
import { dayText } from '../lib/campaignView'
import { caseUrl, featureUrl, publicityUrl, resultListUrl } from '../../cms/domain/urls'

/** New cases, features, 公示 and result lists, newest first. */
export const GET: APIRoute = async ({ site }) => {
  const data = await getSiteData(site)
  const items = [
    ...data.publicityNotices.map((n) => ({
      title: `公示：${n.title}`,
      link: publicityUrl(n),
      pubDate: new Date(n.publishedAt ?? n.periodStart),
      description: `公示期 ${dayText(chinaDay(n.periodStart))}至${dayText(chinaDay(n.periodEnd))}，${n.issuer}`,
    })),
    ...data.resultLists.map((r) => ({
      title: `获奖名单：${r.title}`,
      link: resultListUrl(r),
      pubDate: new Date(r.publishedAt ?? r.issuedOn),
      description: [r.documentNumber, `${dayText(chinaDay(r.issuedOn))}公布`, r.issuer].filter(Boolean).join('，'),
    })),
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
  return rss({ title: `${siteName}：新案例、专题、公示与获奖名单`, description: siteDescription, site: site!, items, customData: '<language>zh-cn</language>' })
}
