/**
 * The settings around the defences, without a database: the secret, the
 * admin's origins, the headers `npm start` sends with the site, and the small
 * pure pieces the defences are made of.
 */
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import http from 'node:http'
import os from 'node:os'
import path from 'node:path'

import { afterEach, describe, expect, it } from 'vitest'

import { databaseAdapter } from '../../cms/database'
import { richTextProblem } from '../../cms/fields/safeRichText'
import { rootDir, tsxCli } from '../../cms/paths'
import { uploadName } from '../../cms/hooks/checkImageUpload'
import { adminOrigins, adminUsesHttps } from '../../cms/origins'
import { payloadSecret } from '../../cms/secret'
import { isSafeUrl } from '../../cms/utilities/safeUrl'
import { headersFile, sitePolicy } from '../../site/integrations/securityHeaders'
import { parseHeadersFile } from '../../site/server/headersFile'
import { createSiteHandler } from '../../site/server/serveSite'

// Settings only: never the suite's database (a MongoDB run sets one), unless a test names it.
delete process.env.DATABASE_URL
const saved = { ...process.env }
afterEach(() => {
  for (const key of ['DATABASE_URL', 'PAYLOAD_SECRET', 'CMS_URL', 'PORT']) {
    if (saved[key] === undefined) delete process.env[key]
    else process.env[key] = saved[key]
  }
})

describe('PAYLOAD_SECRET', () => {
  it('is required, with a clear message, outside the embedded database', () => {
    process.env.DATABASE_URL = 'mongodb://db.example:27017/huibian'
    delete process.env.PAYLOAD_SECRET
    expect(() => payloadSecret()).toThrow(/PAYLOAD_SECRET is not set.*openssl rand -hex 32/s)
  })

  it('refuses a short secret', () => {
    process.env.PAYLOAD_SECRET = 'too-short'
    expect(() => payloadSecret()).toThrow(/at least 32/)
  })

  it('is generated once for the embedded database and kept out of the code', () => {
    delete process.env.PAYLOAD_SECRET
    const secret = payloadSecret()
    expect(secret).toMatch(/^[0-9a-f]{64}$/)
    expect(payloadSecret()).toBe(secret)
    const file = path.join(process.env.HUIBIAN_DATA_DIR!, '.payload-secret')
    expect(fs.statSync(file).mode & 0o077).toBe(0)
  })
})

describe('DATABASE_URL', () => {
  const refusal = /MongoDB server without a replica set.*\?replicaSet=rs0/s

  it('refuses MongoDB without a replica set, where transactions would silently be off', () => {
    process.env.DATABASE_URL = 'mongodb://db.example:27017/huibian'
    expect(() => databaseAdapter()).toThrow(refusal)
    process.env.DATABASE_URL = 'mongodb://db.example:27017/huibian?retryWrites=true'
    expect(() => databaseAdapter()).toThrow(refusal)
  })

  it('takes a replica set, or Atlas (mongodb+srv names its replica set in DNS)', () => {
    for (const url of ['mongodb://a.example:27017,b.example:27017/huibian?replicaSet=rs0', 'mongodb+srv://cluster0.example.net/huibian']) {
      process.env.DATABASE_URL = url
      expect(databaseAdapter().name).toBe('mongoose')
    }
  })

  it('stops a start with that message before connecting', () => {
    const seed = spawnSync(process.execPath, [tsxCli, 'cms/cli/seed.ts'], {
      cwd: rootDir,
      env: { ...process.env, DATABASE_URL: 'mongodb://127.0.0.1:9/huibian', PAYLOAD_SECRET: 'x'.repeat(40) },
      encoding: 'utf8',
      timeout: 60_000,
    })
    expect(seed.status).not.toBe(0)
    expect(seed.stderr + seed.stdout).toMatch(refusal)
  })
})

