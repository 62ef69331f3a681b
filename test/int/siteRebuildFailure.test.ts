import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { siteRebuilds } from '../../cms/siteBuild'
import { localBuildRunner } from '../../cms/siteBuild/runners'
import { bootPayload, closePayload } from '../helpers/payload'
import { testSiteUrl } from '../helpers/site'

process.env.SITE_REBUILD_DEBOUNCE_MS = '50'

describe('a failing rebuild', () => {
  let payload: Payload
  beforeAll(async () => {
    payload = await bootPayload() // an empty CMS: no published case, so the site cannot build
  })
  afterAll(() => closePayload(payload))

  it('keeps the previous site online and shows the error to editors', async () => {
    const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'huibian-dist-'))
    fs.writeFileSync(path.join(outDir, 'index.html'), '<p>上一次成功构建的网站</p>')
    const queue = siteRebuilds(payload, localBuildRunner({ outDir, env: { ...process.env, SITE_URL: testSiteUrl } }))!
    queue.request('测试')
    await queue.idle()
    expect(fs.readdirSync(outDir)).toEqual(['index.html'])
    expect(fs.readFileSync(path.join(outDir, 'index.html'), 'utf8')).toBe('<p>上一次成功构建的网站</p>')
    const siblings = fs.readdirSync(path.dirname(outDir)).filter((f) => f.startsWith(`${path.basename(outDir)}.`))
    expect(siblings).toEqual([]) // no staging folder left behind
    const status = await payload.findGlobal({ slug: 'site-build' })
    expect(status.status).toBe('failed')
    expect(status.lastError).toContain('no published cases')
    expect(status.log).toContain('Build failed')
  }, 120_000)
})
