import fs from 'node:fs'
import path from 'node:path'

import sitemap from '@astrojs/sitemap'
import type { AstroIntegration } from 'astro'

/**
 * @astrojs/sitemap, listing only pages meant to be found: a page whose head says
 * `noindex` (the redirect left at a case's old URL, the 404, the search page) stays out.
 * A page that states when its content last changed (article:modified_time)
 * gets that date as its lastmod, never the build's.
 * @see https://docs.astro.build/en/guides/integrations-guide/sitemap/#filter
 */
export function sitemapIntegration(outDir: string): AstroIntegration {
  return sitemap({
    filter: (url) => !/<meta name="robots" content="noindex/.test(headOf(outDir, new URL(url).pathname)),
    serialize: (item) => {
      const modified = /<meta property="article:modified_time" content="([^"]+)"/.exec(headOf(outDir, new URL(item.url).pathname))?.[1]
      return modified ? { ...item, lastmod: modified } : item
    },
  })
}

/** The start of a page's HTML, where its head's meta elements are. */
function headOf(outDir: string, pathname: string): string {
  const file = path.join(outDir, decodeURIComponent(pathname), 'index.html')
  try {
    const fd = fs.openSync(file, 'r')
    const buffer = Buffer.alloc(16384)
    const bytes = fs.readSync(fd, buffer, 0, buffer.length, 0)
    fs.closeSync(fd)
    return buffer.subarray(0, bytes).toString('utf8')
  } catch {
    return ''
  }
}
