/**
 * npm run dev: the inner loop. Prepares the database as `npm start` does
 * (migrations; the bundled collection when it is empty), then runs the admin
 * in Next's development mode (changes to cms/ reload) and Astro's dev server
 * (changes to site/ reload). Astro reads the CMS when it starts: restart it to
 * see content edited in the admin, or use the admin's 预览 on `npm start`.
 */
import { createRequire } from 'node:module'
import path from 'node:path'

import { env } from '../env'
import { closePayload, openPayload } from '../openPayload'
import { rootDir } from '../paths'
import { describeSummary, seedContent, seedOrder } from '../seed'
import { startCommand } from './runCommand'

const log = (line: string) => console.log(line)
const require = createRequire(import.meta.url)

try {
  log('Preparing the database…')
  const payload = await openPayload()
  const counts = await Promise.all(seedOrder.map((c) => payload.count({ collection: c, overrideAccess: true })))
  if (counts.every((c) => c.totalDocs === 0)) {
    log('The database is empty: loading the bundled collection from content/…')
    log(`  ${describeSummary(await seedContent(payload))}`)
  }
  await closePayload(payload)
} catch (error) {
  console.error(`\nCould not start the dev servers: ${(error as Error).message}`)
  process.exit(1)
}

// Payload listens for Next's hot reloads in development; openPayload() turned that off for this process only.
const childEnv = { DISABLE_PAYLOAD_HMR: undefined, NEXT_TELEMETRY_DISABLED: '1', SITE_URL: env.siteUrl(), CMS_URL: env.cmsUrl() }
const next = require.resolve('next/dist/bin/next')
const astro = path.join(path.dirname(require.resolve('astro/package.json')), 'bin', 'astro.mjs')
const servers = [
  startCommand(process.execPath, [next, 'dev', path.join(rootDir, 'cms'), '-p', String(env.port())], {
    env: { ...childEnv, NODE_ENV: 'development' },
    inherit: true,
  }),
  startCommand(process.execPath, [astro, 'dev', '--port', String(env.sitePort())], { env: childEnv, inherit: true }),
]
log(`\n汇编管理后台 (admin, dev):  ${env.cmsUrl()}/admin`)
log(`公开网站 (site, dev):       ${env.sitePreviewUrl()}/`)

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => servers.forEach((server) => server.kill(signal)))
}
// One server stopping ends the loop.
for (const server of servers) {
  server.on('exit', (code) => {
    servers.forEach((other) => other !== server && other.kill('SIGTERM'))
    process.exit(code ?? 0)
  })
}
