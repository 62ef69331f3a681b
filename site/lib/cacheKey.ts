import { createHash } from 'node:crypto'

import { env } from '../../cms/env'

/**
 * The key of a page for Astro's incremental build (experimental.incrementalBuild
 * in astro.config.mjs): a hash of the props the page is rendered from. Pages
 * with a getStaticPaths read nothing else but constants, so equal props give an
 * equal page and Astro copies the previous build's file instead of rendering it.
 * Props must be plain data (a Map would hash as {}).
 * @see https://docs.astro.build/en/reference/experimental-flags/incremental-build/
 */
export function cacheKeyOf(props: unknown): string {
  // The site settings every page shows (footer), digested by the build (site/build/publicOrigin.ts).
  return createHash('sha1').update(env.siteSettingsDigest()).update(JSON.stringify(props)).digest('base64url')
}

/** A getStaticPaths entry with its cache key. */
export function keyed<T extends { props: unknown }>(path: T): T & { cacheKey: string } {
  return { ...path, cacheKey: cacheKeyOf(path.props) }
}
