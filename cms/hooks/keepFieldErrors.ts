import type { AfterErrorHook } from 'payload'

type FieldErrorData = { errors: { path?: string; message: string }[] }

const hasFieldErrors = (error: Error & { data?: unknown; status?: number }): error is Error & { data: FieldErrorData; status: number } =>
  error.status === 400 && Array.isArray((error.data as FieldErrorData | undefined)?.errors)

/**
 * Keeps each field's path and message in the REST answer of a refused save,
 * which is what lets the admin mark the field (not only show a toast).
 * Under `next build`, Payload's error formatter fails to recognise a
 * ValidationError made outside its own bundle copy (an `instanceof` check, the
 * class name minified) and drops `data`; upstream payloadcms/payload#17298
 * (also #7140). This answers such an error as Payload itself does in dev mode.
 */
export const keepFieldErrors: AfterErrorHook = ({ error, result }) => {
  if (!hasFieldErrors(error) || result?.errors?.some((e) => 'data' in e && e.data)) return
  return {
    response: { errors: [{ name: 'ValidationError', message: error.message, data: error.data }] },
    status: error.status,
  }
}
