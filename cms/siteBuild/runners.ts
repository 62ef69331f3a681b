import { spawn } from 'node:child_process'
import path from 'node:path'
import readline from 'node:readline'

import { rootDir, tsxCli } from '../paths'
import type { RebuildOutcome, RebuildRunner } from './rebuildQueue'

const LOG_LINES = 200

/**
 * Builds the site on this machine with the same command as `npm run build`
 * (without seeding), in a child process so the admin stays responsive. The
 * build swaps dist/ only when it passed.
 */
export function localBuildRunner(options: { outDir?: string; env?: NodeJS.ProcessEnv } = {}): RebuildRunner {
  return () =>
    new Promise<RebuildOutcome>((resolve) => {
      const args = [tsxCli, path.join(rootDir, 'site', 'cli', 'build.ts'), '--no-seed']
      if (options.outDir) args.push('--out', options.outDir)
      const child = spawn(process.execPath, args, {
        cwd: rootDir,
        env: { ...process.env, ...options.env, NO_COLOR: '1' },
        stdio: ['ignore', 'pipe', 'pipe'],
      })
      const log: string[] = []
      const keep = (line: string) => {
        log.push(line)
        if (log.length > LOG_LINES) log.shift()
      }
      readline.createInterface({ input: child.stdout }).on('line', keep)
      readline.createInterface({ input: child.stderr }).on('line', keep)
      child.on('error', (error) => resolve({ ok: false, error: error.message, log }))
      child.on('close', (code) => {
        if (code === 0) {
          const pages = Number(/Built (\d+) pages/.exec(log.join('\n'))?.[1])
          resolve({ ok: true, pages: Number.isFinite(pages) ? pages : undefined, log })
        } else {
          const failed = log.findIndex((l) => l.startsWith('Build failed'))
          resolve({ ok: false, error: (failed >= 0 ? log.slice(failed) : log.slice(-15)).join('\n').trim(), log })
        }
      })
    })
}

/** For hosted setups: asks a deploy hook (SITE_REBUILD_URL) to rebuild. */
export function webhookRunner(url: string): RebuildRunner {
  return async (reasons) => {
    try {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ source: 'huibian', reasons }),
        signal: AbortSignal.timeout(30_000),
      })
      const text = (await response.text()).slice(0, 2000)
      if (!response.ok) return { ok: false, error: `部署钩子返回 ${response.status}：${text}`, log: [text] }
      return { ok: true, log: [`POST ${new URL(url).host} → ${response.status}`, text] }
    } catch (error) {
      return { ok: false, error: `无法调用部署钩子：${(error as Error).message}`, log: [] }
    }
  }
}
