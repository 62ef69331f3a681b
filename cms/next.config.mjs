import { withPayload } from '@payloadcms/next/withPayload'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import scheduleDrawerDateFormat from './adminPatches/scheduleDrawerDateFormat.cjs'

const cmsDir = path.dirname(fileURLToPath(import.meta.url))

/** @type {import('next').NextConfig} */
const nextConfig = {
  // `tsc` and `astro check` type-check the project; Next need not do it again.
  typescript: { ignoreBuildErrors: true, tsconfigPath: '../tsconfig.json' },
  // chinese-days ships an ES build inside a CommonJS package, which the bundler refuses: Node loads it.
  serverExternalPackages: ['@node-rs/jieba', 'sharp', 'pagefind', 'chinese-days'],
  turbopack: {
    root: path.resolve(cmsDir, '..'),
    // 预约发布's date picker in Chinese: a fenced patch of @payloadcms/ui, see the file.
    rules: { '*.js': scheduleDrawerDateFormat.turbopackRule() },
  },
  outputFileTracingRoot: path.resolve(cmsDir, '..'),
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
