import type { Payload } from 'payload'

/**
 * 站点设置 as an anonymous reader gets them, without their timestamps: what
 * every page shows, so their digest joins every page's cache key
 * (site/build/publicOrigin.ts). The admin's rebuilds read them with the CMS
 * they run in and hand them to the build, which then need not start one.
 */
export async function publishedSiteSettings(payload: Payload): Promise<Record<string, unknown>> {
  const {
    updatedAt: _u,
    createdAt: _c,
    ...settings
  } = (await payload.findGlobal({ slug: 'site-settings', overrideAccess: false, depth: 0 })) as unknown as Record<string, unknown>
  return settings
}
