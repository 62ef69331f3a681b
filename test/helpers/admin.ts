/**
 * The real admin, as `npm start` runs it, for browser tests: cms/cli/start.ts
 * in a child process on this test file's database (test/setup), with the
 * production admin build (built once per checkout and reused while cms/ is
 * unchanged, see cms/cli/adminBuild.ts), `next start` and the public site on
 * free ports, and publishing rebuilding that site into a temporary folder.
 *
 * Use it like this (one admin per test file). The first seeded admin of a run
 * seeds and builds the site at start; later ones start on a copy of that
 * installation (test/helpers/preparedInstallation.ts):
 *
 *   import { useAdmin } from '../helpers/admin'
 *   import { browserTestsRun } from '../helpers/browser'
 *
 *   describe.skipIf(!browserTestsRun)('withdrawing a case', () => {
 *     const admin = useAdmin({ seed: true })
 *     it('…', async () => {
 *       const editor = await admin.createUser('editor')
 *       const page = await admin.newPage()            // screenshotted if the test fails
 *       await admin.login(page, editor)
 *       await admin.open(page, '/admin/collections/cases')   // and its forms take input
 *       const since = new Date()
 *       … click 发布 …
 *       await admin.siteBuildAfter(since)             // the rebuild the click started
 *       expect((await fetch(admin.siteUrl + '/cases/…/')).status).toBe(200)
 *       await screenshot(page, 'withdraw-after')     // tmp/screenshots/…: look at it
 *     })
 *   })
 *
 * `admin.payload()` is the Local API on the same database, in the test's own
 * process, for setting up and checking data (SQLite in WAL mode takes both).
 * Open pages at http://localhost:<port>, not 127.0.0.1: that is the admin's
 * origin for CSRF and cookies.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import net from 'node:net'
import path from 'node:path'
import readline from 'node:readline'

import type { BrowserContext, Page } from 'playwright-core'
import type { Payload } from 'payload'
import { afterAll, afterEach, beforeAll } from 'vitest'

import { rootDir, tsxCli } from '../../cms/paths'
import { staticDirOf } from '../../site/build/buildSite'
import { launchBrowser, screenshot } from './browser'
import { formsReady, trackRequests } from './pageSettled'
import { bootPayload, closePayload, testPassword } from './payload'
import { claimPreparedInstallation, testDatabase } from './preparedInstallation'
import { tempWorkDir, testSiteUrl } from './site'

export type AdminOptions = {
  /** Load the bundled collection (content/) first, as a fresh clone's `npm start` does. Default false: an empty database. */
  seed?: boolean
  /**
   * Seed and build at start even when another admin of this run has done so, as a fresh clone's
   * first `npm start` does (when it is the first, the others copy its installation). Default false:
   * seeded admins start on a copy of the first one's database and site, as a second `npm start`
   * does (test/helpers/preparedInstallation.ts).
   */
  fresh?: boolean
  /** The publish hook's wait before a rebuild starts (default: the system's own, 2 s). */
  rebuildDebounceMs?: number
  /** Extra environment for the admin process. */
  env?: Record<string, string>
}

export type RunningAdmin = {
  /** http://localhost:<port> */
  origin: string
  /** http://localhost:<site port>: the public site as `npm start` serves it. */
  siteUrl: string
  /** The folder the served site is read from (replaced by each rebuild). */
  siteDir: string
  /** Everything the admin process printed, for failure messages. */
  output: string[]
  close(): Promise<void>
}

export type TestUser = { id: number | string; email: string; password: string; role: 'admin' | 'editor' }

/** A port nothing listens on now (the OS picks it). */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer().once('error', reject)
    server.listen(0, () => {
      const { port } = server.address() as net.AddressInfo
      server.close(() => resolve(port))
    })
  })
}

