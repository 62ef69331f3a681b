/**
 * The warm builder holds Astro, Vite and an open CMS (about 2 GB): it must not
 * outlive the CMS process that started it, even when that process dies
 * without a word (killed, out of memory), or every restart would leave one more.
 */
import { spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

import { afterAll, describe, expect, it } from 'vitest'

import { rootDir, tsxCli } from '../../cms/paths'
import { tempWorkDir } from '../helpers/site'

const work = tempWorkDir('huibian-warm-exit-')

afterAll(() => fs.rmSync(work, { recursive: true, force: true }))

/** Processes whose command line runs the warm builder and whose environment names `parent` as the CMS. */
function buildersOf(parent: number): number[] {
  return fs.readdirSync('/proc').flatMap((name) => {
    if (!/^\d+$/.test(name)) return []
    try {
      const command = fs.readFileSync(`/proc/${name}/cmdline`, 'utf8')
      const environment = fs.readFileSync(`/proc/${name}/environ`, 'utf8').split('\0')
      return command.includes('warmBuilder.ts') && environment.includes(`HUIBIAN_WARM_BUILDER_PARENT=${parent}`) ? [Number(name)] : []
    } catch {
      return []
    }
  })
}

const alive = (pid: number) => fs.existsSync(`/proc/${pid}`) && !/\) Z /.test(fs.readFileSync(`/proc/${pid}/stat`, 'utf8'))

describe('the warm builder', () => {
  it('leaves when the CMS that started it is killed', async () => {
    const script = path.join(work, 'cms.ts')
    fs.writeFileSync(
      script,
      `import { warmBuildRunner } from ${JSON.stringify(path.join(rootDir, 'cms', 'siteBuild', 'runners.ts'))}\n` +
        `warmBuildRunner({ outDir: ${JSON.stringify(path.join(work, 'dist'))} })\n` +
        `console.log('started')\nsetInterval(() => undefined, 1000)\n`,
    )
    const cms = spawn(process.execPath, [tsxCli, script], {
      cwd: rootDir,
      env: {
        ...process.env,
        HUIBIAN_DATA_DIR: path.join(work, 'data'),
        DATABASE_URL: `file:${path.join(work, 'data', 'huibian.db')}`,
        PAYLOAD_SECRET: randomBytes(32).toString('hex'),
      },
      stdio: ['ignore', 'pipe', 'inherit'],
    })
    await new Promise<void>((resolve, reject) => {
      cms.stdout!.on('data', (chunk: Buffer) => chunk.toString().includes('started') && resolve())
      cms.on('exit', (code) => reject(new Error(`the stand-in CMS exited (${code})`)))
    })
    // tsx's CLI runs the script in a child of its own: that child is the CMS the builder watches.
    // Only this stand-in's builders: other tests may run warm builders at the same time.
    let builders: number[] = []
    for (let tries = 0; tries < 100 && builders.length === 0; tries += 1) {
      await new Promise((r) => setTimeout(r, 100))
      const cmsPids = fs
        .readdirSync('/proc')
        .filter((n) => /^\d+$/.test(n))
        .map(Number)
        .filter((pid) => {
          try {
            return fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(script)
          } catch {
            return false
          }
        })
      builders = cmsPids.flatMap((pid) => buildersOf(pid))
    }
    expect(builders.length).toBeGreaterThan(0)

    // SIGKILL to the whole stand-in CMS (tsx's CLI and its child): no handler runs, no message is sent.
    for (const pid of fs
      .readdirSync('/proc')
      .filter((n) => /^\d+$/.test(n))
      .map(Number)) {
      try {
        if (fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(script)) process.kill(pid, 'SIGKILL')
      } catch {
        // gone already
      }
    }
    // It notices within a second once its modules are loaded, which can take minutes on a loaded machine;
    // waiting longer costs nothing when it leaves at once.
    const deadline = Date.now() + 150_000
    while (builders.some(alive) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200))
    expect(builders.filter(alive)).toEqual([])
  }, 240_000)
})
