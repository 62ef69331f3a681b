/**
 * Typesets a 汇编 book with Typst (through its Node binding, whose native
 * binary ships inside the npm package). A book is cached on disk by the hash
 * of its data and template: a campaign whose content did not change costs a
 * file read, not a typesetting run. Pages that need the same book in one build
 * (the 汇编 page for its size, the PDF route for its bytes) share one result.
 */
import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

import { NodeCompiler } from '@myriaddreamin/typst-ts-node-compiler'

import { env } from '../../../cms/env'
import type { BookModel } from './bookModel'
import { bookFontDirs } from './fonts'
import template from './huibian.typ?raw'

export type TypesetBook = { pdf: Buffer; pages: number; bytes: number }

/** A book Typst could not lay out: a bug in the template or data, reported with Typst's own words. */
export class BookTypesetError extends Error {
  constructor(title: string, diagnostics: string) {
    super(`Typesetting the PDF of 《${title}》 failed: ${diagnostics}`)
    this.name = 'BookTypesetError'
  }
}

let compiler: NodeCompiler | undefined
const inBuild = new Map<string, TypesetBook>()

const cacheDir = () => path.join(path.resolve(env.siteCache()), 'books')

/** `name` names the cached file (the campaign's slug); older versions of it are removed. */
export function typesetBook(name: string, model: BookModel): TypesetBook {
  const data = JSON.stringify(model)
  const key = createHash('sha1').update(template).update('\0').update(data).digest('hex').slice(0, 20)
  const known = inBuild.get(key)
  if (known) return known
  const file = path.join(cacheDir(), `${name}-${key}.pdf`)
  const meta = `${file}.json`
  if (fs.existsSync(file) && fs.existsSync(meta)) {
    const pdf = fs.readFileSync(file)
    const result = { pdf, pages: (JSON.parse(fs.readFileSync(meta, 'utf8')) as { pages: number }).pages, bytes: pdf.length }
    inBuild.set(key, result)
    return result
  }
  compiler ??= NodeCompiler.create({ workspace: '/', fontArgs: [{ fontPaths: bookFontDirs() }] })
  const started = Date.now()
  compiler.mapShadow('/book.json', Buffer.from(data))
  const compiled = compiler.compile({ mainFileContent: template })
  const document = compiled.result
  if (!document || compiled.hasError()) {
    const diagnostics = compiler.fetchDiagnostics(compiled.takeDiagnostics()!) as { message?: string }[]
    throw new BookTypesetError(model.title, diagnostics.map((d) => d.message ?? JSON.stringify(d)).join('; ') || 'unknown error')
  }
  const pdf = compiler.pdf(document)
  // Books share little: keeping Typst's memoised layouts between them only holds memory.
  compiler.evictCache(0)
  console.log(
    `[book] 《${model.title}》: ${document.numOfPages} pages, ${(pdf.length / 1024 / 1024).toFixed(1)} MB, typeset in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  )
  const result = { pdf, pages: document.numOfPages, bytes: pdf.length }
  fs.mkdirSync(cacheDir(), { recursive: true })
  for (const old of fs.readdirSync(cacheDir())) if (old.startsWith(`${name}-`)) fs.rmSync(path.join(cacheDir(), old), { force: true })
  fs.writeFileSync(file, pdf)
  fs.writeFileSync(meta, JSON.stringify({ pages: result.pages, title: model.title }))
  inBuild.set(key, result)
  return result
}
