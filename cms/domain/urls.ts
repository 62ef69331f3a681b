/**
 * Every public URL of the site, defined once. Pages, feeds, open data, the
 * sitemap filter and the tests all build links here, so a permalink cannot
 * drift. Paths end in `/` (astro.config: trailingSlash "always").
 */

type Sluggable = { slug?: string | null }

function slugOf(doc: Sluggable | string): string {
  const slug = typeof doc === 'string' ? doc : doc.slug
  if (!slug) throw new Error('A document without a slug has no URL; save it once in the admin so it gets one.')
  return slug
}

export const homeUrl = () => '/'
export const caseUrl = (kase: Sluggable | string) => `/cases/${slugOf(kase)}/`
export const huibianUrl = (campaign: Sluggable | string) => `/huibian/${slugOf(campaign)}/`
/** A campaign from notice to results: documents, stages, 公示 and result lists. */
export const campaignUrl = (campaign: Sluggable | string) => `/campaigns/${slugOf(campaign)}/`
export const campaignsUrl = () => '/campaigns/'
/** A 公示 (拟表彰名单 / 拟推荐名单): stays at this address after its period ends. */
export const publicityUrl = (notice: Sluggable | string) => `/gongshi/${slugOf(notice)}/`
/** A 获奖名单. */
export const resultListUrl = (list: Sluggable | string) => `/results/${slugOf(list)}/`
/** The 汇编 as a typeset A4 book; the file name a reader saves is the slug. */
export const huibianPdfUrl = (campaign: Sluggable | string) => `/huibian/${slugOf(campaign)}.pdf`
export const featureUrl = (feature: Sluggable | string) => `/features/${slugOf(feature)}/`
/** The card a shared link to a case or feature shows (og:image), 1200×630 PNG. */
export const caseShareImageUrl = (kase: Sluggable | string) => `/og/cases/${slugOf(kase)}.png`
export const featureShareImageUrl = (feature: Sluggable | string) => `/og/features/${slugOf(feature)}.png`
export const brandUrl = (brand: Sluggable | string) => `/brands/${slugOf(brand)}/`
export const unitUrl = (unit: Sluggable | string) => `/units/${slugOf(unit)}/`
/** A case type or a field, by its URL key (`termSlug`): both are category pages, and their keys never collide. */
export const categoryUrl = (slug: string) => `/categories/${slug}/`
export const yearUrl = (year: number) => `/years/${year}/`
export const regionUrl = (regionSlug: string) => `/regions/${regionSlug}/`
/** An award tier's page, by its URL key (`termSlug`). */
export const awardUrl = (slug: string) => `/awards/${slug}/`
export const brandsUrl = () => '/brands/'
export const unitsUrl = () => '/units/'
export const projectsUrl = () => '/projects/'
export const sitesUrl = () => '/sites/'
export const huibianIndexUrl = () => '/huibian/'
export const searchUrl = () => '/search/'
/** 统计: counts of the published entries by year, region, type… (one per campaign too). */
export const statsUrl = () => '/stats/'
export const campaignStatsUrl = (campaign: Sluggable | string) => `${campaignUrl(campaign)}stats/`
/** The 统计 page's numbers as CSV, beside the page. */
export const statsCsvUrl = () => '/stats/stats.csv'
export const campaignStatsCsvUrl = (campaign: Sluggable | string) => `${campaignUrl(campaign)}stats.csv`
/** A public 佐证 document as a download: `ext` is its file's own extension (pdf, docx…). */
export const evidenceFileUrl = (id: string | number, ext: string) => `/evidence/${id}.${ext}`
export const pageUrl = (id: string) => `/${id}/`
export const aboutUrl = () => pageUrl('about')
export const howToUseUrl = () => pageUrl('how-to-use')
export const codebookUrl = () => pageUrl('codebook')
export const rssUrl = () => '/rss.xml'
export const casesJsonUrl = () => '/data/cases.json'
export const casesCsvUrl = () => '/data/cases.csv'
/** Open data of every campaign: its stages, 公示 and result lists. */
export const campaignsJsonUrl = () => '/data/campaigns.json'
/** An editor's draft preview (rendered on demand by `npm start`'s site server, never static). */
export const casePreviewUrl = (id: number | string) => `/preview/cases/${id}/`

/** The anchor of a case inside its 汇编: the slug, so it survives reordering. */
export const huibianEntryId = (kase: Sluggable | string) => `case-${slugOf(kase)}`
export const huibianEntryUrl = (campaign: Sluggable | string, kase: Sluggable | string) => `${huibianUrl(campaign)}#${huibianEntryId(kase)}`

/** An absolute URL on the published site (permalinks, feeds, QR codes). */
export function absoluteUrl(pathname: string, site: URL | string | undefined): string {
  if (!site) throw new Error('The site URL is not set: set SITE_URL (e.g. https://huibian.example.org).')
  return new URL(pathname, site).href
}
