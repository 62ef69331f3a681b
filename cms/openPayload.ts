import { getPayload, type Payload } from 'payload'

import { sqliteUrl, databaseEngine } from './database'
import { env } from './env'
import config from './payload.config'

/**
 * The Payload instance for scripts, the site build and tests: the Local API,
 * in-process, on the database the environment names (migrated on init).
 */
export async function openPayload(): Promise<Payload> {
  // getPayload listens for Next's hot reloads outside production; scripts have none to hear.
  process.env.DISABLE_PAYLOAD_HMR ??= 'true'
  return getPayload({ config, key: payloadKey() })
}

/** One cached instance per database, so a process that switches databases (tests) gets a fresh one. */
export function payloadKey(): string {
  return databaseEngine() === 'mongodb' ? env.databaseUrl()! : sqliteUrl()
}

/**
 * Closes the connection and forgets the instance, so that a later
 * openPayload() in the same process starts a fresh one.
 */
export async function closePayload(payload: Payload): Promise<void> {
  await payload.destroy()
  const cache = (globalThis as { _payload?: Map<string, unknown> })._payload
  cache?.delete(payloadKey())
}
