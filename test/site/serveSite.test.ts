/**
 * The server `npm start` runs for the public site: while a rebuild swaps
 * dist/, requests may meet vanished files; each is answered, and the server
 * keeps serving (it once died on the first such request).
 */
import fs from 'node:fs'
import type http from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { staticDirOf } from '../../site/build/buildSite'
import { startSiteServer } from '../../site/server/serveSite'
import { tempWorkDir } from '../helpers/site'

describe('the site server of npm start', () => {
  let server: http.Server
  let url: string
  let outDir: string

  const write = (dir: string) => {
    const site = staticDirOf(dir)
    fs.mkdirSync(path.join(site, 'cases', 'a'), { recursive: true })
    fs.writeFileSync(path.join(site, 'index.html'), '<h1>首页</h1>')
    fs.writeFileSync(path.join(site, '404.html'), '<h1>页面不存在</h1>')
    // Big enough that reading it takes a while, so swaps land mid-request.
    fs.writeFileSync(path.join(site, 'cases', 'a', 'index.html'), `<h1>案例</h1>${'汇编'.repeat(200_000)}`)
  }

  beforeAll(async () => {
    outDir = path.join(tempWorkDir('serve-site'), 'dist')
    write(outDir)
    server = await startSiteServer(outDir, 0)
    url = `http://localhost:${(server.address() as AddressInfo).port}`
  })
  afterAll(() => new Promise<void>((resolve) => server?.close(() => resolve())))

  it('serves pages, a 404 page for unknown paths and a redirect to the slash form', async () => {
    expect((await fetch(`${url}/cases/a/`)).status).toBe(200)
    const missing = await fetch(`${url}/cases/none/`)
    expect(missing.status).toBe(404)
    expect(await missing.text()).toContain('页面不存在')
    const bare = await fetch(`${url}/cases/a`, { redirect: 'manual' })
    expect(bare.status).toBe(301)
    expect(bare.headers.get('location')).toBe('/cases/a/')
    expect((await fetch(`${url}/_headers`)).status).toBe(404)
  })

  it('keeps answering while dist/ is swapped under it', async () => {
    const aside = `${outDir}.old`
    let swapping = true
    const swaps = (async () => {
      while (swapping) {
        fs.renameSync(outDir, aside)
        await new Promise((r) => setImmediate(r))
        fs.renameSync(aside, outDir)
        await new Promise((r) => setImmediate(r))
      }
    })()
    const statuses = await Promise.all(
      Array.from({ length: 200 }, () =>
        fetch(`${url}/cases/a/`)
          .then(async (res) => (await res.arrayBuffer(), res.status))
          .catch(() => 0),
      ),
    )
    swapping = false
    await swaps
    // Each request got an answer of some kind, and the server is still up.
    expect(statuses.every((s) => [200, 404, 0].includes(s))).toBe(true)
    expect((await fetch(`${url}/cases/a/`)).status).toBe(200)
  })
})
