/**
 * Stage 1, run as its own process: the synthetic collection created with
 * Payload's full validation and every create hook, in the database the
 * environment names (the bench's temporary one). Documents are created in
 * chunks, one transaction each, as the seed and the importer do: uploads one by
 * one through the Local API, everything else through the batched create path
 * (cms/database/batchCreate.ts) the importer uses.
 * Prints one JSON line: what was created and how fast.
 */
import { commitTransaction, createLocalReq, initTransaction, killTransaction, type CollectionSlug, type Payload } from 'payload'
import sharp from 'sharp'

import { startCreateBatch } from '../../cms/database/batchCreate'
import { closePayload, openPayload } from '../../cms/openPayload'
import { generateCollection, type Ref, type SyntheticCollection } from '../generate/collection'
import { minimalPdf } from '../generate/pdf'
import { argValue, emit } from './protocol'

const cases = Number(argValue('--cases') ?? 1000)
const seed = Number(argValue('--seed') ?? 1)
const chunk = Number(argValue('--chunk') ?? 250)
const facts = !process.argv.includes('--no-facts')

export type SeedReport = {
  generateMs: number
  counts: Record<string, number>
  ms: Record<string, number>
  /** CPU time (user + system, this process) per collection: on a shared machine the wall time says less. */
  cpuMs: Record<string, number>
  casesPerSecond: number
}

type Ids = Record<Ref['ref'], (number | string)[]>

/**
 * Replaces every {ref, index} in a document with the id it got. With `ahead`
 * (announcing a chunk before it is created), a reference to a document not
 * created yet (one of the chunk itself) becomes null, and `ahead.missing` says so.
 */
function resolve(value: unknown, ids: Ids, ahead?: { missing: boolean }): unknown {
  if (Array.isArray(value)) return value.map((v) => resolve(v, ids, ahead))
  if (value && typeof value === 'object') {
    const r = value as Partial<Ref>
    if (r.ref && typeof r.index === 'number' && Object.keys(value).length === 2) {
      const id = ids[r.ref][r.index]
      if (id !== undefined) return id
      if (!ahead) throw new Error(`${r.ref} #${r.index} is referenced before it was created`)
      ahead.missing = true
      return null
    }
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, resolve(v, ids, ahead)]))
  }
  return value
}

async function createAll(
  payload: Payload,
  collection: CollectionSlug,
  docs: Record<string, unknown>[],
  ids: Ids,
  file?: (i: number) => Promise<{ data: Buffer; mimetype: string; name: string; size: number }>,
) {
  const made = ids[collection as Ref['ref']] ?? []
  for (let start = 0; start < docs.length; start += chunk) {
    const req = await createLocalReq({ context: { seeding: true, lookups: new Map() } }, payload)
    await initTransaction(req)
    try {
      const batch = file ? undefined : await startCreateBatch(payload, { collection, req })
      const end = Math.min(start + chunk, docs.length)
      const ahead = docs.slice(start, end).map((doc) => {
        const state = { missing: false }
        return { data: resolve(doc, ids, state) as Record<string, unknown>, complete: !state.missing }
      })
      batch?.expect(ahead.map((a) => a.data))
      for (let i = start; i < end; i += 1) {
        const { data: announced, complete } = ahead[i - start]!
        // add() copies what it is given, so the announced document serves unless it still lacked an id.
        const data = complete ? announced : (resolve(docs[i], ids) as Record<string, unknown>)
        const doc = batch
          ? await batch.add(data)
          : await payload.create({ collection, data: data as never, depth: 0, overrideAccess: true, req, file: await file!(i) })
        made.push(doc.id)
      }
      await batch?.write()
      await commitTransaction(req)
    } catch (error) {
      await killTransaction(req)
      throw error
    }
    if (collection === 'cases') emit({ progress: { done: Math.min(start + chunk, docs.length), total: docs.length } })
  }
  return made
}

async function main() {
  let started = performance.now()
  const collection: SyntheticCollection = generateCollection(cases, seed, { facts })
  const generateMs = performance.now() - started
  const payload = await openPayload()
  const ids: Ids = { units: [], campaigns: [], brands: [], media: [], 'evidence-files': [], cases: [] }
  const ms: Record<string, number> = {}
  const cpuMs: Record<string, number> = {}
  const cpuNow = () => {
    const { user, system } = process.cpuUsage()
    return (user + system) / 1000
  }
  try {
    for (const name of ['units', 'campaigns', 'brands', 'media', 'evidence-files', 'cases', 'features'] as const) {
      started = performance.now()
      const cpuStarted = cpuNow()
      if (name === 'media') {
        await createAll(
          payload,
          'media',
          collection.media.map((m) => ({ alt: m.alt, caption: m.caption })),
          ids,
          async (i) => {
            const m = collection.media[i]!
            const [r, g, b] = m.colour
            const data = await sharp({ create: { width: m.width, height: m.height, channels: 3, background: { r, g, b } } })
              .jpeg()
              .toBuffer()
            return { data, mimetype: 'image/jpeg', name: `bench-${i + 1}.jpg`, size: data.length }
          },
        )
      } else if (name === 'evidence-files') {
        await createAll(
          payload,
          'evidence-files',
          collection.evidenceFiles.map((f) => ({ title: f.title, visibility: f.visibility })),
          ids,
          async (i) => {
            const f = collection.evidenceFiles[i]!
            if (f.format === 'pdf') {
              const data = minimalPdf(`bench evidence ${i + 1}`)
              return { data, mimetype: 'application/pdf', name: `bench-evidence-${i + 1}.pdf`, size: data.length }
            }
            const [r, g, b] = f.colour
            const data = await sharp({ create: { width: f.width, height: f.height, channels: 3, background: { r, g, b } } })
              .jpeg()
              .toBuffer()
            return { data, mimetype: 'image/jpeg', name: `bench-evidence-${i + 1}.jpg`, size: data.length }
          },
        )
      } else {
        ids[name as Ref['ref']] = await createAll(payload, name, collection[name], ids)
      }
      ms[name] = Math.round(performance.now() - started)
      cpuMs[name] = Math.round(cpuNow() - cpuStarted)
    }
  } finally {
    await closePayload(payload)
  }
  const report: SeedReport = {
    generateMs: Math.round(generateMs),
    counts: Object.fromEntries(Object.entries(collection.sizes)),
    ms,
    cpuMs,
    casesPerSecond: Math.round((cases / ms.cases!) * 1000),
  }
  emit({ result: report })
}

await main()
process.exit(0)
