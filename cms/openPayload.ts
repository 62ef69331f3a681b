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

/**
 * Runs `use` with this process's Payload, closing it afterwards only when it
 * was opened for this call: a build step must not close the instance a test
 * or script in the same process is still using.
 */
export async function withPayload<T>(use: (payload: Payload) => Promise<T>): Promise<T> {
  const wasOpen = (globalThis as { _payload?: Map<string, unknown> })._payload?.has(payloadKey()) ?? false
  const payload = await openPayload()
  try {
    return await use(payload)
  } finally {
    if (!wasOpen) await closePayload(payload)
  }
}
