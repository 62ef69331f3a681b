/**
 * Shared-link cards are started all at once, before Astro renders a page;
 * sharp draws them on libuv's thread pool, which every page's file writes
 * need too. Cards must be drawn a few at a time so that a file read started
 * after them is not queued behind all of them.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { afterAll, beforeAll, expect, it } from 'vitest'

import { ogCardFile, type OgCard } from '../../site/lib/ogImage/ogCard'

let cache: string
const previousCache = process.env.HUIBIAN_SITE_CACHE

beforeAll(() => {
  cache = fs.mkdtempSync(path.join(os.tmpdir(), 'huibian-og-queue-'))
  process.env.HUIBIAN_SITE_CACHE = cache
})
afterAll(() => {
  if (previousCache === undefined) delete process.env.HUIBIAN_SITE_CACHE
  else process.env.HUIBIAN_SITE_CACHE = previousCache
  fs.rmSync(cache, { recursive: true, force: true })
})

it('draws every card, and a file read started after them does not wait for all of them', async () => {
  const cards: OgCard[] = Array.from({ length: 24 }, (_, i) => ({ kicker: '排队测试', title: `第${i + 1}张分享卡片`, lines: ['某某单位'], footer: '汇编' }))
  let drawn = 0
  const files = cards.map((card) =>
    ogCardFile(card).then((file) => {
      drawn += 1
      return file
    }),
  )
  await fs.promises.readFile(path.join(import.meta.dirname, 'ogCardQueue.test.ts'))
  expect(drawn).toBeLessThan(cards.length / 2)
  const drawnFiles = await Promise.all(files)
  expect(new Set(drawnFiles).size).toBe(cards.length)
  for (const file of drawnFiles) expect(fs.statSync(file).size).toBeGreaterThan(1000)
})
