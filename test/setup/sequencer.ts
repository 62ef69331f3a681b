/**
 * The order test files start in, and the admin build started with the run.
 *
 * Browser files need the admin's production build (`next build`, about 100 s on
 * a fresh checkout, see cms/cli/adminBuild.ts). When the run has any, it starts
 * at once in the background at low priority (test/setup/buildAdmin.ts), and the files that
 * need no admin go first: the site and bench files (the longest of them),
 * then the browser files (adminLogin's first, see `groups`), which find the build done or wait for its lock,
 * then the rest (integration, security, unit: short files that fill in the end).
 * Within each group, Vitest's own order: the last run's durations where it has
 * them, otherwise the larger file first.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import { createRequire } from 'node:module'
import os from 'node:os'
import path from 'node:path'

import { BaseSequencer, type TestSpecification } from 'vitest/node'

// The admin that starts as a fresh clone's does (adminLogin) seeds and builds anyway: first among the
// browser files, its installation is the one the other admins copy (test/helpers/preparedInstallation.ts).
const groups = [/\/test\/(site|bench)\//, /\/test\/browser\/adminLogin\.test\.ts$/, /\/test\/browser\//]
const groupOf = (spec: TestSpecification) => {
  const found = groups.findIndex((pattern) => pattern.test(spec.moduleId))
  return found < 0 ? groups.length : found
}

let adminBuild: ChildProcess | undefined

function startAdminBuild(root: string) {
  const tsxCli = createRequire(path.join(root, 'package.json')).resolve('tsx/cli')
  // Its own process group: ending the run ends `next build` too (the lock it leaves is taken over).
  adminBuild = spawn(process.execPath, [tsxCli, path.join(root, 'test', 'setup', 'buildAdmin.ts')], { cwd: root, detached: true, stdio: 'ignore' })
  adminBuild.unref()
  // Below the test files' priority (`next build` inherits it): it takes the CPU they leave idle.
  try {
    os.setPriority(adminBuild.pid!, 10)
  } catch {
    // Not allowed here: it runs at normal priority.
  }
  process.once('exit', () => {
    if (adminBuild?.exitCode === null) {
      try {
        process.kill(-adminBuild.pid!, 'SIGKILL')
      } catch {
        // Already gone.
      }
    }
  })
}

export default class AdminFirstSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const root = this.ctx.config.root
    if (!adminBuild && files.some((spec) => /\/test\/browser\//.test(spec.moduleId)) && fs.existsSync('/usr/bin/chromium')) startAdminBuild(root)
    const sorted = await super.sort(files)
    return sorted
      .map((spec, i) => ({ spec, i }))
      .sort((a, b) => groupOf(a.spec) - groupOf(b.spec) || a.i - b.i)
      .map(({ spec }) => spec)
  }
}
