/**
 * Vitest global setup: a folder for the run's prepared installation, which the
 * browser tests' admins share (test/helpers/preparedInstallation.ts).
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { TestProject } from 'vitest/node'

declare module 'vitest' {
  export interface ProvidedContext {
    preparedInstallationDir: string
  }
}

export default function setup(project: TestProject) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'huibian-prepared-'))
  project.provide('preparedInstallationDir', dir)
  return () => fs.rmSync(dir, { recursive: true, force: true })
}
