import { withPayload } from '@payloadcms/next/withPayload'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const cmsDir = path.dirname(fileURLToPath(import.meta.url))

/** @type {import('next').NextConfig} */
const nextConfig = {
  // `tsc` and `astro check` type-check the project; Next need not do it again.
  typescript: { ignoreBuildErrors: true, tsconfigPath: '../tsconfig.json' },
  // chinese-days ships an ES build inside a CommonJS package, which the bundler refuses: Node loads it.
  serverExternalPackages: ['@node-rs/jieba', 'sharp', 'pagefind', 'chinese-days'],
  turbopack: { root: path.resolve(cmsDir, '..') },
  outputFileTracingRoot: path.resolve(cmsDir, '..'),
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
