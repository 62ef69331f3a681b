import { zh } from '@payloadcms/translations/languages/zh'
import path from 'node:path'
import { buildConfig } from 'payload'
import sharp from 'sharp'

import { adminTranslations } from './adminTranslations'
import { Brands } from './collections/Brands'
import { Campaigns } from './collections/Campaigns'
import { Cases } from './collections/Cases'
import { EvidenceFiles } from './collections/EvidenceFiles'
import { Features } from './collections/Features'
import { Media } from './collections/Media'
import { PublicityNotices } from './collections/PublicityNotices'
import { ResultLists } from './collections/ResultLists'
import { Units } from './collections/Units'
import { Users } from './collections/Users'
import { vocabularyCollections } from './collections/vocabularies'
import { applyMigrations, databaseAdapter } from './database'
import { logEmail } from './email'
import { env } from './env'
import { writeUpEditor } from './fields/richTextEditor'
import { maxImageBytes } from './hooks/checkImageUpload'
import { keepFieldErrors } from './hooks/keepFieldErrors'
import { SiteBuild } from './globals/SiteBuild'
import { jobs } from './jobs'
import { SiteSettings } from './globals/SiteSettings'
import { adminOrigins } from './origins'
import { rootDir } from './paths'
import { plugins } from './plugins'
import { payloadSecret } from './secret'
import { opaqueIds } from './typescript/opaqueIds'

const cmsDir = path.join(rootDir, 'cms')

/** Largest file a request may carry at all: four times the largest upload any field accepts. */
const requestFileBytes = 4 * maxImageBytes
export default buildConfig({
  admin: {
    user: Users.slug,
    importMap: {
      baseDir: cmsDir,
      importMapFile: path.join(cmsDir, 'app', '(payload)', 'admin', 'importMap.js'),
    },
    meta: { titleSuffix: ' · 汇编管理后台' },
    dateFormat: 'yyyy年M月d日 HH:mm',
    // Gravatar would load from a third-party host (and fail on closed networks).
    avatar: 'default',
    // Scheduled publishing and dates are in China's time.
    timezones: { defaultTimezone: 'Asia/Shanghai', supportedTimezones: [{ label: '北京时间', value: 'Asia/Shanghai' }] },
    components: {
      afterNavLinks: ['/components/AdminNavLinks#AdminNavLinks'],
      beforeDashboard: ['/components/OfficeDesk#OfficeDesk'],
      providers: ['/components/ClearToastsOnLogin#ClearToastsOnLogin'],
      views: {
        importSummary: { Component: '/components/ImportSummaryView#ImportSummaryView', path: '/import' },
      },
    },
  },
  collections: [Cases, Campaigns, PublicityNotices, ResultLists, Features, Brands, Units, ...vocabularyCollections, Media, EvidenceFiles, Users],
  jobs,
  globals: [SiteSettings, SiteBuild],
  plugins,
  editor: writeUpEditor,
  db: databaseAdapter(),
  secret: payloadSecret(),
  sharp,
  // Each kind of upload has its own limit (10 MB for images and 佐证, 5 MB for tables), checked in
  // its hook so the reason shows on the file field. The request stops being read only far above
  // them, where the admin can show nothing better than a notice.
  upload: {
    limits: { fileSize: requestFileBytes },
    responseOnLimit: `文件超过 ${requestFileBytes / 1024 / 1024} MB，无法上传。图片和佐证文件的上限为 ${maxImageBytes / 1024 / 1024} MB，请压缩或拆分后再上传。`,
  },
  // No browser page on another origin reads the API (the site is static), and
  // the login cookie counts only on requests from the admin's own origin.
  cors: [],
  csrf: adminOrigins(),
  email: logEmail,
  i18n: { supportedLanguages: { zh }, fallbackLanguage: 'zh', translations: adminTranslations },
  // The site reads the Local API at build time; nothing needs GraphQL, so it is one less door.
  graphQL: { disable: true },
  // Types are generated on purpose (npm run payload -- generate:types), not by every script that opens Payload.
  typescript: { outputFile: path.join(cmsDir, 'payload-types.ts'), autoGenerate: false, schema: [opaqueIds] },
  telemetry: false,
  logger: { options: { level: env.logLevel() } },
  hooks: { afterError: [keepFieldErrors] },
  onInit: applyMigrations,
})
