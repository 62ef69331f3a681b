import fs from 'node:fs/promises'
import path from 'node:path'

import { commitTransaction, createLocalReq, initTransaction, killTransaction, type Payload, type PayloadRequest } from 'payload'

import { mediaDir } from '../paths'

/**
 * Runs `write` in one database transaction as `user`: all of it is kept, or
 * none. Upload files are written to disk outside the database, so those a
 * failed write made (listed by `write` in `files`) are removed afterwards.
 */
export async function writeInTransaction<T>(
  payload: Payload,
  user: PayloadRequest['user'] | undefined,
  write: (req: PayloadRequest, files: string[]) => Promise<T>,
): Promise<T> {
  // `importing`: one site rebuild at the editor's publish, not one per write.
  const req = await createLocalReq({ user: user ?? undefined, context: { importing: true } }, payload)
  const files: string[] = []
  const ownTransaction = await initTransaction(req)
  try {
    const result = await write(req, files)
    if (ownTransaction) await commitTransaction(req)
    return result
  } catch (error) {
    if (ownTransaction) await killTransaction(req)
    await Promise.all(files.map((name) => fs.rm(path.join(mediaDir, path.basename(name)), { force: true })))
    throw error
  }
}
