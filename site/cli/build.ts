/**
 * npm run build: loads the bundled collection into the CMS (idempotent), builds
 * the site into a staging folder and swaps it into dist/ only when the build
 * succeeded. Options: --no-seed (build from the CMS as it is), --out <dir>,
 * --report <file> (the outcome as JSON, for the admin's rebuilds: cms/siteBuild/runners.ts),
 * --if-missing (build only when the folder holds no site yet: `npm start`).
 */
import fs from 'node:fs'
import path from 'node:path'

import type { BuildReport } from '../../cms/siteBuild/buildReport'
import { env } from '../../cms/env'
import { rootDir } from '../../cms/paths'
import { buildSite, SiteBuildError, staticDirOf } from '../build/buildSite'

const args = process.argv.slice(2)
const option = (name: string) => {
  const at = args.indexOf(name)
  return at >= 0 ? args[at + 1] : undefined
}
const outDir = option('--out')
const reportFile = option('--report')
const report = (outcome: BuildReport) => reportFile && fs.writeFileSync(reportFile, JSON.stringify(outcome))

if (args.includes('--if-missing') && fs.existsSync(path.join(staticDirOf(path.resolve(rootDir, outDir ?? env.siteOut())), 'index.html'))) {
  console.log('The public site is built already: not rebuilt.')
  process.exit(0)
}

try {
  const result = await buildSite({ log: (line) => console.log(line), seed: !args.includes('--no-seed'), outDir, localPreview: env.localPreview() })
  report({ ok: true, outDir: result.outDir, pages: result.pages, reusedPages: result.reusedPages, bytes: result.bytes, ms: result.ms })
  const mb = (result.bytes / 1024 / 1024).toFixed(1)
  console.log(
    `Built ${result.pages} pages in ${(result.ms / 1000).toFixed(1)} s, ${mb} MB, in ${path.relative(process.cwd(), result.outDir) || result.outDir}/`,
  )
  process.exit(0)
} catch (error) {
  if (error instanceof SiteBuildError) {
    report({ ok: false, step: error.step, error: error.message, hint: error.hint })
    console.error(`\nBuild failed (${error.step}):\n${error.message}\n\nWhat to do: ${error.hint}`)
  } else {
    report({ ok: false, step: 'build', error: String((error as Error)?.stack ?? error), hint: '' })
    console.error('\nBuild failed:', error)
  }
  process.exit(1)
}
