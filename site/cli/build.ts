/**
 * npm run build: loads the bundled collection into the CMS (idempotent), builds
 * the site into a staging folder and swaps it into dist/ only when the build
 * succeeded. Options: --no-seed (build from the CMS as it is), --out <dir>.
 */
import path from 'node:path'

import { buildSite, SiteBuildError } from '../build/buildSite'

const args = process.argv.slice(2)
const outIndex = args.indexOf('--out')
const outDir = outIndex >= 0 ? args[outIndex + 1] : undefined

try {
  const result = await buildSite({ log: (line) => console.log(line), seed: !args.includes('--no-seed'), outDir, localPreview: process.env.HUIBIAN_LOCAL_PREVIEW || undefined })
  const mb = (result.bytes / 1024 / 1024).toFixed(1)
  console.log(`Built ${result.pages} pages in ${(result.ms / 1000).toFixed(1)} s, ${mb} MB, in ${path.relative(process.cwd(), result.outDir) || result.outDir}/`)
  process.exit(0)
} catch (error) {
  if (error instanceof SiteBuildError) {
    console.error(`\nBuild failed (${error.step}):\n${error.message}\n\nWhat to do: ${error.hint}`)
  } else {
    console.error('\nBuild failed:', error)
  }
  process.exit(1)
}
