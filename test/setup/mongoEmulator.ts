/**
 * Vitest global setup: with HUIBIAN_TEST_ENGINE=mongodb-emulator, starts the
 * MongoDB wire-protocol emulator (test/mongo-emulator) for the whole run and
 * hands its address to every test file (see isolatedDatabase.ts).
 */
import type { TestProject } from 'vitest/node'

import { startMongoEmulator } from '../mongo-emulator/server'

declare module 'vitest' {
  export interface ProvidedContext {
    mongoEmulatorUrl: string
  }
}

export default async function setup(project: TestProject) {
  if (process.env.HUIBIAN_TEST_ENGINE !== 'mongodb-emulator') return
  const emulator = await startMongoEmulator()
  project.provide('mongoEmulatorUrl', emulator.url)
  return () => emulator.stop()
}