/** Starts `npm start` (cms/cli/start.ts) on free ports and waits until the admin answers. */
export async function startAdmin(options: AdminOptions = {}): Promise<RunningAdmin> {
  const work = tempWorkDir('huibian-admin-')
  const [port, sitePort] = [await freePort(), await freePort()]
  const origin = `http://localhost:${port}`
  const siteUrl = `http://localhost:${sitePort}`
  const outDir = path.join(work, 'dist')
  const shared = options.seed && !options.env ? await claimPreparedInstallation('admin', { copy: !options.fresh }) : undefined
  const installation = { database: testDatabase()!, work }
  if (shared?.role === 'copy') await shared.copyInto(installation)
  const child: ChildProcess = spawn(process.execPath, [tsxCli, path.join('cms', 'cli', 'start.ts'), ...(options.seed ? [] : ['--no-seed'])], {
    cwd: rootDir,
    // Its own process group, so close() also ends `next start` and any site build it runs.
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...process.env,
      PORT: String(port),
      SITE_PORT: String(sitePort),
      CMS_URL: origin,
      // A shared installation's pages must not depend on the port this admin's site got: a fixed public address.
      SITE_URL: shared ? testSiteUrl : siteUrl,
      SITE_PREVIEW_URL: siteUrl,
      HUIBIAN_SITE_OUT: outDir,
      HUIBIAN_SITE_CACHE: path.join(work, 'cache'),
      HUIBIAN_LOG_LEVEL: 'info',
      SITE_REBUILD_URL: '',
      NO_COLOR: '1',
      ...(options.rebuildDebounceMs === undefined ? {} : { SITE_REBUILD_DEBOUNCE_MS: String(options.rebuildDebounceMs) }),
      ...options.env,
    },
  })
  const output: string[] = []
  for (const stream of [child.stdout!, child.stderr!]) readline.createInterface({ input: stream }).on('line', (line) => output.push(line))
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)))
  const killGroup = (signal: NodeJS.Signals) => {
    try {
      process.kill(-child.pid!, signal)
    } catch {
      // Already gone.
    }
  }
  const onExit = () => killGroup('SIGKILL')
  process.once('exit', onExit)

  const close = async () => {
    process.off('exit', onExit)
    killGroup('SIGTERM')
    const timer = setTimeout(() => killGroup('SIGKILL'), 10_000)
    await exited
    clearTimeout(timer)
    fs.rmSync(work, { recursive: true, force: true })
  }

  // start.ts prints "Ready" when it has launched `next start`; the admin answers a moment later.
  const deadline = Date.now() + 15 * 60_000
  let answered = false
  while (!answered) {
    const code = await Promise.race([exited, new Promise<'waiting'>((resolve) => setTimeout(() => resolve('waiting'), 500))])
    if (code !== 'waiting') {
      if (shared?.role === 'prepare') shared.abandon()
      fs.rmSync(work, { recursive: true, force: true })
      throw new Error(`npm start exited (${code}) before the admin answered:\n${output.slice(-40).join('\n')}`)
    }
    if (Date.now() > deadline) {
      if (shared?.role === 'prepare') shared.abandon()
      await close()
      throw new Error(`The admin did not answer within 15 minutes:\n${output.slice(-40).join('\n')}`)
    }
    if (!output.some((line) => line.startsWith('Ready in'))) continue
    answered = await fetch(`${origin}/admin/login`, { redirect: 'manual' }).then(
      (response) => response.status < 500,
      () => false,
    )
  }
  if (shared?.role === 'prepare') await shared.save(installation)
  return { origin, siteUrl, siteDir: staticDirOf(outDir), output, close }
}

export type SiteBuildStatus = {
  status: string
  lastStartedAt?: string | null
  lastDurationMs?: number | null
  lastError?: string | null
  trigger?: string | null
}

/**
 * One real admin and one Chromium for the calling describe block (see the
 * file's comment). Pages opened with newPage() are screenshotted into
 * tmp/screenshots/ when the test fails, and closed after each test.
 */
