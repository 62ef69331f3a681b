import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { parse, type HTMLElement } from 'node-html-parser'

import { buildSite, type BuildResult } from '../../site/build/buildSite'

/** The public URL test builds use: absolute permalinks are easy to tell from relative links. */
export const testSiteUrl = 'https://huibian.example.org'

export type TestSite = BuildResult & { log: string[]; dir: string }

/**
 * The real `astro build` (through the safe build pipeline) on this test
 * file's database, into a temporary folder with its own content cache.
 */
export async function buildTestSite(options: { outDir?: string } = {}): Promise<TestSite> {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'huibian-site-'))
  const log: string[] = []
  const result = await buildSite({
    outDir: options.outDir ?? path.join(work, 'dist'),
    cacheDir: path.join(work, 'cache'),
    env: { SITE_URL: testSiteUrl },
    log: (line) => log.push(line),
  })
  return { ...result, log, dir: result.outDir }
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
