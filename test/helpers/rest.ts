import { handleEndpoints } from 'payload'

import { payloadKey } from '../../cms/openPayload'
import config from '../../cms/payload.config'
import { testPassword } from './payload'

export type RestResponse = { status: number; body: any; text: string; headers: Headers }

/**
 * Calls the real REST API in-process: the same handler Next serves under /api,
 * without a server. `token` makes the request as that logged-in user.
 */
export async function rest(
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE',
  path: string,
  { token, body, headers }: { token?: string; body?: unknown; headers?: Record<string, string> } = {},
): Promise<RestResponse> {
  const init: RequestInit = { method, headers: { ...headers } }
  if (token) (init.headers as Record<string, string>).Authorization = `JWT ${token}`
  // Bytes go as they are (with the caller's Content-Type), e.g. a multipart body serialised up front.
  if (body instanceof FormData || body instanceof Uint8Array) init.body = body as BodyInit
  else if (body !== undefined) {
    ;(init.headers as Record<string, string>)['Content-Type'] = 'application/json'
    init.body = JSON.stringify(body)
  }
  const response = await handleEndpoints({
    config,
    request: new Request(`http://localhost:3000/api${path}`, init),
    payloadInstanceCacheKey: payloadKey(),
  })
  const text = await response.text()
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch {
    parsed = undefined
  }
  return { status: response.status, body: parsed, text, headers: response.headers }
}

/** Logs in over REST and returns the token. */
export async function login(email: string, password = testPassword): Promise<string> {
  const res = await rest('POST', '/users/login', { body: { email, password } })
  if (res.status !== 200) throw new Error(`login failed: ${res.status} ${res.text}`)
  return res.body.token as string
}
