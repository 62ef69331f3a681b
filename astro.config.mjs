import path from 'node:path'

import mdx from '@astrojs/mdx'
import node from '@astrojs/node'
import { defineConfig } from 'astro/config'

import { env } from './cms/env'
import { staticDirOf } from './site/build/buildSite'
import { buildReportIntegration } from './site/integrations/buildReport'
import { contentSyncLockIntegration } from './site/integrations/contentSyncLock'
import { devSearchIndexIntegration } from './site/integrations/devSearchIndex'
import { securityHeadersIntegration } from './site/integrations/securityHeaders'
import { sitemapIntegration } from './site/integrations/sitemap'
import { cspDirectives } from './site/lib/contentSecurityPolicy'

/** Where the site goes: `dist/`, or the staging folder `npm run build` swaps in afterwards. */
const outDir = path.resolve(env.siteOut())

export default defineConfig({
  site: env.siteUrl(),
  srcDir: './site',
  publicDir: './public',
  outDir,
  // AVIF at sharp's effort 2, not its default 4: a photo's three widths take a sixth of the CPU
  // (1.0 s instead of 6.0 s) for 3 % more bytes, still about half the WebP's.
  image: { service: { entrypoint: 'astro/assets/services/sharp', config: { avif: { effort: 2 } } } },
  // Parallel builds (tests, staging) must not share a content cache.
  cacheDir: env.siteCache(),
  trailingSlash: 'always',
  // Up to 32 pages in flight: a page that waits for its 汇编's PDF (typeset in a worker,
  // site/lib/book) no longer holds back the pages after it; the others render meanwhile.
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 32 },
  integrations: [
    // Parallel builds in this checkout share .astro/; they take turns until bundled.
    contentSyncLockIntegration(),
    mdx(),
    sitemapIntegration(staticDirOf(outDir)),
    securityHeadersIntegration(),
    buildReportIntegration(),
    devSearchIndexIntegration(staticDirOf(outDir)),
  ],
  // Static pages go to client/; the adapter builds the one on-demand route, the draft preview.
  adapter: node({ mode: 'middleware' }),
  server: { port: env.sitePort() },
  devToolbar: { enabled: false },
  // The search worker (site/scripts/searchWorker.ts) imports Pagefind's ES module at run time.
  vite: { worker: { format: 'es' } },
  // Pages whose cache key (site/lib/cacheKey.ts) and code are unchanged are copied from the last build, not rendered.
  experimental: { incrementalBuild: true },
  // A Content-Security-Policy <meta> on every page (site/lib/contentSecurityPolicy.ts).
  security: {
    csp: {
      directives: [...cspDirectives],
      scriptDirective: { resources: ["'self'"] },
      styleDirective: { resources: ["'self'"] },
    },
  },
})
