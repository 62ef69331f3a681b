/**
 * Merges Pagefind bundles built separately (the shards of the search index,
 * see shards.ts) into one bundle, as if Pagefind had indexed every page at
 * once: one meta file, word chunks cut as Pagefind cuts them, one file per
 * filter, the shards' fragments. Readers' browsers then load exactly what an
 * unsharded index would make them load. Shards are merged in page order: the
 * pages of shard n follow those of shard n − 1.
 *
 * The formats are Pagefind 1.6.0's, read from its output (package.json pins
 * the version, and the merge refuses any other): every file is
 * gzip("pagefind_dcd" + CBOR); structures are CBOR arrays. The relevance test
 * checks the merged bundle against Pagefind's own single index of the same
 * pages (test/search/relevance.test.ts). Word entries are
 * copied as bytes, only the first page number of each shard's run of a word
 * is rewritten (page numbers are deltas within a word).
 */
import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { promisify } from 'node:util'
import { gunzipSync, gzip } from 'node:zlib'

import { CborReader, CborWriter } from './cbor'
import { MergedFiles } from './mergedFiles'

const gzipAsync = promisify(gzip)
/** The Pagefind release whose file formats this merge reads and writes. */
export const mergedPagefindVersion = '1.6.0'
const SIGNATURE = Buffer.from('pagefind_dcd')
/** Pagefind's default chunk size, in locations (PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE). */
const CHUNK_LOCATIONS = 20_000

export type ShardBundle = {
  /** The folder Pagefind wrote the shard to. */
  dir: string
}

export type MergeOptions = {
  /** Sort keys: for each, the merged page numbers in ascending sort order. */
  sorts: Record<string, number[]>
  /**
   * Where the compressed files of the last merge are kept, by their content
   * (mergedFiles.ts): a file whose content an edit did not change is linked, not compressed again.
   */
  reuseDir?: string
  /** The words of shards read by earlier merges (see DecodedShards): a long-lived indexer keeps them. */
  decoded?: DecodedShards
}

/**
 * Shards' words decoded, kept by a long-lived indexer between merges. A
 * shard's folder never changes once built (shards.ts names it by its
 * content), so an edit's merge need not read, gunzip and decode the shards
 * it did not re-index: that was more than half of each merge at 10,000
 * cases (61 shards; about 0.37 GB kept). A merge reads the shards it does not
 * have from their files, as without this, and `fill` decodes them after the
 * build has answered, so that the next merge has them.
 */
export class DecodedShards {
  private kept = new Map<string, DecodedShard>()
  private missing: { key: string; dir: string; meta: Meta }[] = []

  /** The shards of this merge: those kept, and (left for `fill`) the others; shards of earlier merges go. */
  plan(shards: { key: string; dir: string; meta: Meta }[]): (DecodedShard | undefined)[] {
    const keys = new Set(shards.map((shard) => shard.key))
    for (const key of this.kept.keys()) if (!keys.has(key)) this.kept.delete(key)
    this.missing = shards.filter((shard) => !this.kept.has(shard.key))
    return shards.map((shard) => this.kept.get(shard.key))
  }

  /** How many shards are kept decoded. */
  get size(): number {
    return this.kept.size
  }

  /** Decodes the shards the last merge read from files, one per turn of the event loop, while `idle()` says nothing else is to be done. */
  async fill(idle: () => boolean): Promise<void> {
    while (this.missing.length && idle()) {
      const { key, dir, meta } = this.missing.shift()!
      if (fs.existsSync(dir)) this.kept.set(key, DecodedShard.read(dir, meta))
      await new Promise((resolve) => setImmediate(resolve))
    }
  }
}

export type MergeReport = { pages: number; words: number; chunks: number }

type Entry = { version: string; languages: Record<string, { hash: string; wasm: string | null; page_count: number }>; include_characters?: string[] }

type Meta = {
  version: string
  pages: { hash: string; rest: Uint8Array[] }[]
  chunks: { from: string; to: string; hash: string }[]
  filters: { filter: string; hash: string }[]
  metaFields: Uint8Array
}

const readPagefindFile = (file: string) => {
  const raw = gunzipSync(fs.readFileSync(file))
  if (!raw.subarray(0, SIGNATURE.length).equals(SIGNATURE)) throw new Error(`${file} is not a Pagefind index file`)
  return raw.subarray(SIGNATURE.length)
}

const SURROGATE = /[\ud800-\udfff]/

