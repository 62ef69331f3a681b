// The Typst compiler in a child process of the build (site/lib/book/typesetBook.ts starts it),
// so that 汇编 books are typeset on another core while Astro renders the pages. One compiler for
// its books: the fonts are read and parsed once. Typst keeps about 80 KB a page after a book that
// neither evictCache nor a new compiler gives back (30 books of 2,000 pages would hold 5 GB), so
// the parent replaces this process once it has grown; the system takes all of it back.
// Plain JavaScript: Node runs this file as it is, outside the bundle.
import fs from 'node:fs'
import { createRequire } from 'node:module'

const { compilerModule, fontFiles } = JSON.parse(process.env.HUIBIAN_TYPESETTER ?? '{}')
const { NodeCompiler } = createRequire(import.meta.url)(compilerModule)
const compiler = NodeCompiler.create({ workspace: '/', fontArgs: [{ fontPaths: fontFiles }] })

process.on('message', ({ id, template, data, out }) => {
  const started = Date.now()
  const reply = (message) => process.send({ id, ms: Date.now() - started, rss: process.memoryUsage().rss, ...message })
  try {
    compiler.mapShadow('/book.json', Buffer.from(data))
    const compiled = compiler.compile({ mainFileContent: template })
    const document = compiled.result
    if (!document || compiled.hasError()) {
      const diagnostics = compiler.fetchDiagnostics(compiled.takeDiagnostics())
      reply({ error: diagnostics.map((d) => d.message ?? JSON.stringify(d)).join('; ') || 'unknown error' })
      return
    }
    const pdf = compiler.pdf(document)
    const pages = document.numOfPages
    compiler.evictCache(0)
    fs.writeFileSync(out, pdf)
    reply({ pages })
  } catch (error) {
    reply({ error: String(error?.message ?? error) })
  }
})
// The build is over (or died): nothing is left to typeset.
process.on('disconnect', () => process.exit(0))
