import { zh } from '@payloadcms/translations/languages/zh'
import path from 'node:path'
import { buildConfig } from 'payload'
import sharp from 'sharp'

import { Brands } from './collections/Brands'
import { Campaigns } from './collections/Campaigns'
import { Cases } from './collections/Cases'
import { Features } from './collections/Features'
import { Media } from './collections/Media'
import { Units } from './collections/Units'
import { Users } from './collections/Users'
import { applyMigrations, databaseAdapter } from './database'
import { logEmail } from './email'
import { writeUpEditor } from './fields/richTextEditor'
import { SiteBuild } from './globals/SiteBuild'
import { rootDir } from './paths'
import { payloadSecret } from './secret'

const cmsDir = path.join(rootDir, 'cms')

export default buildConfig({
  admin: {
    user: Users.slug,
    importMap: {
      baseDir: cmsDir,
      importMapFile: path.join(cmsDir, 'app', '(payload)', 'admin', 'importMap.js'),
    },
    meta: { titleSuffix: ' · 汇编管理后台' },
    dateFormat: 'yyyy年M月d日',
    // Gravatar would load from a third-party host (and fail on closed networks).
    avatar: 'default',
    components: {
      afterNavLinks: ['/components/AdminNavLinks#AdminNavLinks'],
      views: {
        importSummary: { Component: '/components/ImportSummaryView#ImportSummaryView', path: '/import' },
      },
    },
  },
  collections: [Cases, Campaigns, Features, Brands, Units, Media, Users],
  globals: [SiteBuild],
  editor: writeUpEditor,
  db: databaseAdapter(),
  secret: payloadSecret(),
  sharp,
  email: logEmail,
  i18n: { supportedLanguages: { zh }, fallbackLanguage: 'zh' },
  // The site reads the Local API at build time; nothing needs GraphQL, so it is one less door.
  graphQL: { disable: true },
  typescript: { outputFile: path.join(cmsDir, 'payload-types.ts') },
  telemetry: false,
  logger: { options: { level: process.env.HUIBIAN_LOG_LEVEL ?? 'info' } },
  onInit: applyMigrations,
})
