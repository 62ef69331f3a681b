/**
 * Lighthouse's mobile performance audit (its default: a mid-range phone on a
 * slow 4G link, simulated) of pages of a built site, served from its folder
 * the way a static host serves it (text gzip-compressed), in Debian's
 * Chromium. For `npm run bench` (issue 17: the search page ≥ 95); nothing
 * here asserts a budget.
 * @see https://github.com/GoogleChrome/lighthouse/blob/main/docs/readme.md#using-programmatically
 */
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import http from 'node:http'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { gzipSync } from 'node:zlib'

import lighthouse from 'lighthouse'

import { chromiumPath } from '../../test/helpers/browser'

export type LighthouseReport = { url: string; score: number; lcpMs: number; fcpMs: number; tbtMs: number; cls: number; transferBytes: number }

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.avif': 'image/avif',
  '.webp': 'image/webp',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.woff2': 'font/woff2',
}
const TEXT = /\.(html|css|js|json|svg)$/

function serve(siteDir: string): Promise<{ origin: string; close: () => Promise<void> }> {
  const server = http.createServer((req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname)
    let file = path.join(siteDir, pathname)
    if (pathname.endsWith('/')) file = path.join(file, 'index.html')
    if (!file.startsWith(siteDir + path.sep) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      res.writeHead(404).end()
      return
    }
    const body = fs.readFileSync(file)
    const gzip = TEXT.test(file) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))
    res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream', ...(gzip ? { 'content-encoding': 'gzip' } : {}) })
    res.end(gzip ? gzipSync(body) : body)
  })
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({
        origin: `http://127.0.0.1:${(server.address() as net.AddressInfo).port}`,
        close: () => new Promise((done) => server.close(() => done())),
      }),
    ),
  )
}

const freePort = () =>
  new Promise<number>((resolve) => {
    const probe = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo
      probe.close(() => resolve(port))
    })
  })

/** Chromium with its DevTools port open, as Lighthouse drives it. */
async function startChromium(): Promise<{ port: number; stop: () => void }> {
  const port = await freePort()
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'huibian-lighthouse-'))
  const child = spawn(
    chromiumPath,
    [
      '--headless=new',
      `--remote-debugging-port=${port}`,
      `--user-data-dir=${profile}`,
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      'about:blank',
    ],
    { stdio: 'ignore' },
  )
  const stop = () => {
    child.kill()
    fs.rmSync(profile, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 })
  }
  for (let tries = 0; tries < 100; tries += 1) {
    try {
      const answer = await fetch(`http://127.0.0.1:${port}/json/version`)
      if (answer.ok) return { port, stop }
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 100))
  }
  stop()
  throw new Error(`Chromium (${chromiumPath}) did not open its DevTools port`)
}

/** Audits each page (paths of the site, e.g. /search/) in a fresh tab, cold cache. */
export async function auditPages(siteDir: string, pages: string[]): Promise<LighthouseReport[]> {
  if (!fs.existsSync(chromiumPath)) {
    console.warn(`Chromium is missing at ${chromiumPath} (apt-get install -y chromium): no Lighthouse audit.`)
    return []
  }
  const site = await serve(siteDir)
  const chromium = await startChromium()
  try {
    const reports: LighthouseReport[] = []
    for (const page of pages) {
      const url = `${site.origin}${page}`
      const result = await lighthouse(url, { port: chromium.port, onlyCategories: ['performance'], output: 'json', logLevel: 'error' })
      if (!result) throw new Error(`Lighthouse gave no result for ${url}`)
      const { lhr } = result
      const audit = (id: string) => lhr.audits[id]?.numericValue ?? NaN
      reports.push({
        url: page,
        score: Math.round((lhr.categories.performance?.score ?? 0) * 100),
        lcpMs: Math.round(audit('largest-contentful-paint')),
        fcpMs: Math.round(audit('first-contentful-paint')),
        tbtMs: Math.round(audit('total-blocking-time')),
        cls: audit('cumulative-layout-shift'),
        transferBytes: Math.round(audit('total-byte-weight')),
      })
    }
    return reports
  } finally {
    chromium.stop()
    await site.close()
  }
}
