/**
 * npm start: the whole system on the embedded default.
 * 1. prepares the database (migrations; the bundled collection when it is empty),
 * 2. builds the admin when its sources changed, and the public site when there is none,
 * 3. serves the admin (Next, production mode) and the public site on a second port;
 *    publishing in the admin rebuilds the site (HUIBIAN_SITE_REBUILD=local).
 * Options: --no-seed (an empty database stays empty). Environment: PORT, SITE_PORT,
 * HUIBIAN_SITE_OUT (the site's folder, dist/ by default; rebuilds write there too).
 */
import fs from 'node:fs'
import { createRequire } from 'node:module'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'

import { env } from '../env'
import { closePayload, openPayload, withPayload } from '../openPayload'
import { rootDir, tsxCli } from '../paths'
import { describeSummary, seedContent, seedOrder } from '../seed'
import { recordStartupBuild } from '../siteBuild'
import type { BuildReport } from '../siteBuild/buildReport'
import { ensureAdminBuild } from './adminBuild'
import { runCommand, startCommand } from './runCommand'

const log = (line: string) => console.log(line)
const started = Date.now()
const port = env.port()
const sitePort = env.sitePort()
const outDir = path.resolve(rootDir, env.siteOut())
const seedWhenEmpty = !process.argv.slice(2).includes('--no-seed')
const cmsUrl = env.cmsUrl()
const siteUrl = env.sitePreviewUrl()

function fail(message: string): never {
  console.error(`\nCould not start huibian: ${message}`)
  process.exit(1)
}

async function portIsFree(p: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = net.createServer().once('error', () => resolve(false))
    probe.listen(p, () => probe.close(() => resolve(true)))
  })
}

for (const [p, name, variable] of [
  [port, 'admin', 'PORT'],
  [sitePort, 'site', 'SITE_PORT'],
] as const) {
  if (!(await portIsFree(p))) fail(`port ${p} (the ${name}) is in use. Stop what uses it, or choose another: ${variable}=${p + 1} npm start`)
}

try {
  log('Preparing the database…')
  const payload = await openPayload()
  const counts = await Promise.all(seedOrder.map((c) => payload.count({ collection: c, overrideAccess: true })))
  if (seedWhenEmpty && counts.every((c) => c.totalDocs === 0)) {
    log('The database is empty: loading the bundled collection from content/…')
    const summary = await seedContent(payload, {
      onProgress: (collection, done, total) => done === total && log(`  ${collection}: ${total}`),
    })
    log(`  ${describeSummary(summary)}`)
  }
  await closePayload(payload)

  const admin = await ensureAdminBuild(log)
  log(admin === 'built' ? 'Admin built.' : 'Admin build is current.')

  // The site is the site's own program (site/cli): built here only when the folder has none yet.
  // Its report (written only when it built) goes to 站点构建, so the desk shows this build too.
  const reportFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'huibian-start-build-')), 'report.json')
  const buildLog: string[] = []
  const startedAt = new Date()
  try {
    await runCommand(
      process.execPath,
      [tsxCli, path.join(rootDir, 'site', 'cli', 'build.ts'), '--no-seed', '--if-missing', '--out', outDir, '--report', reportFile],
      {
        label: 'The site build',
        env: { HUIBIAN_LOCAL_PREVIEW: siteUrl },
        onLine: (line) => (buildLog.push(line), log(`  ${line}`)),
      },
    )
    const report = fs.existsSync(reportFile) ? (JSON.parse(fs.readFileSync(reportFile, 'utf8')) as BuildReport) : undefined
    if (report?.ok) await withPayload((p) => recordStartupBuild(p, { startedAt, ms: report.ms, pages: report.pages, log: buildLog }))
  } catch (error) {
    // An empty installation (npm start -- --no-seed) has nothing to publish yet: the admin still starts.
    if (seedWhenEmpty) throw error
    log(`The public site is not built yet (${(error as Error).message.split('\n')[0]}); publishing in the admin builds it.`)
  } finally {
    fs.rmSync(path.dirname(reportFile), { recursive: true, force: true })
  }
} catch (error) {
  fail(`${(error as Error).message}\nFix the problem above and run \`npm start\` again. \`npm run seed\` reports content errors file by file.`)
}

const siteServer = startCommand(process.execPath, [tsxCli, path.join(rootDir, 'site', 'cli', 'serve.ts'), '--out', outDir, '--port', String(sitePort)], {
  inherit: true,
})
siteServer.on('exit', (code) => {
  console.error(`\nThe public site's server stopped (exit ${code}); see its message above. Stopping huibian.`)
  server?.kill('SIGTERM')
  process.exit(1)
})

const next = createRequire(import.meta.url).resolve('next/dist/bin/next')
const server = startCommand(process.execPath, [next, 'start', path.join(rootDir, 'cms'), '-p', String(port)], {
  env: {
    NODE_ENV: 'production',
    NEXT_TELEMETRY_DISABLED: '1',
    HUIBIAN_SITE_REBUILD: env.siteRebuildUrl() ? undefined : 'local',
    // Scheduled publishing and calendar rebuilds run in this process (cms/jobs).
    HUIBIAN_JOBS_AUTORUN: env.jobsAutorun() === '0' ? '0' : '1',
    // The publish hook's rebuilds replace the folder this process serves.
    HUIBIAN_SITE_OUT: outDir,
    // Publishing rebuilds this preview: a local origin is allowed, and the build says so.
    HUIBIAN_LOCAL_PREVIEW: siteUrl,
    SITE_PREVIEW_URL: siteUrl,
    CMS_URL: cmsUrl,
  },
  inherit: true,
})
// Next starts Payload on its first request; until then no scheduled job would run.
await wakeCms(`http://127.0.0.1:${port}/api/users/me`)
log(`\n汇编管理后台 (admin):  ${cmsUrl}/admin`)
log(`公开网站 (public site): ${siteUrl}/`)
log('Scheduled publishing runs in the admin process: due jobs are checked every 5 s.')
if (!env.publicSiteUrl()) {
  log(
    '  Local preview: unless 站点设置 → 公开网址 is set, its permalinks, QR codes and feeds are local links that work only on this machine. Set SITE_URL (or 公开网址) before publishing with `npm run build`.',
  )
}
log(`Ready in ${((Date.now() - started) / 1000).toFixed(0)} s. Publishing in the admin rebuilds the site. Ctrl+C stops.`)

async function wakeCms(url: string) {
  for (let attempt = 0; attempt < 240; attempt += 1) {
    if (server.exitCode !== null) return
    const ok = await fetch(url).then(
      (r) => r.status < 500,
      () => false,
    )
    if (ok) return
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  console.warn('The admin did not answer within 2 minutes; scheduled jobs start with its first request.')
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    siteServer.removeAllListeners('exit')
    siteServer.kill(signal)
    server.kill(signal)
  })
}
server.on('exit', (code) => {
  siteServer.removeAllListeners('exit')
  siteServer.kill('SIGTERM')
  process.exit(code ?? 0)
})
