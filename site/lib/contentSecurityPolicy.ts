/**
 * The public site's Content-Security-Policy: only this site's own files, no
 * inline script or style, no plugins, no framing. Astro (`security.csp` in
 * astro.config.mjs) writes it into every page's <meta>, adding the hashes of
 * the few scripts it may inline itself; site/integrations/securityHeaders.ts
 * copies the pages' policies into `_headers` for static hosts that read one,
 * and site/server/serveSite.ts sends that file's headers.
 * @see https://docs.astro.build/en/reference/configuration-reference/#securitycsp
 */
import { searchUrl } from '../../cms/domain/urls'

/** Directives besides script-src and style-src (Astro writes those: 'self' plus its hashes). */
export const cspDirectives = [
  "default-src 'self'",
  "img-src 'self'",
  "font-src 'self'",
  "connect-src 'self'",
  "media-src 'none'",
  "object-src 'none'",
  "frame-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
] as const

/**
 * Script sources a page needs beyond 'self', by its path: search compiles Pagefind's WebAssembly,
 * in its worker. A worker runs under the policy of its own script's response, which static hosts
 * take from `_headers`: the union of the pages' policies, so the search page's entry reaches it.
 */
export function extraScriptSources(pathname: string): string[] {
  return pathname === searchUrl() ? ["'wasm-unsafe-eval'"] : []
}

/** What a <meta> policy cannot say (browsers ignore frame-ancestors there): headers only. */
export const headerOnlyDirectives = ["frame-ancestors 'none'"] as const

/** Sent with every file, beside the policy. */
export const securityHeaders: Record<string, string> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'X-Frame-Options': 'DENY',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
}
