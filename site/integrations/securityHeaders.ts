import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import type { AstroIntegration } from 'astro'

import { headerOnlyDirectives, securityHeaders } from '../lib/contentSecurityPolicy'

const metaPolicy = /<meta http-equiv="content-security-policy" content="([^"]*)"/i

/** "a x y; b z" → { a: [x, y], b: [z] } */
function parsePolicy(policy: string): Map<string, string[]> {
  const directives = new Map<string, string[]>()
  for (const part of policy.split(';')) {
    const [name, ...values] = part.trim().split(/\s+/)
    if (name) directives.set(name.toLowerCase(), values)
  }
  return directives
}

/**
 * One policy that every page's own policy fits within: the union of the
 * pages' <meta> policies, plus frame-ancestors (which a <meta> cannot carry).
 * A browser enforces both the header and the page's <meta>, so each page
 * still gets exactly its own policy; static hosts add one set of headers to
 * every path, so a stricter per-page header would be joined, not replaced.
 */
export function sitePolicy(pagePolicies: string[]): string {
  const union = new Map<string, Set<string>>()
  for (const policy of pagePolicies) {
    for (const [name, values] of parsePolicy(policy)) {
      const set = union.get(name) ?? new Set<string>()
      for (const value of values) set.add(value)
      union.set(name, set)
    }
  }
  for (const [name, values] of parsePolicy(headerOnlyDirectives.join(';'))) union.set(name, new Set(values))
  return [...union].map(([name, values]) => [name, ...values].join(' ')).join('; ')
}

/** The `_headers` file (Netlify, Cloudflare Pages and others read it): every path gets these. */
export function headersFile(policy: string): string {
  const lines = ['/*', `  Content-Security-Policy: ${policy}`, ...Object.entries(securityHeaders).map(([name, value]) => `  ${name}: ${value}`)]
  return `${lines.join('\n')}\n`
}

function htmlFiles(dir: string): string[] {
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => path.join(entry.parentPath, entry.name))
}

const head = Buffer.alloc(16 * 1024)

/**
 * The start of a page, where Astro puts the policy's <meta> (at about 1.2–3.5 KB):
 * reading 12,700 whole pages for it took about 3.5 s of each 10,000-case build.
 * A page whose <meta> is further in is read whole.
 */
function headOf(file: string): string {
  const fd = fs.openSync(file, 'r')
  try {
    const length = fs.readSync(fd, head, 0, head.length, 0)
    // A character cut at the end cannot be inside the <meta>, which ends in '"'.
    return head.toString('utf8', 0, length)
  } finally {
    fs.closeSync(fd)
  }
}

/** Writes `_headers` beside the static site from the policies Astro put into its pages. */
export function securityHeadersIntegration(): AstroIntegration {
  return {
    name: 'huibian:security-headers',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const siteDir = fileURLToPath(dir)
        const policies = new Set<string>()
        for (const file of htmlFiles(siteDir)) {
          const match = metaPolicy.exec(headOf(file)) ?? metaPolicy.exec(fs.readFileSync(file, 'utf8'))
          if (!match) throw new Error(`${path.relative(siteDir, file)} has no Content-Security-Policy <meta>; is security.csp on in astro.config.mjs?`)
          policies.add(
            match[1]!
              .replace(/&#39;/g, "'")
              .replace(/&quot;/g, '"')
              .replace(/&amp;/g, '&'),
          )
        }
        fs.writeFileSync(path.join(siteDir, '_headers'), headersFile(sitePolicy([...policies])))
        logger.info(`_headers written (${policies.size} page ${policies.size === 1 ? 'policy' : 'policies'})`)
      },
    },
  }
}