/**
 * Rust's String order (UTF-8 bytes), which Pagefind sorts and looks up words
 * by. JavaScript's own order agrees with it unless a character beyond the
 * BMP is involved.
 */
function utf8Order(a: string, b: string): number {
  if (a === b) return 0
  if (SURROGATE.test(a) || SURROGATE.test(b)) return Buffer.compare(Buffer.from(a), Buffer.from(b))
  return a < b ? -1 : 1
}

function readEntry(dir: string): { language: string; entry: Entry } {
  const entry = JSON.parse(fs.readFileSync(path.join(dir, 'pagefind-entry.json'), 'utf8')) as Entry
  const languages = Object.keys(entry.languages)
  if (languages.length !== 1) throw new Error(`A search-index shard must hold one language, ${dir} holds ${languages.length}`)
  return { language: languages[0]!, entry }
}

function readMeta(dir: string, hash: string): Meta {
  const r = new CborReader(readPagefindFile(path.join(dir, `pagefind.${hash}.pf_meta`)))
  const fields = r.arrayLength()
  if (fields !== 6) throw new Error(`Unexpected Pagefind meta layout (${fields} fields); the merge knows Pagefind 1.6`)
  const version = r.text()
  const pages: Meta['pages'] = []
  for (let n = r.arrayLength(); n > 0; n -= 1) {
    const size = r.arrayLength()
    const hash = r.text()
    const rest: Uint8Array[] = []
    for (let i = 1; i < size; i += 1) rest.push(r.item())
    pages.push({ hash, rest })
  }
  const chunks: Meta['chunks'] = []
  for (let n = r.arrayLength(); n > 0; n -= 1) {
    r.arrayLength()
    chunks.push({ from: r.text(), to: r.text(), hash: r.text() })
  }
  const filters: Meta['filters'] = []
  for (let n = r.arrayLength(); n > 0; n -= 1) {
    r.arrayLength()
    filters.push({ filter: r.text(), hash: r.text() })
  }
  r.skip() // The shard's own sorts: the merge writes global ones.
  return { version, pages, chunks, filters, metaFields: r.item() }
}

/** One word of one shard: its page entries as bytes, and what the merge must know of them. */
type ShardWord = {
  word: string
  /** Whether the word has a character beyond the BMP (utf8Order then compares bytes). */
  astral: boolean
  pages: PageRun
  variants: { form: string; pages: PageRun }[]
}
/** A word's page entries in one shard: first and last page within the shard, locations, bytes after the first entry. */
type PageRun = { count: number; first: number; last: number; firstRest: Uint8Array; tail: Uint8Array; locations: number }

function readPageRun(r: CborReader): PageRun {
  const at = readPageRunAt(r)
  return {
    count: at[0],
    first: at[1],
    last: at[2],
    firstRest: r.bytes.subarray(at[3], at[4]),
    tail: r.bytes.subarray(at[4], at[5]),
    locations: at[6],
  }
}

/** A page run as numbers: count, first, last, where its first entry's rest and its tail start, where the tail ends, locations. */
type PageRunAt = [number, number, number, number, number, number, number]

function readPageRunAt(r: CborReader): PageRunAt {
  const count = r.arrayLength()
  let page = 0
  let first = 0
  let firstRestStart = r.offset
  let tailStart = r.offset
  let locations = 0
  for (let i = 0; i < count; i += 1) {
    if (r.arrayLength() !== 3) throw new Error('Unexpected Pagefind page entry')
    page += r.integer()
    const restStart = r.offset
    const locs = r.arrayLength()
    r.skipIntegers(locs)
    const metaLocs = r.arrayLength()
    r.skipIntegers(metaLocs)
    // Pagefind's measure of a chunk: each page's locations and meta locations, plus one.
    locations += locs + metaLocs + 1
    if (i === 0) {
      first = page
      firstRestStart = restStart
      tailStart = r.offset
    }
  }
  return [count, first, page, firstRestStart, tailStart, count > 0 ? r.offset : tailStart, locations]
}