export function useAdmin(options: AdminOptions = {}) {
  let running: RunningAdmin | undefined
  let browser: BrowserContext | undefined
  let payload: Payload | undefined
  let pages: Page[] = []
  let users = 0
  const problems: string[] = []

  beforeAll(async () => {
    running = await startAdmin(options)
    browser = await launchBrowser()
  }, 20 * 60_000)

  afterEach(async (context) => {
    if (context.task.result?.state === 'fail') {
      for (const [i, page] of pages.entries()) {
        if (page.isClosed()) continue
        const file = await screenshot(page, `failed-${path.basename(context.task.file.name, '.test.ts')}-${context.task.name}-${i + 1}`).catch(() => undefined)
        if (file) console.error(`Screenshot of the failed test: ${path.relative(rootDir, file)} (${page.url()})`)
      }
      console.error(`Admin output (last 30 lines):\n${running?.output.slice(-30).join('\n')}`)
    }
    await Promise.all(pages.map((page) => page.close().catch(() => undefined)))
    pages = []
  })

  afterAll(async () => {
    await browser?.close()
    await running?.close()
    await closePayload(payload)
  }, 60_000)

  const admin = () => {
    if (!running) throw new Error('The admin is not running (did beforeAll fail?)')
    return running
  }

  return {
    get origin() {
      return admin().origin
    },
    get siteUrl() {
      return admin().siteUrl
    },
    get siteDir() {
      return admin().siteDir
    },
    get output() {
      return admin().output
    },
    /** Script errors seen on the admin's pages (uncaught exceptions). */
    problems,
    /** An admin URL from a path, e.g. url('/admin/collections/cases'). */
    url: (pathAndQuery: string) => `${admin().origin}${pathAndQuery}`,

    /** Opens an admin page by its path and waits until its forms take input (see formsReady). */
    async open(page: Page, pathAndQuery: string): Promise<void> {
      await page.goto(`${admin().origin}${pathAndQuery}`)
      await formsReady(page)
    },

    /** A new tab in the shared browser; screenshotted when the test fails. */
    async newPage(viewport?: { width: number; height: number }): Promise<Page> {
      const page = await browser!.newPage()
      if (viewport) await page.setViewportSize(viewport)
      page.on('pageerror', (error) => problems.push(`${page.url()}: ${error.message}`))
      trackRequests(page)
      pages.push(page)
      return page
    },

    /** The Local API on the admin's database, opened once in this process. */
    async payload(): Promise<Payload> {
      payload ??= await bootPayload()
      return payload
    },

    /** A staff account made through the Local API, with a password the policy accepts. */
    async createUser(role: 'admin' | 'editor' = 'editor', name = role === 'admin' ? '管理员' : '编辑'): Promise<TestUser> {
      const local = await this.payload()
      const email = `${role}-${++users}-${Math.random().toString(36).slice(2, 6)}@example.org`
      const user = await local.create({ collection: 'users', data: { email, password: testPassword, role, name }, overrideAccess: true })
      return { id: user.id, email, password: testPassword, role }
    },

    /** Logs in (as this user only) through the admin's own login form and waits for the page after it. */
    async login(page: Page, user: Pick<TestUser, 'email' | 'password'>): Promise<void> {
      // The browser is shared by the file's tests: start from no session.
      await page.context().clearCookies()
      await this.open(page, '/admin/login')
      await page.locator('#field-email').fill(user.email)
      await page.locator('#field-password').fill(user.password)
      await page.locator('form button[type="submit"]').click()
      await page.waitForURL((url) => !url.pathname.startsWith('/admin/login'), { timeout: 30_000 })
    },

    /** The 站点构建 record as the server last wrote it. */
    async siteBuild(): Promise<SiteBuildStatus> {
      const local = await this.payload()
      return (await local.findGlobal({ slug: 'site-build', overrideAccess: true })) as SiteBuildStatus
    },

    /**
     * Waits for a site build that started at or after `since` to finish, and
     * returns its record. Fails when none starts within `startWithin` ms.
     */
    async siteBuildAfter(since: Date, { startWithin = 30_000, finishWithin = 5 * 60_000 } = {}): Promise<SiteBuildStatus> {
      const started = Date.now()
      // A rebuild asked for while an older one runs starts when that one ends: wait from then.
      let idleSince = started
      for (;;) {
        const record = await this.siteBuild()
        const startedAt = record.lastStartedAt ? new Date(record.lastStartedAt).getTime() : 0
        const ours = startedAt >= since.getTime() - 1000
        if (ours && (record.status === 'succeeded' || record.status === 'failed')) return record
        if (!ours && (record.status === 'building' || record.status === 'queued')) idleSince = Date.now()
        const waited = Date.now() - started
        if (!ours && Date.now() - idleSince > startWithin)
          throw new Error(`No site build started within ${startWithin / 1000} s (status: ${record.status}, trigger: ${record.trigger ?? '—'}).`)
        if (waited > startWithin + finishWithin) throw new Error(`The site build did not finish within ${finishWithin / 1000} s.`)
        await new Promise((resolve) => setTimeout(resolve, 250))
      }
    },
  }
}

export type AdminHarness = ReturnType<typeof useAdmin>
