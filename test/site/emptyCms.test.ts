/**
 * `npm run build` on a CMS with nothing published: the real CLI, the real
 * `astro build`. It must fail loudly, say what to do, and leave the previously
 * published site exactly as it was.
 */
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { tsxCli } from '../../cms/paths'
import { closePayload, bootPayload } from '../helpers/payload'
import { testSiteUrl } from '../helpers/site'

function runBuildCli(args: string[], env: Record<string, string>): Promise<{ code: number | null; out: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [tsxCli, 'site/cli/build.ts', ...args], {
      cwd: path.resolve(import.meta.dirname, '..', '..'),
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let out = ''
    child.stdout.on('data', (d) => (out += d))
    child.stderr.on('data', (d) => (out += d))
    child.on('error', reject)
    child.on('close', (code) => resolve({ code, out }))
  })
}

describe('npm run build on an empty CMS', () => {
  it('exits non-zero with a clear message and leaves the previous site untouched', async () => {
    // Migrate this file's fresh database, and publish nothing.
    await closePayload(await bootPayload())
    const work = fs.mkdtempSync(path.join(os.tmpdir(), 'huibian-empty-'))
    const outDir = path.join(work, 'dist')
    fs.mkdirSync(outDir)
    fs.writeFileSync(path.join(outDir, 'index.html'), '<p>the previous site</p>')

    const { code, out } = await runBuildCli(['--no-seed', '--out', outDir], {
      SITE_URL: testSiteUrl,
      HUIBIAN_SITE_CACHE: path.join(work, 'cache'),
    })

    expect(code).not.toBe(0)
    expect(out).toContain('Build failed')
    expect(out).toContain('The CMS has no published cases')
    expect(out).toMatch(/What to do: .*npm run seed/)
    expect(fs.readdirSync(work).sort()).toEqual(['cache', 'dist'].filter((d) => fs.existsSync(path.join(work, d))))
    expect(fs.readdirSync(outDir)).toEqual(['index.html'])
    expect(fs.readFileSync(path.join(outDir, 'index.html'), 'utf8')).toBe('<p>the previous site</p>')
    // The build CLI's start (tsx, Payload, migrations) alone can take minutes on a loaded machine.
  }, 300_000)
})
