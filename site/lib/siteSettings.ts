/** 站点设置 as the site shows it: who runs the site and its 备案 lines (cms/globals/SiteSettings.ts). */
import { getEntry } from 'astro:content'

export type SiteSettings = {
  siteName?: string | null
  host?: string | null
  operator?: string | null
  contact?: string | null
  icp?: string | null
  police?: string | null
  governmentSiteCode?: string | null
  accessibility?: string | null
}

let cached: Promise<SiteSettings> | undefined

export function getSiteSettings(): Promise<SiteSettings> {
  cached ??= (async () => ((await getEntry('settings', 'site'))?.data ?? {}) as SiteSettings)()
  return cached
}