describe("the admin's origins (CSRF)", () => {
  it('are this machine by default, and CMS_URL in a deployment', () => {
    delete process.env.CMS_URL
    process.env.PORT = '3100'
    expect(adminOrigins()).toEqual(['http://localhost:3100', 'http://127.0.0.1:3100'])
    expect(adminUsesHttps()).toBe(false)
    process.env.CMS_URL = 'https://cms.example.gov.cn/admin/'
    expect(adminOrigins()).toEqual(['https://cms.example.gov.cn'])
    expect(adminUsesHttps()).toBe(true)
    process.env.CMS_URL = 'cms.example.gov.cn'
    expect(() => adminOrigins()).toThrow(/CMS_URL must be the admin's public address/)
  })
})

describe('links and names', () => {
  it.each([
    ['https://gov.example.org/a', true],
    ['mailto:office@example.org', true],
    ['/cases/x/', true],
    ['#part-2', true],
    ['javascript:alert(1)', false],
    [' JAVASCRIPT:alert(1)', false],
    ['java\nscript:alert(1)', false],
    ['data:text/html,<script>', false],
    ['vbscript:x', false],
    ['//evil.example', false],
    ['/\\evil.example', false],
    ['file:///etc/passwd', false],
  ])('isSafeUrl(%j) is %s', (url, safe) => expect(isSafeUrl(url)).toBe(safe))

  it.each([
    ['../../../evil.png', 'evil.png'],
    ['C:\\Users\\x\\photo.JPG', 'photo.JPG'],
    ['活动\u202E照片\u200B 合影.png', '活动照片-合影.png'],
    ['.htaccess', 'htaccess'],
    [`${'长'.repeat(200)}.png`, `${'长'.repeat(80)}.png`],
    ['...', 'image'],
  ])('stores an upload named %j as %j', (name, stored) => expect(uploadName(name)).toBe(stored))

  it('finds nothing wrong in what the write-up toolbar makes', () => {
    const value = {
      root: {
        type: 'root',
        children: [
          { type: 'heading', tag: 'h3', children: [{ type: 'text', text: '一、背景' }] },
          { type: 'list', tag: 'ol', children: [{ type: 'listitem', children: [{ type: 'text', text: '要点' }] }] },
          { type: 'paragraph', children: [{ type: 'link', fields: { linkType: 'internal', doc: { relationTo: 'cases', value: 1 } }, children: [] }] },
          { type: 'quote', children: [{ type: 'autolink', fields: { linkType: 'custom', url: 'https://example.org' }, children: [] }] },
        ],
      },
    }
    expect(richTextProblem(value)).toBeUndefined()
    expect(richTextProblem(null)).toBeUndefined()
  })
})

describe('headers of the static site', () => {
  it('make one site-wide policy every page policy fits in, plus what a <meta> cannot say', () => {
    const policy = sitePolicy(["default-src 'self'; script-src 'self' 'sha256-a'", "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'"])
    expect(policy).toBe("default-src 'self'; script-src 'self' 'sha256-a' 'wasm-unsafe-eval'; frame-ancestors 'none'")
    const rules = parseHeadersFile(headersFile(policy))
    expect(rules).toHaveLength(1)
    expect(rules[0]!.pattern).toBe('/*')
    expect(Object.fromEntries(rules[0]!.headers)).toMatchObject({ 'Content-Security-Policy': policy, 'X-Content-Type-Options': 'nosniff' })
  })

  it('are sent by the server `npm start` runs, and _headers itself is not served', async () => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'huibian-headers-'))
    fs.mkdirSync(path.join(out, 'client'))
    fs.writeFileSync(path.join(out, 'client', 'index.html'), '<!doctype html><title>x</title>')
    fs.writeFileSync(path.join(out, 'client', '404.html'), '<!doctype html><title>404</title>')
    fs.writeFileSync(path.join(out, 'client', '_headers'), headersFile("default-src 'self'; frame-ancestors 'none'"))
    const server = http.createServer(createSiteHandler(out))
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    const base = `http://127.0.0.1:${(server.address() as { port: number }).port}`
    try {
      const home = await fetch(`${base}/`)
      expect(home.status).toBe(200)
      expect(home.headers.get('content-security-policy')).toBe("default-src 'self'; frame-ancestors 'none'")
      expect(home.headers.get('x-content-type-options')).toBe('nosniff')
      expect(home.headers.get('x-frame-options')).toBe('DENY')
      expect(home.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin')
      const missing = await fetch(`${base}/no-such-page/`)
      expect(missing.status).toBe(404)
      expect(missing.headers.get('content-security-policy')).toContain("default-src 'self'")
      expect((await fetch(`${base}/_headers`)).status).toBe(404)
    } finally {
      await new Promise((resolve) => server.close(resolve))
    }
  })
})
