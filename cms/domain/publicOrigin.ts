/**
 * The site's public origin (https://host): every permalink, QR code, feed and
 * sitemap entry is built on it, so a build must not publish with one that
 * only works on the building machine.
 */

const localHosts = /^(localhost|127(?:\.\d+){3}|0\.0\.0\.0|\[::1?\]|[^.]+\.local|[^.]+)$/i

/** Why a value cannot be the public origin (in English for logs, in Chinese for editors), or undefined when it can. */
export function publicOriginProblem(value: string): { en: string; zh: string } | undefined {
  let url: URL
  try {
    url = new URL(value)
  } catch {
    return { en: `"${value}" is not a URL`, zh: '请填写完整的网址，如 https://huibian.example.gov.cn 。' }
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return { en: `"${value}" is not an http(s) URL`, zh: '网址须以 https:// 或 http:// 开头。' }
  if (localHosts.test(url.hostname))
    return { en: `"${value}" is a local address that readers cannot open`, zh: '这是本机地址，读者无法访问，请填写网站对外的域名。' }
  if (url.pathname !== '/' || url.search || url.hash)
    return { en: `"${value}" has a path; give the origin only (scheme and host)`, zh: '只填写网站根地址（协议和域名），不要带路径。' }
  return undefined
}
