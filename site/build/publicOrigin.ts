/**
 * The first build step: where the site will live, and the 站点设置 that every page shows. SITE_URL, else 站点设置 →
 * 公开网址 (read from the CMS). A public build refuses an unset or local
 * origin, since every permalink, QR code, feed and sitemap entry would point
 * at the building machine; the one exception is `npm start`'s local preview,
 * which says that its links are local.
 */
import { createHash } from 'node:crypto'

import { publicOriginProblem } from '../../cms/domain/publicOrigin'
import { env } from '../../cms/env'
import { SiteBuildError, type BuildStep } from './buildSite'

const howToSet =
  'Set the public address of the site: SITE_URL=https://huibian.example.gov.cn npm run build, ' +
  'or in the admin as an administrator: 系统 → 站点设置 → 公开网址. (`npm start` alone serves a local preview and may use local links.)'

/** The settings the admin's rebuild handed over (cms/siteBuild/runners.ts), else read from the CMS. */
async function readSettings(): Promise<Record<string, unknown>> {
  const handedOver = env.siteSettings()
  if (handedOver) return JSON.parse(handedOver) as Record<string, unknown>
  const { withPayload } = await import('../../cms/openPayload')
  const { publishedSiteSettings } = await import('../../cms/siteBuild/publishedSiteSettings')
  return withPayload(publishedSiteSettings)
}

export function publicOriginStep(localPreview: string | undefined): BuildStep {
  return {
    name: 'resolve the public address',
    run: async (ctx) => {
      const settings = await readSettings()
      // Every page shows the settings (footer) but hashes only its own props: the settings join every page's cache key.
      ctx.env.HUIBIAN_SITE_DIGEST = createHash('sha1').update(JSON.stringify(settings)).digest('base64url')
      const fromEnv = (ctx.env.SITE_URL ?? env.publicSiteUrl())?.trim() || undefined
      const candidate = fromEnv ?? ((typeof settings.origin === 'string' && settings.origin.trim()) || undefined)
      const source = fromEnv ? 'SITE_URL' : '站点设置 → 公开网址'
      const problem = candidate ? publicOriginProblem(candidate) : { en: 'it is not set', zh: '' }
      if (!problem) {
        ctx.env.SITE_URL = new URL(candidate!).origin
        ctx.log(`  ${ctx.env.SITE_URL} (from ${source})`)
        return
      }
      if (localPreview) {
        ctx.env.SITE_URL = candidate && /^https?:\/\//.test(candidate) ? candidate : localPreview
        ctx.log(
          `  local preview: links, QR codes and feeds point at ${ctx.env.SITE_URL} and work only on this machine (public address: ${problem.en}). ${howToSet}`,
        )
        return
      }
      throw new SiteBuildError(
        'public address',
        `The site has no public address: ${candidate ? `${source} ${problem.en}` : 'SITE_URL and 站点设置 → 公开网址 are both unset'}.`,
        `${howToSet} The published site was left as it was.`,
      )
    },
  }
}
