/**
 * The warm builder keeps the search index's process (and that process its
 * shard workers) from one build to the next: it must not outlive the builder
 * that started it, even when the builder dies without a word, or every
 * killed builder would leave one more behind.
 */
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

import { afterAll, describe, expect, it } from 'vitest'

import { rootDir, tsxCli } from '../../cms/paths'
import { parentPidVariable } from '../../site/build/leaveWithParent'
import { tempWorkDir } from '../helpers/site'

const work = tempWorkDir('huibian-indexer-exit-')

afterAll(() => fs.rmSync(work, { recursive: true, force: true }))

const pids = () =>
  fs
    .readdirSync('/proc')
    .filter((n) => /^\d+$/.test(n))
    .map(Number)

const read = (pid: number, file: string) => {
  try {
    return fs.readFileSync(`/proc/${pid}/${file}`, 'utf8')
  } catch {
    return ''
  }
}

const alive = (pid: number) => fs.existsSync(`/proc/${pid}`) && !/\) Z /.test(read(pid, 'stat'))

describe('the resident search index', () => {
  it('leaves when the builder that started it is killed', async () => {
    const indexer = path.join(rootDir, 'site', 'build', 'searchIndex', 'indexFromCms.ts')
    const script = path.join(work, 'builder.ts')
    // A stand-in for the warm builder: it starts the resident indexer as residentSearchIndexStep does, then idles.
    fs.writeFileSync(
      script,
      `import { spawn } from 'node:child_process'\n` +
        `spawn(process.execPath, [${JSON.stringify(tsxCli)}, ${JSON.stringify(indexer)}, '--resident'], ` +
        `{ env: { ...process.env, ${parentPidVariable}: String(process.pid) }, stdio: ['ignore', 'ignore', 'inherit', 'ipc'] })\n` +
        `console.log('started')\nsetInterval(() => undefined, 1000)\n`,
    )
    const builder = spawn(process.execPath, [tsxCli, script], { cwd: rootDir, stdio: ['ignore', 'pipe', 'inherit'] })
    await new Promise<void>((resolve, reject) => {
      builder.stdout!.on('data', (chunk: Buffer) => chunk.toString().includes('started') && resolve())
      builder.on('exit', (code) => reject(new Error(`the stand-in builder exited (${code})`)))
    })
    let indexers: number[] = []
    for (let tries = 0; tries < 100 && indexers.length === 0; tries += 1) {
      await new Promise((r) => setTimeout(r, 100))
      // Only this stand-in's: other tests may run warm builders (and their indexers) at the same time.
      const standIn = new Set(pids().filter((pid) => read(pid, 'cmdline').includes(script)))
      const startedByStandIn = (pid: number) =>
        read(pid, 'environ')
          .split('\0')
          .some((v) => v.startsWith(`${parentPidVariable}=`) && standIn.has(Number(v.slice(parentPidVariable.length + 1))))
      indexers = pids().filter((pid) => read(pid, 'cmdline').includes(indexer) && startedByStandIn(pid))
    }
    expect(indexers.length).toBeGreaterThan(0)

    // SIGKILL to the stand-in builder (tsx's CLI and its child): no handler runs, no message is sent.
    for (const pid of pids()) if (read(pid, 'cmdline').includes(script)) process.kill(pid, 'SIGKILL')
    // It notices within a second once its modules are loaded, which can take minutes on a loaded machine;
    // waiting longer costs nothing when it leaves at once.
    const deadline = Date.now() + 150_000
    while (indexers.some(alive) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200))
    expect(indexers.filter(alive)).toEqual([])
  }, 240_000)
})