/** The words of a shard in order, chunk after chunk, one chunk in memory at a time. */
function* shardWords(dir: string, meta: Meta): Generator<ShardWord> {
  for (const chunk of meta.chunks) {
    const r = new CborReader(readPagefindFile(path.join(dir, 'index', `${chunk.hash}.pf_index`)))
    r.arrayLength()
    for (let n = r.arrayLength(); n > 0; n -= 1) {
      if (r.arrayLength() !== 3) throw new Error('Unexpected Pagefind word entry')
      const word = r.text()
      const pages = readPageRun(r)
      const variants: ShardWord['variants'] = []
      for (let v = r.arrayLength(); v > 0; v -= 1) {
        r.arrayLength()
        variants.push({ form: r.text(), pages: readPageRun(r) })
      }
      yield { word, astral: SURROGATE.test(word), pages, variants }
    }
  }
}

/** A shard's run of page entries, and where the shard's pages start in the merged index. */
type PlacedRun = { run: PageRun; offset: number }

/** Per word: its page run (readPageRunAt), the chunk it is in, and where its text is in that chunk. */
const RUN_FIELDS = 10

/**
 * A shard's words in compact form: its chunks' bytes, and for each word its
 * page run and text as offsets into them, so that the garbage collector has
 * a few typed arrays to look at, not millions of objects. `read` decodes a
 * shard (DecodedShards.fill), `words` hands its words to a merge as
 * shardWords would.
 */
export class DecodedShard {
  private constructor(
    private readonly chunks: Uint8Array[],
    private readonly count: number,
    private readonly runs: Int32Array,
    /** Variants are rare (a word's other spellings): kept as decoded, by word. */
    private readonly variants: Map<number, ShardWord['variants']>,
  ) {}

  static read(dir: string, meta: Meta): DecodedShard {
    const chunks: Uint8Array[] = []
    let runs = new Int32Array(RUN_FIELDS * 4096)
    const variants = new Map<number, ShardWord['variants']>()
    let count = 0
    for (const chunk of meta.chunks) {
      const bytes = readPagefindFile(path.join(dir, 'index', `${chunk.hash}.pf_index`))
      chunks.push(bytes)
      const r = new CborReader(bytes)
      r.arrayLength()
      for (let n = r.arrayLength(); n > 0; n -= 1) {
        if (r.arrayLength() !== 3) throw new Error('Unexpected Pagefind word entry')
        const i = count++
        if (count * RUN_FIELDS > runs.length) {
          const grown = new Int32Array(runs.length * 2)
          grown.set(runs)
          runs = grown
        }
        const at = i * RUN_FIELDS
        // The word's text is decoded when a merge takes it, not kept as a string.
        const { major, value, headerLength } = r.peek()
        if (major !== 3) throw new Error('Unexpected Pagefind word entry')
        runs[at + 8] = r.offset + headerLength
        runs[at + 9] = r.offset = r.offset + headerLength + value
        runs.set(readPageRunAt(r), at)
        runs[at + 7] = chunks.length - 1
        const own: ShardWord['variants'] = []
        for (let v = r.arrayLength(); v > 0; v -= 1) {
          r.arrayLength()
          own.push({ form: r.text(), pages: readPageRun(r) })
        }
        if (own.length) variants.set(i, own)
      }
    }
    return new DecodedShard(chunks, count, runs.slice(0, count * RUN_FIELDS), variants)
  }

  *words(): Generator<ShardWord> {
    for (let i = 0; i < this.count; i += 1) yield this.wordAt(i)
  }

  private wordAt(i: number): ShardWord {
    const { chunks, runs } = this
    const at = i * RUN_FIELDS
    const bytes = chunks[runs[at + 7]!]!
    const word = Buffer.from(bytes.buffer, bytes.byteOffset + runs[at + 8]!, runs[at + 9]! - runs[at + 8]!).toString('utf8')
    return {
      word,
      astral: SURROGATE.test(word),
      pages: {
        count: runs[at]!,
        first: runs[at + 1]!,
        last: runs[at + 2]!,
        firstRest: bytes.subarray(runs[at + 3]!, runs[at + 4]!),
        tail: bytes.subarray(runs[at + 4]!, runs[at + 5]!),
        locations: runs[at + 6]!,
      },
      variants: this.variants.get(i) ?? [],
    }
  }
}

/** Page entries of one word from several shards as one delta-encoded list. */
function writePageRuns(w: CborWriter, runs: PlacedRun[]) {
  w.arrayHeader(runs.reduce((n, { run }) => n + run.count, 0))
  let last = 0
  for (const { run, offset } of runs) {
    if (!run.count) continue
    w.arrayHeader(3)
      .integer(run.first + offset - last)
      .raw(run.firstRest)
      .raw(run.tail)
    last = run.last + offset
  }
}

