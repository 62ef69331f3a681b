import fs from 'node:fs'
import { createRequire } from 'node:module'
import os from 'node:os'
import path from 'node:path'

import { chromium, type BrowserContext, type Page } from 'playwright-core'

import { rootDir } from '../../cms/paths'

/** Debian's Chromium; `npx playwright install` cannot download a browser here. */
export const chromiumPath = '/usr/bin/chromium'

const inCi = Boolean(process.env.CI) && process.env.CI !== 'false'

/**
 * Whether browser tests run: where Chromium is installed, and always in CI
 * (there a missing browser fails the test instead of skipping it).
 */
export const browserTestsRun = fs.existsSync(chromiumPath) || inCi

/** Why browser tests are skipped, printed once per file, or undefined when they run. */
export const browserSkipReason = browserTestsRun ? undefined : `Chromium is missing at ${chromiumPath} (apt-get install -y chromium); browser tests skipped.`
if (browserSkipReason) console.warn(browserSkipReason)

/** Where screenshots go: git-ignored tmp/, so they can be looked at after the run. */
export const screenshotDir = path.join(rootDir, 'tmp', 'screenshots')

/** Headless Chromium with a throwaway profile; close() removes the profile too. */
export async function launchBrowser(viewport = { width: 1280, height: 900 }): Promise<BrowserContext> {
  if (!fs.existsSync(chromiumPath)) throw new Error(`Chromium is missing at ${chromiumPath}; CI installs it with apt-get install -y chromium.`)
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'huibian-chromium-'))
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    viewport,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
  })
  // Chromium may still be writing its profile as it exits: retry, and never fail a test over a temp folder.
  context.on('close', () => fs.rm(profile, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 }, () => undefined))
  return context
}

/** Saves a full-page screenshot as tmp/screenshots/<name>.png and returns its path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  fs.mkdirSync(screenshotDir, { recursive: true })
  const file = path.join(screenshotDir, `${name.replace(/[^\p{L}\p{N}._-]+/gu, '-').slice(0, 120)}.png`)
  await page.screenshot({ path: file, fullPage: true })
  return file
}

const axeSource = () => fs.readFileSync(path.join(path.dirname(createRequire(import.meta.url).resolve('axe-core')), 'axe.min.js'), 'utf8')

/**
 * Runs axe on the page as loaded and returns its violations as "rule ×nodes".
 * axe is injected as an inline script, which the site's CSP rightly blocks:
 * open the page with `bypassCSP: true`.
 */
export async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: axeSource() })
  return page.evaluate(async () => {
    const result = await (window as unknown as { axe: { run: (ctx: Document) => Promise<{ violations: { id: string; nodes: unknown[] }[] }> } }).axe.run(
      document,
    )
    return result.violations.map((v) => `${v.id} ×${v.nodes.length}`)
  })
}
