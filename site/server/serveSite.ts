/**
 * The public site as `npm start` serves it: the static build from dist/client,
 * plus the one on-demand route (/preview/…) from the build's server bundle.
 * It reads the files at request time, so a rebuild's swap of dist/ shows at once.
 * Static files get the headers of the build's `_headers` file, as a static host
 * would send them (Content-Security-Policy and the other security headers).
 */
import fs from 'node:fs'
import http from 'node:http'
import path from 'node:path'
import { pathToFileURL } from 'node:url'

import send from 'send'

import { staticDirOf } from '../build/buildSite'
import { securityHeaders } from '../lib/contentSecurityPolicy'
import { headerRulesOf, patternMatches } from './headersFile'

type Handler = (req: http.IncomingMessage, res: http.ServerResponse, next: () => void) => void | Promise<void>

export function createSiteHandler(outDir: string): http.RequestListener {
  const siteDir = staticDirOf(outDir)
  const entry = path.join(outDir, 'server', 'entry.mjs')
  // Files are looked up per request, and a file that vanishes mid-request (a
  // rebuild swapping dist/) is a 404 for that request, never a crash: send
  // handles its stream's errors, where sirv 3 pipes an unguarded stream.
  const files = (req: http.IncomingMessage, res: http.ServerResponse, pathname: string) =>
    send(req, pathname, { root: siteDir, extensions: ['html'], index: ['index.html'], dotfiles: 'ignore', etag: true })
      .on('error', (error: { status?: number }) => {
        if (res.headersSent) return void res.destroy()
        if ((error.status ?? 500) === 404) return notFound(res)
        res.writeHead(error.status ?? 500).end()
      })
      .on('directory', () => {
        // /cases/x without its slash: the site's URLs all end in one.
        res.writeHead(301, { Location: `${pathname}/` }).end()
      })
      .pipe(res)
  let loaded: { stamp: number; handler: Handler } | undefined
  const headerRules = headerRulesOf(path.join(siteDir, '_headers'))

  // Each build has its own bundle; import the current one (the query makes a changed file a new module).
  const previewHandler = async (): Promise<Handler | undefined> => {
    const stamp = fs.statSync(entry, { throwIfNoEntry: false })?.mtimeMs
    if (stamp === undefined) return undefined
    if (loaded?.stamp !== stamp) {
      const module = (await import(`${pathToFileURL(entry).href}?build=${stamp}`)) as { handler: Handler }
      loaded = { stamp, handler: module.handler }
    }
    return loaded.handler
  }

  const notFound = (res: http.ServerResponse) => {
    res.statusCode = 404
    res.setHeader('Content-Type', 'text/html; charset=utf-8')
    // The page itself may be mid-swap too.
    fs.readFile(path.join(siteDir, '404.html'), (error, page) => res.end(error ? '<h1>404</h1>' : page))
  }

  return (req, res) => {
    const pathname = new URL(req.url ?? '/', 'http://localhost').pathname
    // The preview page sends its own policy (Astro's, with the admin's images); the rest applies to it too.
    for (const [name, value] of Object.entries(securityHeaders)) res.setHeader(name, value)
    if (pathname === '/_headers') return notFound(res)
    if (pathname.startsWith('/preview/')) {
      void previewHandler()
        .then((handler) => (handler ? handler(req, res, () => notFound(res)) : notFound(res)))
        .catch((error: Error) => {
          console.error(`preview failed: ${error.message}`)
          if (!res.headersSent) res.writeHead(500).end('预览出错，请查看服务器日志。')
        })
      return
    }
    for (const rule of headerRules()) {
      if (patternMatches(rule.pattern, pathname)) for (const [name, value] of rule.headers) res.setHeader(name, value)
    }
    files(req, res, pathname)
  }
}

export function startSiteServer(outDir: string, port: number): Promise<http.Server> {
  const server = http.createServer(createSiteHandler(outDir))
  return new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, () => resolve(server))
  })
}
