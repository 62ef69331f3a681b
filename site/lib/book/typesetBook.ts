/**
 * Typesets a 汇编 book with Typst (through its Node binding, whose native
 * binary ships inside the npm package), in one child process that keeps its
 * compiler and fonts loaded for the books of the build: books are laid out
 * on another core from the build's start (site/build/books), below the
 * priority of the rest of the build. The child is replaced when it has grown
 * past `typesetterMemoryLimit` (typesetProcess.mjs says why), and its memory
 * is its own. A book is cached on disk by the hash of all it is made from
 * (its data, the template, the compiler's version, the font files): a
 * campaign whose content did not change costs a file lookup, not a
 * typesetting run, and nothing else can change its PDF.
 */
import { fork, type ChildProcess } from 'node:child_process'
import { createHash } from 'node:crypto'
import fs from 'node:fs'
import { createRequire } from 'node:module'
import os from 'node:os'
import path from 'node:path'

import { env } from '../../../cms/env'
import { rootDir } from '../../../cms/paths'
import type { BookModel } from './bookModel'
import { bookFontFiles } from './fonts'

/** A typeset book: its PDF (a file of the book cache, never changed in place), pages and size. */
export type TypesetBook = { file: string; pages: number; bytes: number }

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

// Read from the repository (not bundled): books are typeset outside Astro's bundle.
let templateText: string | undefined
const template = () => (templateText ??= fs.readFileSync(path.join(rootDir, 'site', 'lib', 'book', 'huibian.typ'), 'utf8'))

/**
 * What a book is made from besides its data: the template, the compiler's
 * version, and each font file by size and date. Read once per process.
 */
let engineId: string | undefined
function engineIdentity(): string {
  engineId ??= JSON.stringify({
    template: template(),
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

/**
 * The typesetter's niceness: books are started at the build's start, and
 * Astro's own work (content sync, bundling, pages) goes first when both want
 * a core; the books fill the time it leaves.
 */
const typesetterNiceness = 10

const queue: Job[] = []
let running: { child: ChildProcess; job?: Job } | undefined
let nextId = 0

function startTypesetter(): { child: ChildProcess; job?: Job } {
  const child = fork(path.join(rootDir, 'site', 'lib', 'book', 'typesetProcess.mjs'), [], {
    // Not Astro's or a loader's flags: the child runs plain JavaScript.
    execArgv: [],
    serialization: 'advanced',
    env: { ...process.env, HUIBIAN_TYPESETTER: JSON.stringify({ compilerModule: requireFromRoot.resolve(compilerPackage), fontFiles: bookFontFiles() }) },
    // Not inherited: a process that ends while a book is being laid out must not wait for it (its pipes close with it).
    stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
  })
  child.stderr!.on('data', (chunk: Buffer) => process.stderr.write(chunk))
  try {
    if (child.pid) os.setPriority(child.pid, Math.min(19, os.getPriority() + typesetterNiceness))
  } catch {
    // A system that refuses it typesets at the build's own priority.
  }
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

/**
 * Ends the typesetting now, the book in hand too (the build was stopped). Typst lays a book out in
 * one synchronous call, so the process would notice its parent gone only once that book is done.
 */
export function stopTypesetting(): void {
  queue.length = 0
  running?.child.kill('SIGKILL')
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
  running.child.send({ id: job.id, template: template(), data: job.data, out: job.out })
}

/** Typesets `data` into the file `out`. */
function typesetInProcess(data: string, out: string): Promise<Reply> {
  return new Promise((settle) => {
    queue.push({ id: nextId++, data, out, settle })
    next()
  })
}

const cacheDir = () => path.join(path.resolve(env.siteCache()), 'books')

/** `name` names the cached file (the campaign's slug); older versions of it are removed. */
export async function typesetBook(name: string, model: BookModel): Promise<TypesetBook> {
  const data = JSON.stringify(model)
  const key = bookKey(engineIdentity(), data)
  const title = model.title
  const file = path.join(cacheDir(), `${name}-${key}.pdf`)
  const meta = `${file}.json`
  if (fs.existsSync(file) && fs.existsSync(meta)) {
    return { file, pages: (JSON.parse(fs.readFileSync(meta, 'utf8')) as { pages: number }).pages, bytes: fs.statSync(file).size }
  }
  fs.mkdirSync(cacheDir(), { recursive: true })
  const typeset = `${file}.${process.pid}.tmp`
  const reply = await typesetInProcess(data, typeset)
  if (reply.error || !reply.pages) {
    fs.rmSync(typeset, { force: true })
    throw new BookTypesetError(title, reply.error ?? 'no document')
  }
  const bytes = fs.statSync(typeset).size
  console.log(`[book] 《${title}》: ${reply.pages} pages, ${(bytes / 1024 / 1024).toFixed(1)} MB, typeset in ${((reply.ms ?? 0) / 1000).toFixed(1)} s`)
  // This campaign's older versions only (slugs are [a-z0-9-]: "a" must not remove "a-b"'s).
  const versionOf = new RegExp(`^${name}-[0-9a-f]{20}\\.pdf(\\.json)?$`)
  for (const old of fs.readdirSync(cacheDir())) if (versionOf.test(old)) fs.rmSync(path.join(cacheDir(), old), { force: true })
  fs.renameSync(typeset, file)
  fs.writeFileSync(meta, JSON.stringify({ pages: reply.pages, title }))
  return { file, pages: reply.pages, bytes }
}