/** One word's entries from the shards that have it, in shard order, each with its shard's page offset. */
type WordGroup = { word: ShardWord; offset: number }[]

function mergeWord(group: WordGroup, w: CborWriter): number {
  w.arrayHeader(3).text(group[0]!.word.word)
  writePageRuns(
    w,
    group.map((g) => ({ run: g.word.pages, offset: g.offset })),
  )
  const forms = [...new Set(group.flatMap((g) => g.word.variants.map((v) => v.form)))].sort(utf8Order)
  w.arrayHeader(forms.length)
  for (const form of forms) {
    w.arrayHeader(2).text(form)
    writePageRuns(
      w,
      group.flatMap((g) => g.word.variants.filter((v) => v.form === form).map((v) => ({ run: v.pages, offset: g.offset }))),
    )
  }
  // Pagefind sizes chunks by a word's pages only, not its variants.
  return group.reduce((n, g) => n + g.word.pages.locations, 0)
}

/**
 * The shards' next words, smallest first: a binary heap, so that merging W
 * words from S shards takes W log S comparisons, not W × S (61 shards at
 * 10,000 cases).
 */
class WordHeap {
  private heap: { word: ShardWord; s: number }[] = []

  constructor(
    private readonly streams: Iterator<ShardWord>[],
    private readonly offsets: number[],
  ) {
    streams.forEach((_, s) => this.pull(s))
  }

  /** Every shard's entry of the smallest word, in shard order; empty when all shards are done. */
  takeSmallest(): WordGroup {
    const first = this.pop()
    if (!first) return []
    const group = [first]
    while (this.heap.length && this.heap[0]!.word.word === first.word.word) group.push(this.pop()!)
    for (const item of group) this.pull(item.s)
    return group.sort((a, b) => a.s - b.s).map((item) => ({ word: item.word, offset: this.offsets[item.s]! }))
  }

  private pull(s: number) {
    const next = this.streams[s]!.next()
    if (next.done) return
    this.heap.push({ word: next.value, s })
    for (let i = this.heap.length - 1; i > 0;) {
      const up = (i - 1) >> 1
      if (!this.less(i, up)) break
      this.swap(i, up)
      i = up
    }
  }

  private pop(): { word: ShardWord; s: number } | undefined {
    const top = this.heap[0]
    const last = this.heap.pop()
    if (!top || top === last) return top
    this.heap[0] = last!
    for (let i = 0; ;) {
      const [l, r] = [2 * i + 1, 2 * i + 2]
      let least = i
      if (l < this.heap.length && this.less(l, least)) least = l
      if (r < this.heap.length && this.less(r, least)) least = r
      if (least === i) break
      this.swap(i, least)
      i = least
    }
    return top
  }

  private less(i: number, j: number): boolean {
    const a = this.heap[i]!
    const b = this.heap[j]!
    const [x, y] = [a.word.word, b.word.word]
    if (x === y) return a.s < b.s
    // Rust's String order; JavaScript's agrees with it within the BMP (utf8Order).
    return a.word.astral || b.word.astral ? Buffer.compare(Buffer.from(x), Buffer.from(y)) < 0 : x < y
  }

  private swap(i: number, j: number) {
    ;[this.heap[i], this.heap[j]] = [this.heap[j]!, this.heap[i]!]
  }
}

/** Pagefind's chunk bounds: the shortest prefixes that still tell neighbouring chunks apart. */
function chunkBounds(chunks: { from: string; to: string }[]) {
  for (let i = 0; i + 1 < chunks.length; i += 1) {
    const a = Array.from(chunks[i]!.to)
    const b = Array.from(chunks[i + 1]!.from)
    let common = 0
    while (common < a.length && common < b.length && a[common] === b[common]) common += 1
    const aPrefix = a.slice(0, common + 1).join('')
    if (utf8Order(aPrefix, chunks[i]!.from) >= 0) chunks[i]!.to = aPrefix
    chunks[i + 1]!.from = b.slice(0, common + 1).join('')
  }
}

class FileNamer {
  private taken = new Set<string>()

  constructor(private readonly language: string) {}

  /** `<language>_<7 hex>`, longer on a clash, as Pagefind names its files. */
  name(content: Uint8Array): string {
    const hash = createHash('sha1').update(content).digest('hex')
    let length = 7
    let name = `${this.language}_${hash.slice(0, length)}`
    while (this.taken.has(name)) name = `${this.language}_${hash.slice(0, (length += 1))}`
    this.taken.add(name)
    return name
  }

