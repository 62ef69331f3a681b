import { defineConfig } from 'vitest/config'

import AdminFirstSequencer from './setup/sequencer.ts'

export default defineConfig({
  test: {
    root: new URL('..', import.meta.url).pathname,
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/setup/mongoEmulator.ts', 'test/setup/preparedInstallation.ts'],
    setupFiles: ['test/setup/isolatedDatabase.ts'],
    // Site and bench files first, then browser files, while the admin builds (test/setup/sequencer.ts).
    sequence: { sequencer: AdminFirstSequencer },
    // Each test file boots its own Payload on its own database; two cores, two workers.
    pool: 'forks',
    maxWorkers: 2,
    testTimeout: 60_000,
    hookTimeout: 180_000,
  },
})
