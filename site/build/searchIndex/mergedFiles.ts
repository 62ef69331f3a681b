/**
 * The merged bundle's compressed files, kept by their content between merges:
 * an edit changes the words of one shard, so most of the merged word chunks,
 * filters and meta come out the same bytes as last time, and compressing them
 * again was most of the merge's CPU. A file whose content was compressed
 * before is hard-linked from the kept copy; kept copies are written once
 * (a new file renamed into place) and never changed, so a published bundle
 * that links to them never changes under a reader. Without `dir` every file
 * is compressed and written, as before.
 */
import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

export class MergedFiles {
  private readonly used = new Set<string>()

  constructor(
    private readonly compress: (content: Uint8Array) => Promise<Uint8Array>,
    private readonly dir?: string,
  ) {
    if (dir) fs.mkdirSync(dir, { recursive: true })
  }

  /** Writes `cbor` compressed at `file`. */
  async write(file: string, cbor: Uint8Array): Promise<void> {
    if (!this.dir) return fs.promises.writeFile(file, await this.compress(cbor))
    const name = createHash('sha1').update(cbor).digest('hex')
    const kept = path.join(this.dir, name)
    this.used.add(name)
    if (!fs.existsSync(kept)) {
      const partial = `${kept}.${process.pid}`
      await fs.promises.writeFile(partial, await this.compress(cbor))
      fs.renameSync(partial, kept)
    }
    try {
      fs.linkSync(kept, file)
    } catch {
      fs.copyFileSync(kept, file)
    }
  }

  /** Drops the kept files this merge did not use (and what a stopped merge left half written). */
  keepOnly(): void {
    if (!this.dir) return
    for (const name of fs.readdirSync(this.dir)) if (!this.used.has(name)) fs.rmSync(path.join(this.dir, name), { force: true })
  }
}
