/**
 * A shard's result fragments made small: Pagefind stores in each page's
 * fragment the content it indexed, which for huibian is the page's whole text
 * as pair words (lib/search/tokens.ts, about 6 KB compressed per page, 7 bytes
 * per character before compression). The result list shows the title and unit
 * (meta) and an excerpt cut from the page's lead, so the fragment keeps that
 * lead as its content and nothing else: about 0.8 KB. The word index is
 * untouched. Fragments keep their names, which the shard's meta refers to.
 *
 * Fragment files are gzip("pagefind_dcd" + JSON), as pagefind.js reads them
 * (Pagefind 1.6, see merge.ts for the version check).
 */
import fs from 'node:fs'
import path from 'node:path'
import { gunzipSync, gzipSync } from 'node:zlib'

const SIGNATURE = Buffer.from('pagefind_dcd')

/** Replaces each fragment's content in a Pagefind output folder with the lead of its page (by URL). */
export function compactFragments(outputPath: string, leadByUrl: ReadonlyMap<string, string>): number {
  const dir = path.join(outputPath, 'fragment')
  let count = 0
  for (const name of fs.readdirSync(dir)) {
    const file = path.join(dir, name)
    const raw = gunzipSync(fs.readFileSync(file))
    if (!raw.subarray(0, SIGNATURE.length).equals(SIGNATURE)) throw new Error(`${file} is not a Pagefind fragment`)
    const fragment = JSON.parse(raw.subarray(SIGNATURE.length).toString('utf8')) as { url: string; content: string; anchors?: unknown[] }
    const lead = leadByUrl.get(fragment.url)
    if (lead === undefined) throw new Error(`The search index holds ${fragment.url}, which this shard did not index`)
    fragment.content = lead
    // Pagefind's sub-results come from headings with ids; huibian's records have none.
    fragment.anchors = []
    fs.writeFileSync(file, gzipSync(Buffer.concat([SIGNATURE, Buffer.from(JSON.stringify(fragment))]), { level: 9 }))
    count += 1
  }
  return count
}
