// The Typst compiler in a worker thread (site/lib/book/typesetBook.ts starts it),
// so that 汇编 books are typeset on another core while Astro renders the pages.
// One compiler for every book of a build: the fonts are read and parsed once.
// Plain JavaScript: a worker runs this file as it is, outside the bundle.
import { createRequire } from 'node:module'
import { parentPort, workerData } from 'node:worker_threads'

const { NodeCompiler } = createRequire(import.meta.url)(workerData.compilerModule)
const compiler = NodeCompiler.create({ workspace: '/', fontArgs: [{ fontPaths: workerData.fontFiles }] })

parentPort.on('message', ({ id, template, data }) => {
  const started = Date.now()
  try {
    compiler.mapShadow('/book.json', Buffer.from(data))
    const compiled = compiler.compile({ mainFileContent: template })
    const document = compiled.result
    if (!document || compiled.hasError()) {
      const diagnostics = compiler.fetchDiagnostics(compiled.takeDiagnostics())
      parentPort.postMessage({ id, error: diagnostics.map((d) => d.message ?? JSON.stringify(d)).join('; ') || 'unknown error' })
      return
    }
    const pdf = compiler.pdf(document)
    const pages = document.numOfPages
    // Books share little: keeping Typst's memoised layouts between them only holds memory.
    compiler.evictCache(0)
    const bytes = new Uint8Array(pdf)
    parentPort.postMessage({ id, pdf: bytes, pages, ms: Date.now() - started }, [bytes.buffer])
  } catch (error) {
    parentPort.postMessage({ id, error: String(error?.message ?? error) })
  }
})
