import path from 'node:path'

import type { AstroIntegration } from 'astro'
import send from 'send'

/**
 * `astro dev` has no search index: Pagefind's index is a step of the build
 * (site/build/searchIndex), not of rendering. So that the search page works
 * in the dev loop, the dev server answers /pagefind/ from the last build's
 * index in `staticDir`; without one, the page says search is unavailable.
 * The index then describes that build's content, not edits since.
 * @see https://docs.astro.build/en/reference/integrations-reference/#astroserversetup
 */
export function devSearchIndexIntegration(staticDir: string): AstroIntegration {
  const root = path.join(staticDir, 'pagefind')
  return {
    name: 'huibian:dev-search-index',
    hooks: {
      'astro:server:setup': ({ server, logger }) => {
        logger.info(`/pagefind/ is served from the last build (${path.relative(process.cwd(), root) || root}); run npm run build to refresh it.`)
        server.middlewares.use('/pagefind', (req, res, next) => {
          send(req, new URL(req.url ?? '/', 'http://dev').pathname, { root })
            .on('error', () => next())
            .pipe(res)
        })
      },
    },
  }
}
