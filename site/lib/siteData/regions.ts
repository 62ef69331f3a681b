/** Region pages: a case's region is its unit's, else its campaign's; each region gets a stable slug. */
import type { Case } from '../../../cms/payload-types'
import { slugify } from '../../../cms/utilities/slugify'

export type Regions = {
  /** Region slug → region name and its cases. */
  regions: Map<string, { name: string; cases: Case[] }>
  regionSlugOf: (region: string) => string
}

/** `sorted` in site order; `regionOf` names a case's region ('' for none). */
export function groupByRegion(sorted: Case[], regionOf: (c: Case) => string): Regions {
  const regions = new Map<string, { name: string; cases: Case[] }>()
  const slugs = new Map<string, string>()
  // The documents' slug algorithm; two regions with one pinyin get -2, -3… in first-seen order.
  const regionSlugOf = (region: string) => {
    let slug = slugs.get(region)
    if (slug) return slug
    const base = slugify(region) || 'region'
    slug = base
    const taken = new Set(slugs.values())
    for (let n = 2; taken.has(slug); n += 1) slug = `${base}-${n}`
    slugs.set(region, slug)
    return slug
  }
  for (const c of sorted) {
    const region = regionOf(c)
    if (!region) continue
    const slug = regionSlugOf(region)
    const entry = regions.get(slug) ?? { name: region, cases: [] }
    entry.cases.push(c)
    regions.set(slug, entry)
  }
  return { regions, regionSlugOf }
}
