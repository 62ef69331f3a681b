import { createHash } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { pathToFileURL } from 'node:url'

import { parse, type HTMLElement } from 'node-html-parser'
import type { Payload } from 'payload'

import { rootDir } from '../../cms/paths'
import { buildSite, type BuildResult } from '../../site/build/buildSite'
import { bootPayload, seededPayload } from './payload'
import { claimPreparedInstallation, testDatabase } from './preparedInstallation'

/** The public URL test builds use: absolute permalinks are easy to tell from relative links. */
export const testSiteUrl = 'https://huibian.example.org'

export type TestSite = BuildResult & { log: string[]; dir: string }

/**
 * The real `astro build` (through the safe build pipeline) on this test
 * file's database, into a temporary folder with its own content cache
 * (or the given one, to build again incrementally).
 */
export async function buildTestSite(options: { outDir?: string; cacheDir?: string; env?: Record<string, string> } = {}): Promise<TestSite> {
  const work = tempWorkDir('huibian-site-')
  const log: string[] = []
  const result = await buildSite({
    outDir: options.outDir ?? path.join(work, 'dist'),
    cacheDir: options.cacheDir ?? path.join(work, 'cache'),
    env: { SITE_URL: testSiteUrl, ...options.env },
    log: (line) => log.push(line),
  })
  return { ...result, log, dir: result.siteDir }
}

/**
 * The bundled collection in this test file's database, and the site that
 * buildTestSite() builds from it (in `<folder>/dist`, its cache in
 * `<folder>/cache`). The first file of a run that asks seeds and builds;
 * later ones get a copy of that database and of that build's files
 * (test/helpers/preparedInstallation.ts): the same data, the same site,
 * without seeding and building it again. A copy's cache still serves a
 * later build, but Astro renders its case pages again (their cache keys hold
 * the cache's own path): a test of what an incremental build reuses builds
 * its own first site.
 */
export async function seededSite(): Promise<{ payload: Payload; site: TestSite }> {
  const shared = await claimPreparedInstallation('site')
  const database = testDatabase()!
  if (shared?.role === 'copy') {
    const work = tempWorkDir('huibian-site-')
    await shared.copyInto({ database, work })
    const site = JSON.parse(fs.readFileSync(path.join(work, 'site.json'), 'utf8')) as TestSite
    return { payload: await bootPayload(), site }
  }
  try {
    const payload = await seededPayload()
    const site = await buildTestSite()
    const work = path.dirname(site.outDir)
    fs.writeFileSync(path.join(work, 'site.json'), JSON.stringify(site))
    await shared?.save({ database, work })
    return { payload, site }
  } catch (error) {
    shared?.abandon()
    throw error
  }
}

/** The environment of a build whose clock runs `days` ahead (test/helpers/shiftedClock.mjs). */
export function clockShiftedBy(days: number): Record<string, string> {
  const preload = pathToFileURL(path.join(rootDir, 'test', 'helpers', 'shiftedClock.mjs')).href
  return { NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --import=${preload}`.trim(), HUIBIAN_TEST_CLOCK_SHIFT_MS: String(days * 86_400_000) }
}

/**
 * A temporary folder for a build. The build runs its prerender bundle from
 * inside its output, so that bundle must find the project's node_modules from
 * there: we link it in.
 */
export function tempWorkDir(prefix: string): string {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), prefix))
  fs.symlinkSync(path.join(rootDir, 'node_modules'), path.join(work, 'node_modules'), 'dir')
  return work
}

/** The file a URL path is served from. */
export function fileOf(dir: string, urlPath: string): string {
  const clean = decodeURIComponent(urlPath.split('#')[0]!)
  return path.join(dir, clean.endsWith('/') ? `${clean}index.html` : clean)
}

export function page(dir: string, urlPath: string): HTMLElement {
  return parse(fs.readFileSync(fileOf(dir, urlPath), 'utf8'))
}

export const texts = (root: HTMLElement, selector: string) => root.querySelectorAll(selector).map((e) => e.text.trim())

export function allFiles(dir: string): string[] {
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => path.join(d.parentPath, d.name))
}

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  // Browsers run a module script only when it is served as JavaScript.
  '.js': 'text/javascript; charset=utf-8',
  '.xml': 'application/xml',
  '.json': 'application/json',
  '.avif': 'image/avif',
  '.webp': 'image/webp',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
}

/** Serves a built site on a free loopback port, as a static host would (404.html for unknown paths). */
export async function serveDir(dir: string): Promise<{ url: string; close: () => Promise<void> }> {
  const http = await import('node:http')
  const server = http.createServer((req, res) => {
    const file = fileOf(dir, new URL(req.url ?? '/', 'http://localhost').pathname)
    const found = file.startsWith(dir) && fs.existsSync(file) && fs.statSync(file).isFile()
    res.writeHead(found ? 200 : 404, { 'content-type': contentTypes[found ? path.extname(file) : '.html'] ?? 'application/octet-stream' })
    res.end(fs.readFileSync(found ? file : path.join(dir, '404.html')))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as { port: number }
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(() => resolve())) }
}

/** Every file of a folder with a hash of its bytes, by path under the folder: two sites compared byte for byte. */
export function fingerprint(dir: string): Record<string, string> {
  return Object.fromEntries(allFiles(dir).map((file) => [path.relative(dir, file), createHash('sha1').update(fs.readFileSync(file)).digest('hex')]))
}
