import fs from 'node:fs'
import path from 'node:path'

import sitemap from '@astrojs/sitemap'
import type { AstroIntegration } from 'astro'

/**
 * @astrojs/sitemap, listing only pages meant to be found: a page whose head says
 * `noindex` (the redirect left at a case's old URL, the 404, the search page) stays out.
 * @see https://docs.astro.build/en/guides/integrations-guide/sitemap/#filter
 */
export function sitemapIntegration(outDir: string): AstroIntegration {
  return sitemap({ filter: (url) => !isNoindex(outDir, new URL(url).pathname) })
}

function isNoindex(outDir: string, pathname: string): boolean {
  const file = path.join(outDir, decodeURIComponent(pathname), 'index.html')
  let head: string
  try {
    const fd = fs.openSync(file, 'r')
    const buffer = Buffer.alloc(4096)
    const bytes = fs.readSync(fd, buffer, 0, buffer.length, 0)
    fs.closeSync(fd)
    head = buffer.subarray(0, bytes).toString('utf8')
  } catch {
    return false
  }
  return /<meta name="robots" content="noindex/.test(head)
}
