import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

import { databaseEngine } from './database'
import { env } from './env'
import { dataDir } from './paths'

/**
 * PAYLOAD_SECRET signs logins. It is never committed: on the embedded default
 * one is generated into data/ on first run and reused; elsewhere it is required.
 */
export function payloadSecret(): string {
  const fromEnv = env.payloadSecret()
  if (fromEnv) {
    if (fromEnv.length < 32) throw new Error('PAYLOAD_SECRET is too short: use at least 32 random characters (e.g. `openssl rand -hex 32`).')
    return fromEnv
  }
  if (databaseEngine() !== 'sqlite') {
    throw new Error(
      'PAYLOAD_SECRET is not set. With DATABASE_URL pointing at MongoDB the secret must come from the environment: set PAYLOAD_SECRET to 32+ random characters (e.g. `openssl rand -hex 32`).',
    )
  }
  const file = path.join(dataDir, '.payload-secret')
  try {
    const saved = fs.readFileSync(file, 'utf8').trim()
    if (saved) return saved
  } catch {
    // First run: generate below.
  }
  const secret = randomBytes(32).toString('hex')
  fs.mkdirSync(dataDir, { recursive: true })
  try {
    fs.writeFileSync(file, `${secret}\n`, { mode: 0o600, flag: 'wx' })
    return secret
  } catch {
    // Another process wrote it first: use theirs.
    return fs.readFileSync(file, 'utf8').trim()
  }
}
