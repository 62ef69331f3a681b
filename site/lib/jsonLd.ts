/** schema.org descriptions for search engines (JSON-LD). */
import type { CaseView } from './caseView'
import { siteName } from './siteInfo'

export function caseJsonLd(view: CaseView): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'Article',
    headline: view.title,
    description: view.abstract || undefined,
    inLanguage: 'zh-CN',
    url: view.permalink,
    mainEntityOfPage: view.permalink,
    datePublished: view.publishedAt || undefined,
    dateModified: view.updatedAt,
    author: [view.unit, ...view.coUnits].map((u) => ({ '@type': 'Organization', name: u.label })),
    publisher: { '@type': 'Organization', name: siteName },
    isPartOf: { '@type': 'CreativeWork', name: view.campaign.name },
    keywords: view.focusAreas.join(',') || undefined,
  }
}

export function websiteJsonLd(url: string, description: string): Record<string, unknown> {
  return { '@context': 'https://schema.org', '@type': 'WebSite', name: siteName, url, inLanguage: 'zh-CN', description }
}
