/**
 * Sends one file to an import endpoint the way Payload's multipart endpoints
 * read it (`file`, and the options as JSON in `_payload`), with the login
 * cookie. What cannot be read as the endpoint's JSON answer (no connection, a
 * proxy's error page) comes back as a message for the editor, in Chinese.
 */
export async function postImportFile<T>(endpoint: string, file: File, options: object): Promise<{ ok: true; answer: T } | { ok: false; message: string }> {
  const body = new FormData()
  body.set('file', file)
  body.set('_payload', JSON.stringify(options))
  let response: Response
  try {
    response = await fetch(endpoint, { method: 'POST', body, credentials: 'include' })
  } catch {
    return { ok: false, message: '无法连接服务器，请稍后重试。' }
  }
  try {
    return { ok: true, answer: (await response.json()) as T }
  } catch {
    return { ok: false, message: `服务器未能处理该文件（${response.status}）。` }
  }
}
