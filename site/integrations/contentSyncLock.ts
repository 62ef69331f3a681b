import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { setTimeout as sleep } from 'node:timers/promises'

import type { AstroIntegration, AstroIntegrationLogger } from 'astro'

import { isRunning } from '../build/isRunning'

/**
 * Builds in one checkout take turns from the content sync until the bundle
 * is written. Astro keeps the map of the content layer's images in
 * `<root>/.astro/content-assets.mjs`, which every build's sync rewrites and
 * its bundler reads seconds later; `.astro/` cannot be moved (Astro 7.3).
 * Two builds of different CMS data (the tests' installations, a manual build
 * beside the warm builder) would otherwise bundle each other's map, and case
 * photos came out as plain `<img src="./x.png">` pointing at nothing.
 * Rendering, the long part, still runs side by side.
 * @see https://github.com/withastro/astro/issues/12992
 */
export function contentSyncLockIntegration(): AstroIntegration {
  let release: (() => void) | undefined
  const done = () => {
    release?.()
    release = undefined
  }
  return {
    name: 'huibian:content-sync-lock',
    hooks: {
      // Runs before the sync; `astro dev` and `astro check` write no bundle to protect.
      'astro:config:setup': async ({ config, command, logger }) => {
        if (command === 'build') release = await takeTurn(path.join(fileURLToPath(config.root), '.astro', 'content-sync.lock'), logger)
      },
      // Called once both environments are bundled, before the pages are rendered.
      'astro:build:ssr': done,
      'astro:build:done': done,
    },
  }
}

/**
 * Waits until `lock` can be created for this process; returns what removes
 * it. A lock whose process has ended (a build that crashed, or this process's
 * own failed build in the warm builder) is taken over.
 */
export async function takeTurn(lock: string, logger: Pick<AstroIntegrationLogger, 'info'>): Promise<() => void> {
  fs.mkdirSync(path.dirname(lock), { recursive: true })
  const mine = String(process.pid)
  let waited: number | undefined
  for (;;) {
    try {
      fs.writeFileSync(lock, mine, { flag: 'wx' })
      break
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
    }
    const holder = Number(readOr(lock, ''))
    // An empty lock is one being written, unless it has stayed empty (its writer died at once).
    const stale = holder ? holder === process.pid || !isRunning(holder) : Date.now() - mtimeOf(lock) > 5000
    if (stale) {
      fs.rmSync(lock, { force: true })
      continue
    }
    if (holder && waited === undefined) {
      waited = Date.now()
      logger.info(`waiting for another build in this checkout (process ${holder}) to finish its content sync and bundle`)
    }
    await sleep(200)
  }
  if (waited !== undefined) logger.info(`waited ${((Date.now() - waited) / 1000).toFixed(1)} s for the other build`)
  return () => {
    if (readOr(lock, '') === mine) fs.rmSync(lock, { force: true })
  }
}

function mtimeOf(file: string): number {
  try {
    return fs.statSync(file).mtimeMs
  } catch {
    return Date.now()
  }
}

function readOr(file: string, fallback: string): string {
  try {
    return fs.readFileSync(file, 'utf8')
  } catch {
    return fallback
  }
}
