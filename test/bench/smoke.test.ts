/**
 * The benchmark (npm run bench, issue 6) at 50 cases, with one Lighthouse
 * audit: it must run through every stage and report sane figures. It checks
 * that the bench works, not that times hold: those are for
 * `npm run bench -- --cases 10000`.
 */
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { describe, expect, it, onTestFinished } from 'vitest'

import type { BenchRun } from '../../bench/report'
import { rootDir, tsxCli } from '../../cms/paths'
import { chromiumPath } from '../helpers/browser'

// The generator's smallest spread (3 campaigns, 20 units, 2 features) with a page per case.
const cases = 50

// The bench's temporary folders, in the temporary folder it is given (another run on the machine has its own).
const benchFolders = (tmp: string) => fs.readdirSync(tmp).filter((f) => f.startsWith(`huibian-bench-${cases}-`))

describe(`npm run bench -- --cases ${cases} --one-audit`, () => {
  it('seeds, builds, measures and edits, then prints the table and writes the results', async () => {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'huibian-bench-smoke-'))
    onTestFinished(() => fs.rmSync(tmp, { recursive: true, force: true }))
    const results = path.join(tmp, 'results')
    const env: NodeJS.ProcessEnv = { ...process.env, TMPDIR: tmp }
    // The bench makes its own database and folders; the test file's must not leak into it.
    for (const key of ['DATABASE_URL', 'HUIBIAN_DATA_DIR', 'PAYLOAD_SECRET', 'HUIBIAN_SITE_OUT', 'HUIBIAN_SITE_CACHE']) delete env[key]
    let output = ''
    const code = await new Promise<number | null>((resolve) => {
      const child = spawn(process.execPath, [tsxCli, 'bench/run.ts', '--cases', String(cases), '--one-audit', '--results', results], {
        cwd: rootDir,
        env,
        stdio: ['ignore', 'pipe', 'pipe'],
        // Its own process group: a test that times out ends the bench and its stages too.
        detached: true,
      })
      onTestFinished(() => {
        try {
          if (child.exitCode === null && child.signalCode === null) process.kill(-child.pid!, 'SIGKILL')
        } catch {
          // Gone meanwhile.
        }
      })
      child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()))
      child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()))
      child.on('close', resolve)
    })
    expect(code, output.slice(-3000)).toBe(0)
    expect(output).toContain(`N = ${cases}`)
    expect(output).toMatch(/Targets \(set for 10,000 cases\)/)
    expect(output).toMatch(new RegExp(`^bench: ${cases} cases, build `, 'm'))

    const files = fs.readdirSync(results)
    expect(files).toHaveLength(1)
    const { runs } = JSON.parse(fs.readFileSync(path.join(results, files[0]!), 'utf8')) as { runs: BenchRun[] }
    const run = runs[0]!
    expect(run.cases).toBe(cases)
    for (const [name, stage] of Object.entries(run.stages)) {
      expect(stage.ms, name).toBeGreaterThan(0)
      expect(stage.peakBytes, name).toBeGreaterThan(10 * 1024 * 1024)
    }
    expect(run.stages.seed.casesPerSecond).toBeGreaterThan(0)
    expect(run.stages.cmsRead.counts.cases).toBe(cases)
    expect(run.site.casePages).toBe(cases)
    expect(run.site.htmlPages).toBeGreaterThan(cases)
    expect(run.pagesPerSecond).toBeGreaterThan(0)
    // A cold build typesets every 汇编 PDF, and the bench says how many pages and how long.
    expect(run.books!.typeset).toBeGreaterThan(0)
    expect(run.books!.pages).toBeGreaterThan(run.books!.typeset * 3)
    expect(run.books!.typesetMs).toBeGreaterThan(0)
    expect(run.dist.files).toBeGreaterThan(run.site.htmlPages)
    expect(run.searchIndex.bytes).toBeGreaterThan(0)
    expect(run.casePage.htmlGzip).toBeGreaterThan(1000)
    expect(run.casePage.jsGzip).toBe(0)
    for (const search of run.search) {
      expect(search.firstResults, search.name).toBeGreaterThan(0)
      expect(search.firstBytes, search.name).toBeGreaterThan(search.followUpBytes)
    }
    // The search page's Lighthouse audit ran, once, on the page opened with a query (where Chromium is installed: always in CI).
    if (fs.existsSync(chromiumPath)) {
      expect(run.lighthouse!.map((a) => a.url)).toEqual([`/search/?${run.search[0]!.first}`])
      expect(run.lighthouse![0]!.lcpMs).toBeGreaterThan(0)
    }
    expect(run.stages.edit!.liveMs).toBeGreaterThan(run.stages.edit!.debounceMs)
    expect(run.targets.length).toBeGreaterThan(5)
    // Its temporary folders are gone.
    expect(benchFolders(tmp)).toEqual([])
  }, 480_000)
})
