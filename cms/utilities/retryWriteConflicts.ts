/**
 * MongoDB answers two transactions that write the same document with a
 * WriteConflict labelled TransientTransactionError, and expects the whole
 * transaction to be run again. Payload's Local API does not retry
 * (https://github.com/payloadcms/payload/issues/16766), so writes that can
 * meet one run through this. SQLite never raises it: there it is one try.
 */
export async function retryingWriteConflicts<T>(write: () => Promise<T>, attempts = 5): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await write()
    } catch (error) {
      if (attempt >= attempts || !isTransientTransactionError(error)) throw error
      // A short, growing, jittered pause lets the other transaction finish.
      await new Promise((resolve) => setTimeout(resolve, 20 * attempt + Math.random() * 30))
    }
  }
}

export function isTransientTransactionError(error: unknown): boolean {
  for (let e = error as { code?: unknown; errorLabels?: unknown; cause?: unknown } | undefined; e && typeof e === 'object'; e = e.cause as typeof e) {
    if (e.code === 112 || (Array.isArray(e.errorLabels) && e.errorLabels.includes('TransientTransactionError'))) return true
  }
  return false
}
