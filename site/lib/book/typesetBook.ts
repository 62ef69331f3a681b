/**
 * Typesets a 汇编 book with Typst (through its Node binding, whose native
 * binary ships inside the npm package), in one child process that keeps its
 * compiler and fonts loaded for the books of the build: books are laid out
 * on another core while Astro renders the rest of the site, and a page that
 * needs its book waits for it. The child is replaced when it has grown past
 * `typesetterMemoryLimit` (typesetProcess.mjs says why), and its memory is
 * its own, not the Astro process's. A book is cached on disk by the hash of
 * all it is made from (its data, the template, the compiler's version, the
 * font files): a campaign whose content did not change costs a file read,
 * not a typesetting run, and nothing else can change its PDF. Pages that
 * need the same book in one build (the 汇编 page for its size, the PDF route
 * for its bytes) share one result.
 */
import { fork, type ChildProcess } from 'node:child_process'
import { createHash } from 'node:crypto'
import fs from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'

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

type Reply = { id: number; error?: string; pages?: number; ms?: number; rss?: number }
type Job = { id: number; data: string; out: string; settle: (reply: Reply) => void }

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

/**
 * Past this, the typesetting process is replaced before its next book. A
 * 2,000-page book needs about 1.1 GB while it is laid out; what Typst keeps
 * afterwards grows by about 55 MB per 675-page book.
 */
export const typesetterMemoryLimit = 1.5 * 1024 ** 3

const queue: Job[] = []
let running: { child: ChildProcess; job?: Job } | undefined
let nextId = 0

function startTypesetter(): { child: ChildProcess; job?: Job } {
  const child = fork(path.join(rootDir, 'site', 'lib', 'book', 'typesetProcess.mjs'), [], {
    // Not Astro's or a loader's flags: the child runs plain JavaScript.
    execArgv: [],
    serialization: 'advanced',
    env: { ...process.env, HUIBIAN_TYPESETTER: JSON.stringify({ compilerModule: requireFromRoot.resolve(compilerPackage), fontFiles: bookFontFiles() }) },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  })
  const state: { child: ChildProcess; job?: Job } = { child }
  child.on('message', (reply: Reply) => {
    const job = state.job
    state.job = undefined
    if ((reply.rss ?? 0) > typesetterMemoryLimit) retire(state)
    job?.settle(reply)
    next()
  })
  // Stopped by something else than retire(): its book fails, the next ones get a new process.
  const stopped = (why: string) => {
    if (running === state) running = undefined
    const job = state.job
    state.job = undefined
    job?.settle({ id: -1, error: `the typesetting process stopped (${why})` })
    next()
  }
  child.on('exit', (code, signal) => stopped(signal ?? `exit ${code}`))
  child.on('error', (error) => stopped(error.message))
  return state
}

/** Ends a typesetting process that has no book in hand; the next book starts a new one. */
function retire(state: { child: ChildProcess }) {
  if (running === state) running = undefined
  state.child.disconnect()
}

/** Sends the next book to the typesetting process, started when there is one. */
function next() {
  if (running?.job) return
  const job = queue.shift()
  // Nothing left: the process ends, its memory goes back, and it holds no build (or warm builder) open.
  if (!job) {
    if (running) retire(running)
    return
  }
  running ??= startTypesetter()
  running.job = job
  running.child.send({ id: job.id, template, data: job.data, out: job.out })
}

/** Typesets `data` into the file `out`. */
function typesetInProcess(data: string, out: string): Promise<Reply> {
  return new Promise((settle) => {
    queue.push({ id: nextId++, data, out, settle })
    next()
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
  fs.mkdirSync(cacheDir(), { recursive: true })
  const typeset = `${file}.${process.pid}.tmp`
  const reply = await typesetInProcess(data, typeset)
  if (reply.error || !reply.pages) {
    fs.rmSync(typeset, { force: true })
    throw new BookTypesetError(title, reply.error ?? 'no document')
  }
  const pdf = fs.readFileSync(typeset)
  console.log(`[book] 《${title}》: ${reply.pages} pages, ${(pdf.length / 1024 / 1024).toFixed(1)} MB, typeset in ${((reply.ms ?? 0) / 1000).toFixed(1)} s`)
  // This campaign's older versions only (slugs are [a-z0-9-]: "a" must not remove "a-b"'s).
  const versionOf = new RegExp(`^${name}-[0-9a-f]{20}\\.pdf(\\.json)?$`)
  for (const old of fs.readdirSync(cacheDir())) if (versionOf.test(old)) fs.rmSync(path.join(cacheDir(), old), { force: true })
  fs.renameSync(typeset, file)
  fs.writeFileSync(meta, JSON.stringify({ pages: reply.pages, title }))
  return { pdf, pages: reply.pages, bytes: pdf.length }
}
