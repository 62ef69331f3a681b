/**
 * Typesets a 汇编 book with Typst (through its Node binding, whose native
 * binary ships inside the npm package), in one worker thread that keeps its
 * compiler and fonts loaded for every book of the build: books are laid out
 * on another core while Astro renders the rest of the site, and a page that
 * needs its book waits for it. A book is cached on disk by the hash of all it
 * is made from (its data, the template, the compiler's version, the font
 * files): a campaign whose content did not change costs a file read, not a
 * typesetting run, and nothing else can change its PDF. Pages that need the
 * same book in one build (the 汇编 page for its size, the PDF route for its
 * bytes) share one result.
 */
import { createHash } from 'node:crypto'
import fs from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import { Worker } from 'node:worker_threads'

import { env } from '../../../cms/env'
import { rootDir } from '../../../cms/paths'
import type { BookModel } from './bookModel'
import { bookFontFiles } from './fonts'
import template from './huibian.typ?raw'

export type TypesetBook = { pdf: Buffer; pages: number; bytes: number }

/** A book Typst could not lay out: a bug in the template or data, reported with Typst's own words. */
export class BookTypesetError extends Error {
  constructor(title: string, diagnostics: string) {
    super(`Typesetting the PDF of 《${title}》 failed: ${diagnostics}`)
    this.name = 'BookTypesetError'
  }
}

type Reply = { id: number; error?: string; pdf?: Uint8Array; pages?: number; ms?: number }

let worker: Worker | undefined
const waiting = new Map<number, (reply: Reply) => void>()
let nextId = 0

const compilerPackage = '@myriaddreamin/typst-ts-node-compiler'
const requireFromRoot = createRequire(path.join(rootDir, 'package.json'))

/**
 * What a book is made from besides its data: the template, the compiler's
 * version, and each font file by size and date. Read once per build.
 */
let engineId: string | undefined
function engineIdentity(): string {
  engineId ??= JSON.stringify({
    template,
    compiler: (requireFromRoot(`${compilerPackage}/package.json`) as { version: string }).version,
    fonts: bookFontFiles().map((file) => {
      const stat = fs.statSync(file)
      return [file, stat.size, stat.mtimeMs]
    }),
  })
  return engineId
}

/** The cache key of a book: every input of the typesetting, hashed. */
function bookKey(engine: string, data: string): string {
  return createHash('sha1').update(engine).update('\0').update(data).digest('hex').slice(0, 20)
}

/** The worker, started on first use; it holds the build process open only while books are pending. */
function typesetter(): Worker {
  if (worker) return worker
  const started = new Worker(path.join(rootDir, 'site', 'lib', 'book', 'typesetWorker.mjs'), {
    workerData: { compilerModule: requireFromRoot.resolve(compilerPackage), fontFiles: bookFontFiles() },
  })
  started.on('message', (reply: Reply) => {
    waiting.get(reply.id)?.(reply)
    waiting.delete(reply.id)
    if (waiting.size === 0) started.unref()
  })
  started.on('error', (error) => {
    for (const settle of waiting.values()) settle({ id: -1, error: `the typesetting worker failed: ${error.message}` })
    waiting.clear()
    worker = undefined
  })
  worker = started
  return started
}

function typesetInWorker(data: string): Promise<Reply> {
  const id = nextId++
  const running = typesetter()
  running.ref()
  return new Promise((resolve) => {
    waiting.set(id, resolve)
    running.postMessage({ id, template, data })
  })
}

const inBuild = new Map<string, Promise<TypesetBook>>()

const cacheDir = () => path.join(path.resolve(env.siteCache()), 'books')

/** `name` names the cached file (the campaign's slug); older versions of it are removed. */
export function typesetBook(name: string, model: BookModel): Promise<TypesetBook> {
  const data = JSON.stringify(model)
  const key = bookKey(engineIdentity(), data)
  let book = inBuild.get(key)
  if (!book) {
    book = cachedOrTypeset(name, key, model.title, data)
    // A book started early may fail before a page awaits it: that page reports the failure.
    book.catch(() => undefined)
    inBuild.set(key, book)
  }
  return book
}

async function cachedOrTypeset(name: string, key: string, title: string, data: string): Promise<TypesetBook> {
  const file = path.join(cacheDir(), `${name}-${key}.pdf`)
  const meta = `${file}.json`
  if (fs.existsSync(file) && fs.existsSync(meta)) {
    const pdf = fs.readFileSync(file)
    return { pdf, pages: (JSON.parse(fs.readFileSync(meta, 'utf8')) as { pages: number }).pages, bytes: pdf.length }
  }
  const reply = await typesetInWorker(data)
  if (reply.error || !reply.pdf || !reply.pages) throw new BookTypesetError(title, reply.error ?? 'no document')
  const pdf = Buffer.from(reply.pdf.buffer, reply.pdf.byteOffset, reply.pdf.byteLength)
  console.log(`[book] 《${title}》: ${reply.pages} pages, ${(pdf.length / 1024 / 1024).toFixed(1)} MB, typeset in ${((reply.ms ?? 0) / 1000).toFixed(1)} s`)
  fs.mkdirSync(cacheDir(), { recursive: true })
  // This campaign's older versions only (slugs are [a-z0-9-]: "a" must not remove "a-b"'s).
  const versionOf = new RegExp(`^${name}-[0-9a-f]{20}\\.pdf(\\.json)?$`)
  for (const old of fs.readdirSync(cacheDir())) if (versionOf.test(old)) fs.rmSync(path.join(cacheDir(), old), { force: true })
  fs.writeFileSync(file, pdf)
  fs.writeFileSync(meta, JSON.stringify({ pages: reply.pages, title }))
  return { pdf, pages: reply.pages, bytes: pdf.length }
}
