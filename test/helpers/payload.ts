import type { Payload } from 'payload'

import { closePayload as closeCms, openPayload } from '../../cms/openPayload'
import { seedContent } from '../../cms/seed'
import { claimPreparedInstallation, testDatabase } from './preparedInstallation'

/** The password test accounts use: long enough, with upper and lower case, digits and a symbol. */
export const testPassword = 'Correct-Horse-Battery-42'

/** The real Payload on this test file's own database (see test/setup). */
export async function bootPayload(): Promise<Payload> {
  return openPayload()
}

/**
 * The real Payload with the bundled collection loaded: the run's first caller
 * seeds, later ones start on a copy of its database (test/helpers/preparedInstallation.ts).
 */
export async function seededPayload(): Promise<Payload> {
  const shared = await claimPreparedInstallation('seeded')
  const database = testDatabase()!
  if (shared?.role === 'copy') {
    await shared.copyInto({ database })
    return bootPayload()
  }
  try {
    const payload = await bootPayload()
    await seedContent(payload)
    await shared?.save({ database })
    return payload
  } catch (error) {
    shared?.abandon()
    throw error
  }
}

/** Drops this file's database when it is a throwaway MongoDB one; SQLite files go with the temp folder. */
export async function closePayload(payload: Payload | undefined): Promise<void> {
  if (!payload) return
  if (process.env.DATABASE_URL?.startsWith('mongodb')) {
    const mongoose = (payload.db as unknown as { connection?: { dropDatabase(): Promise<unknown> } }).connection
    await mongoose?.dropDatabase().catch(() => undefined)
  }
  await closeCms(payload)
}

/** An editor account, for reads and writes as staff. */
export async function createEditor(payload: Payload, role: 'editor' | 'admin' = 'editor') {
  const email = `${role}-${Math.random().toString(36).slice(2, 8)}@example.org`
  return payload.create({
    collection: 'users',
    data: { email, password: testPassword, role, name: role },
    overrideAccess: true,
  })
}
