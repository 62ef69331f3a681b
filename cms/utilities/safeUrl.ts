/** Only web and mail links: no javascript:, data: or other schemes reach a reader. */
export const SAFE_URL_SCHEMES = ['http:', 'https:', 'mailto:'] as const

export const UNSAFE_URL_MESSAGE = '链接只能以 http://、https:// 或 mailto: 开头（或为站内路径）。'

export function isSafeUrl(value: string): boolean {
  const url = value.trim()
  // Browsers read "/\host" as "//host" (another site) and skip tabs and line breaks inside a scheme.
  // eslint-disable-next-line no-control-regex -- control characters are what this refuses
  if (/[\u0000-\u001F\u007F\\]/.test(url)) return false
  if (url.startsWith('/') && !url.startsWith('//')) return true
  if (url.startsWith('#')) return true
  try {
    return (SAFE_URL_SCHEMES as readonly string[]).includes(new URL(url).protocol)
  } catch {
    return false
  }
}

/** Payload `validate` for a URL field. */
export function safeUrl(value: unknown): true | string {
  if (value === null || value === undefined || value === '') return true
  if (typeof value !== 'string' || !isSafeUrl(value)) return UNSAFE_URL_MESSAGE
  return true
}
