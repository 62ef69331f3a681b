/**
 * npm start: the whole system on the embedded default. Prepares the database
 * (migrations, then the bundled collection when it is empty), builds the admin
 * when its sources changed, and serves it in production mode.
 */
import { createRequire } from 'node:module'
import path from 'node:path'

import { openPayload } from '../openPayload'
import { rootDir } from '../paths'
import { describeSummary, seedContent, seedOrder } from '../seed'
import { ensureAdminBuild } from './adminBuild'
import { startCommand } from './runCommand'

const log = (line: string) => console.log(line)
const started = Date.now()
const port = Number(process.env.PORT ?? 3000)

try {
  log('Preparing the database…')
  const payload = await openPayload()
  const counts = await Promise.all(seedOrder.map((c) => payload.count({ collection: c, overrideAccess: true })))
  if (counts.every((c) => c.totalDocs === 0)) {
    log('The database is empty: loading the bundled collection from content/…')
    const summary = await seedContent(payload, {
      onProgress: (collection, done, total) => done === total && log(`  ${collection}: ${total}`),
    })
    log(`  ${describeSummary(summary)}`)
  }
  await payload.destroy()

  const admin = await ensureAdminBuild(log)
  log(admin === 'built' ? 'Admin built.' : 'Admin build is current.')
} catch (error) {
  console.error(`\nCould not start huibian: ${(error as Error).message}`)
  console.error('Fix the problem above and run `npm start` again. `npm run seed` reports content errors file by file.')
  process.exit(1)
}

const next = createRequire(import.meta.url).resolve('next/dist/bin/next')
const server = startCommand(process.execPath, [next, 'start', path.join(rootDir, 'cms'), '-p', String(port)], {
  env: { NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1' },
  inherit: true,
})
log(`\n汇编管理后台 (admin): http://localhost:${port}/admin   (ready in ${((Date.now() - started) / 1000).toFixed(0)} s; Ctrl+C stops)`)

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    server.kill(signal)
  })
}
server.on('exit', (code) => process.exit(code ?? 0))
