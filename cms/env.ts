/**
 * Every environment variable huibian reads, with its default, defined once.
 * `.env.example` documents them; a `.env` file in the repository root is read
 * for the variables the environment does not set. Values are read on use, not
 * at import: tests and `npm start` set some before they start children.
 */
import fs from 'node:fs'
import path from 'node:path'
import { parseEnv } from 'node:util'

const envFile = path.join(/*turbopackIgnore: true*/ process.env.HUIBIAN_ROOT?.trim() || process.cwd(), '.env')
if (fs.existsSync(envFile)) {
  for (const [name, value] of Object.entries(parseEnv(fs.readFileSync(envFile, 'utf8')))) {
    if (value !== undefined) process.env[name] ??= value
  }
}

const read = (name: string): string | undefined => process.env[name]?.trim() || undefined
const withoutTrailingSlash = (url: string) => url.replace(/\/+$/, '')

export const env = {
  /** PORT: the admin's port under `npm start`. */
  port: (): number => Number(read('PORT') ?? 3000),
  /** SITE_PORT: the public site's port under `npm start`. */
  sitePort: (): number => Number(read('SITE_PORT') ?? 4321),
  /** CMS_URL: the admin's public address (login cookies, CSRF, upload URLs in previews). */
  cmsUrl: (): string => withoutTrailingSlash(read('CMS_URL') ?? `http://localhost:${env.port()}`),
  /** CMS_URL as set, for checks that treat a deployment differently from this machine. */
  configuredCmsUrl: (): string | undefined => read('CMS_URL'),
  /** SITE_PREVIEW_URL: where `npm start` serves the site and the draft preview the admin's 预览 button opens. */
  sitePreviewUrl: (): string => withoutTrailingSlash(read('SITE_PREVIEW_URL') ?? `http://localhost:${env.sitePort()}`),
  /** SITE_URL: the published site's address, for permalinks, feeds, the sitemap and QR codes. */
  siteUrl: (): string => read('SITE_URL') ?? env.sitePreviewUrl(),
  /** SITE_URL as set: a build publishes only with it or 站点设置 → 公开网址 (site/build/publicOrigin.ts). */
  publicSiteUrl: (): string | undefined => read('SITE_URL'),
  /** DATABASE_URL: mongodb://… or file:…; unset is the embedded SQLite file in the data folder. */
  databaseUrl: (): string | undefined => read('DATABASE_URL'),
  /** PAYLOAD_SECRET: signs logins; required with MongoDB, generated into the data folder otherwise. */
  payloadSecret: (): string | undefined => read('PAYLOAD_SECRET'),
  /** HUIBIAN_DATA_DIR: the embedded database, the generated secret and uploads. */
  dataDir: (): string => read('HUIBIAN_DATA_DIR') ?? 'data',
  /** MAIL_FROM: the sender of password-reset mail. */
  mailFrom: (): string => read('MAIL_FROM') ?? 'noreply@huibian.local',
  /** SITE_REBUILD_URL: a deploy hook to call after publishing, instead of building here. */
  siteRebuildUrl: (): string | undefined => read('SITE_REBUILD_URL'),
  /** SITE_REBUILD_DEBOUNCE_MS: how long saves are gathered into one rebuild. */
  siteRebuildDebounceMs: (): number => Number(read('SITE_REBUILD_DEBOUNCE_MS') ?? 2000),
  /**
   * HUIBIAN_JOBS_AUTORUN: `0` keeps `npm start`'s admin from running the job queue (scheduled
   * publishing), for a deployment whose cron calls the jobs endpoint instead. Only a process
   * that has it at `1` (what `npm start` gives its admin) runs jobs; scripts and builds never do.
   */
  jobsAutorun: (): string | undefined => read('HUIBIAN_JOBS_AUTORUN'),
  /** HUIBIAN_JOBS_CRON: how often the admin runs due jobs (a cron with seconds). */
  jobsCron: (): string => read('HUIBIAN_JOBS_CRON') ?? '*/5 * * * * *',
  /** CRON_SECRET: lets an outside cron call GET /api/payload-jobs/run with `Authorization: Bearer …`. */
  cronSecret: (): string | undefined => read('CRON_SECRET'),
  /** HUIBIAN_BUILD_DATE (YYYY-MM-DD): the day a site build marks stages and 公示期 against; default today in China. */
  buildDate: (): string | undefined => read('HUIBIAN_BUILD_DATE'),
  /** HUIBIAN_LOG_LEVEL: Payload's log level (pino: fatal, error, warn, info, debug). */
  logLevel: (fallback = 'info'): string => read('HUIBIAN_LOG_LEVEL') ?? fallback,

  // Set by one huibian process for another, never by hand.
  /** HUIBIAN_ROOT: the repository root, for children whose working directory differs. */
  root: (): string => read('HUIBIAN_ROOT') ?? process.cwd(),
  /** HUIBIAN_SITE_REBUILD=local (what `npm start` sets): publishing rebuilds dist/ on this machine. */
  localSiteRebuild: (): boolean => read('HUIBIAN_SITE_REBUILD') === 'local',
  /** HUIBIAN_SITE_OUT: the folder `astro build` writes to (`npm run build`'s staging folder). */
  siteOut: (): string => read('HUIBIAN_SITE_OUT') ?? 'dist',
  /** HUIBIAN_SITE_CACHE: Astro's cache of this build (parallel builds must not share one). */
  siteCache: (): string => read('HUIBIAN_SITE_CACHE') ?? 'node_modules/.astro',
  /** HUIBIAN_LOCAL_PREVIEW (what `npm start` sets): the preview's URL; its rebuilds may use local links. */
  localPreview: (): string | undefined => read('HUIBIAN_LOCAL_PREVIEW'),
  /** HUIBIAN_SITE_DIGEST: a digest of 站点设置, which every page shows; part of every page's cache key. */
  siteSettingsDigest: (): string => read('HUIBIAN_SITE_DIGEST') ?? '',
  /** HUIBIAN_SITE_SETTINGS: 站点设置 as JSON, handed to the build by the admin's rebuilds (it then opens no CMS of its own). */
  siteSettings: (): string | undefined => read('HUIBIAN_SITE_SETTINGS'),
  /** HUIBIAN_BUILD_REPORT: where `astro build` writes what it rendered and reused (JSON). */
  buildReportFile: (): string | undefined => read('HUIBIAN_BUILD_REPORT'),
  /**
   * HUIBIAN_BOOKS: where the build announces each 汇编 PDF it typesets (site/build/books), or `none` for
   * a build without PDFs (the bench's --no-pdf). Unset under `astro dev`, which typesets a book when asked.
   */
  books: (): string | undefined => read('HUIBIAN_BOOKS'),
} as const
