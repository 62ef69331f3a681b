import { spawn, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { afterAll, describe, expect, it } from 'vitest'

import { takeTurn } from '../../site/integrations/contentSyncLock'

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'huibian-sync-lock-'))
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }))

const quiet = { info: () => {} }

describe('builds in one checkout taking turns over .astro/', () => {
  it('waits while another running build holds the turn, and takes it when that build releases it', async () => {
    const lock = path.join(dir, 'a', 'content-sync.lock')
    fs.mkdirSync(path.dirname(lock))
    // Another build: a live process that holds the lock for 1.5 s, then removes it.
    const other = spawn(process.execPath, [
      '-e',
      `const fs = require('fs'); fs.writeFileSync(${JSON.stringify(lock)}, String(process.pid)); setTimeout(() => fs.rmSync(${JSON.stringify(lock)}), 1500)`,
    ])
    await new Promise((resolve) => other.once('spawn', resolve))
    while (!fs.existsSync(lock)) await new Promise((resolve) => setTimeout(resolve, 20))

    const said: string[] = []
    const started = Date.now()
    const release = await takeTurn(lock, { info: (line) => said.push(line) })
    expect(Date.now() - started).toBeGreaterThan(1000)
    expect(fs.readFileSync(lock, 'utf8')).toBe(String(process.pid))
    expect(said[0]).toMatch(`process ${other.pid}`)
    release()
    expect(fs.existsSync(lock)).toBe(false)
  })

  it('takes over the turn of a build that died holding it, and never removes a turn that is not its own', async () => {
    const lock = path.join(dir, 'b', 'content-sync.lock')
    fs.mkdirSync(path.dirname(lock))
    const dead = spawnSync(process.execPath, ['-p', 'process.pid']).stdout.toString().trim()
    fs.writeFileSync(lock, dead)
    const release = await takeTurn(lock, quiet)
    expect(fs.readFileSync(lock, 'utf8')).toBe(String(process.pid))
    // Someone else's turn now (as after a takeover): releasing ours must leave it.
    fs.writeFileSync(lock, String(process.ppid))
    release()
    expect(fs.readFileSync(lock, 'utf8')).toBe(String(process.ppid))
  })
})