  claim(name: string): boolean {
    if (this.taken.has(name)) return false
    this.taken.add(name)
    return true
  }
}

/** gzip at level 6: Pagefind's level 9 takes four times as long for files 1.3% smaller. */
const compressPagefindFile = (cbor: Uint8Array) => gzipAsync(Buffer.concat([SIGNATURE, cbor]), { level: 6, chunkSize: 1 << 20 })

/** Fragments are never changed in place: the merged bundle links to the shard's copy when it can. */
function linkOrCopy(from: string, to: string) {
  try {
    fs.linkSync(from, to)
  } catch {
    fs.copyFileSync(from, to)
  }
}

export async function mergeShards(shards: ShardBundle[], outputPath: string, options: MergeOptions): Promise<MergeReport> {
  if (!shards.length) throw new Error('No search-index shards to merge')
  const opened = shards.map((shard) => {
    const { language, entry } = readEntry(shard.dir)
    return { ...shard, language, entry, meta: readMeta(shard.dir, entry.languages[language]!.hash) }
  })
  const { language, entry } = opened[0]!
  for (const shard of opened) assertPagefindVersion(shard.entry.version, shard.dir)
  if (opened.some((s) => s.language !== language || s.meta.version !== opened[0]!.meta.version))
    throw new Error('Search-index shards differ in language or Pagefind version')
  // The merged meta keeps one list of meta fields, which every page's meta refers to by position.
  const fields = Buffer.from(opened[0]!.meta.metaFields)
  const differing = opened.find((s) => !fields.equals(Buffer.from(s.meta.metaFields)))
  if (differing)
    throw new Error(`Search-index shard ${differing.dir} has other meta fields than ${opened[0]!.dir}; index every page with the same data-pagefind-meta keys`)
  fs.rmSync(outputPath, { recursive: true, force: true })
  for (const folder of ['index', 'filter', 'fragment']) fs.mkdirSync(path.join(outputPath, folder), { recursive: true })
  const files = new MergedFiles(compressPagefindFile, options.reuseDir)
  const writePagefindFile = (file: string, cbor: Uint8Array) => files.write(file, cbor)
  // Pagefind's own files (pagefind.js, the WebAssembly) are the same in every shard.
  for (const name of fs.readdirSync(opened[0]!.dir)) {
    const from = path.join(opened[0]!.dir, name)
    if (fs.statSync(from).isFile() && !/\.pf_meta$|^pagefind-entry\.json$/.test(name)) fs.copyFileSync(from, path.join(outputPath, name))
  }

  // Pages and their fragments, shard after shard; a fragment name two shards share gets a longer one.
  const names = new FileNamer(language)
  const offsets: number[] = []
  const pages = new CborWriter()
  let pageCount = 0
  for (const shard of opened) {
    offsets.push(pageCount)
    pageCount += shard.meta.pages.length
  }
  pages.arrayHeader(pageCount)
  for (const shard of opened) {
    for (const page of shard.meta.pages) {
      const from = path.join(shard.dir, 'fragment', `${page.hash}.pf_fragment`)
      const hash = names.claim(page.hash) ? page.hash : names.name(fs.readFileSync(from))
      linkOrCopy(from, path.join(outputPath, 'fragment', `${hash}.pf_fragment`))
      pages.arrayHeader(1 + page.rest.length).text(hash)
      for (const item of page.rest) pages.raw(item)
    }
  }

  // Filters: each value's pages, shard after shard.
  const filterNames = [...new Set(opened.flatMap((s) => s.meta.filters.map((f) => f.filter)))].sort(utf8Order)
  const filters = new CborWriter().arrayHeader(filterNames.length)
  for (const filter of filterNames) {
    const values = new Map<string, number[]>()
    opened.forEach((shard, s) => {
      const own = shard.meta.filters.find((f) => f.filter === filter)
      if (!own) return
      const r = new CborReader(readPagefindFile(path.join(shard.dir, 'filter', `${own.hash}.pf_filter`)))
      r.arrayLength()
      r.text()
      for (let n = r.arrayLength(); n > 0; n -= 1) {
        r.arrayLength()
        const value = r.text()
        const list = values.get(value) ?? []
        for (let k = r.arrayLength(); k > 0; k -= 1) list.push(r.integer() + offsets[s]!)
        values.set(value, list)
      }
    })
    const w = new CborWriter().arrayHeader(2).text(filter).arrayHeader(values.size)
    for (const value of [...values.keys()].sort(utf8Order)) {
      const list = values.get(value)!
      w.arrayHeader(2).text(value).arrayHeader(list.length)
      for (const page of list) w.integer(page)
    }
    const body = w.finish()
    const hash = names.name(body)
    await writePagefindFile(path.join(outputPath, 'filter', `${hash}.pf_filter`), body)
    filters.arrayHeader(2).text(filter).text(hash)
  }

  // Words: the shards' sorted word lists merged, cut into chunks of CHUNK_LOCATIONS.
  const { decoded } = options
  // By folder and meta file: a folder removed and built again is read again.
  const kept = decoded?.plan(opened.map((shard) => ({ key: `${shard.dir}\n${shard.entry.languages[shard.language]!.hash}`, dir: shard.dir, meta: shard.meta })))
  const streams = opened.map((shard, s) => kept?.[s]?.words() ?? shardWords(shard.dir, shard.meta))
  const heads = new WordHeap(streams, offsets)
  const chunks: { from: string; to: string; hash: string }[] = []
  const pendingWrites: Promise<void>[] = []
  let chunk = new CborWriter()
  let chunkWords = 0
  let chunkLocations = 0
  let chunkFrom = ''
  let chunkTo = ''
  let words = 0
  const flushChunk = async () => {
    if (!chunkWords) return
    const body = new CborWriter().arrayHeader(1).arrayHeader(chunkWords).raw(chunk.finish()).finish()
    const hash = names.name(body)
    chunks.push({ from: chunkFrom, to: chunkTo, hash })
    pendingWrites.push(writePagefindFile(path.join(outputPath, 'index', `${hash}.pf_index`), body))
    // Bounded memory: never more than a few chunks compressing at once.
    if (pendingWrites.length >= 8) await Promise.all(pendingWrites.splice(0))
    chunk = new CborWriter()
    chunkWords = 0
    chunkLocations = 0
  }
  for (;;) {
    const group = heads.takeSmallest()
    if (!group.length) break
    const word = group[0]!.word.word
    if (!chunkWords) chunkFrom = word
    chunkTo = word
    chunkLocations += mergeWord(group, chunk)
    chunkWords += 1
    words += 1
    if (chunkLocations >= CHUNK_LOCATIONS) await flushChunk()
  }
  await flushChunk()
  await Promise.all(pendingWrites)
  chunkBounds(chunks)

  const sorts = new CborWriter().arrayHeader(Object.keys(options.sorts).length)
  for (const [key, order] of Object.entries(options.sorts).sort(([a], [b]) => utf8Order(a, b))) {
    if (order.length !== pageCount) throw new Error(`Sort "${key}" lists ${order.length} pages, the index has ${pageCount}`)
    sorts.arrayHeader(2).text(key).arrayHeader(order.length)
    for (const page of order) sorts.integer(page)
  }
  const meta = new CborWriter().arrayHeader(6).text(opened[0]!.meta.version).raw(pages.finish())
  meta.arrayHeader(chunks.length)
  for (const c of chunks) meta.arrayHeader(3).text(c.from).text(c.to).text(c.hash)
  meta.raw(filters.finish()).raw(sorts.finish()).raw(opened[0]!.meta.metaFields)
  const metaBody = meta.finish()
  const metaHash = `${language}_${createHash('sha1').update(metaBody).digest('hex').slice(0, 10)}`
  await writePagefindFile(path.join(outputPath, `pagefind.${metaHash}.pf_meta`), metaBody)
  files.keepOnly()
  const merged: Entry = { ...entry, languages: { [language]: { ...entry.languages[language]!, hash: metaHash, page_count: pageCount } } }
  fs.writeFileSync(path.join(outputPath, 'pagefind-entry.json'), JSON.stringify(merged))
  return { pages: pageCount, words, chunks: chunks.length }
}

/** Fails loudly on a Pagefind other than the one whose formats the merge was written for. */
export function assertPagefindVersion(version: string, where: string): void {
  if (version !== mergedPagefindVersion) {
    throw new Error(
      `${where} was written by Pagefind ${version}, but site/build/searchIndex/merge.ts knows the file formats of Pagefind ${mergedPagefindVersion} only. ` +
        'Pin pagefind to that version in package.json, or re-read the new formats and update the merge (and mergedPagefindVersion).',
    )
  }
}
