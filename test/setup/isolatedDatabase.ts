/**
 * Runs before each test file: points Payload at a fresh, empty database of its
 * own, so tests never touch data/ and never see each other's documents.
 * With DATABASE_URL=mongodb://… (or HUIBIAN_TEST_ENGINE=mongodb-emulator) the
 * suite runs unchanged against MongoDB, in a throwaway database per test file.
 */
import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { inject } from 'vitest'

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'huibian-test-'))
process.env.HUIBIAN_DATA_DIR = dir
process.env.PAYLOAD_SECRET ??= randomBytes(32).toString('hex')
process.env.DISABLE_PAYLOAD_HMR = 'true'
process.env.HUIBIAN_LOG_LEVEL ??= 'warn'

const url = inject('mongoEmulatorUrl') || process.env.DATABASE_URL
if (url && /^mongodb(\+srv)?:\/\//.test(url)) {
  const mongo = new URL(url)
  mongo.pathname = `/huibian_test_${randomBytes(6).toString('hex')}`
  process.env.DATABASE_URL = mongo.toString()
} else {
  process.env.DATABASE_URL = `file:${path.join(dir, 'huibian.db')}`
}
