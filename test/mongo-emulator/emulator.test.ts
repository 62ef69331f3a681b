/**
 * The emulator's own promises (README.md), through the real MongoDB driver:
 * unique indexes, transactions that roll back, write conflicts, lifetime limit.
 */
import { MongoClient, type Collection } from 'mongodb'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startMongoEmulator, type MongoEmulator } from './server'

let emulator: MongoEmulator
let client: MongoClient
let things: Collection

beforeAll(async () => {
  emulator = await startMongoEmulator({ transactionLifetimeMs: 1500, log: () => undefined })
  client = await MongoClient.connect(emulator.url)
  things = client.db('emulator_test').collection('things')
  await things.createIndex({ slug: 1 }, { unique: true, sparse: true })
})

afterAll(async () => {
  await client?.close()
  await emulator?.stop()
})

describe('the MongoDB emulator', () => {
  it('is a one-member replica set on loopback', async () => {
    const hello = await client.db('admin').command({ hello: 1 })
    expect(hello).toMatchObject({ setName: 'rs0', isWritablePrimary: true, hosts: [`127.0.0.1:${emulator.port}`] })
    expect(emulator.url).toMatch(/^mongodb:\/\/127\.0\.0\.1:\d+\/\?replicaSet=rs0$/)
  })

  it('enforces unique indexes with E11000 and the duplicate key', async () => {
    await things.insertOne({ slug: 'a', n: 1 })
    await things.insertMany([{ n: 2 }, { n: 3 }]) // sparse: no slug, no clash
    await expect(things.insertOne({ slug: 'a' })).rejects.toMatchObject({ code: 11000, keyValue: { slug: 'a' } })
    // Not sparse: the two documents without a slug both index as null, as in MongoDB.
    await expect(things.createIndex({ slug: 1, k: 1 }, { unique: true })).rejects.toMatchObject({ code: 11000 })
    expect((await things.listIndexes().toArray()).map((index) => index.name)).toEqual(['_id_', 'slug_1'])
  })

  it('pages through results larger than one batch', async () => {
    await things.insertMany(Array.from({ length: 250 }, (_, i) => ({ batch: i })))
    expect(await things.countDocuments({ batch: { $gte: 0 } })).toBe(250)
    expect(
      (
        await things
          .find({ batch: { $gte: 0 } })
          .sort({ batch: -1 })
          .toArray()
      )
        .map((d) => d.batch)
        .slice(0, 2),
    ).toEqual([249, 248])
  })

  it('hides uncommitted writes and rolls them back on abort', async () => {
    const session = client.startSession()
    session.startTransaction()
    await things.updateOne({ slug: 'a' }, { $set: { n: 2 } }, { session })
    await things.insertOne({ slug: 'b' }, { session })
    expect((await things.findOne({ slug: 'a' }))?.n).toBe(1)
    expect((await things.findOne({ slug: 'a' }, { session }))?.n).toBe(2)
    expect(await things.countDocuments({ slug: 'b' })).toBe(0)
    await session.abortTransaction()
    await session.endSession()
    expect((await things.findOne({ slug: 'a' }))?.n).toBe(1)
    expect(await things.countDocuments({ slug: 'b' })).toBe(0)
  })

  it('fails the second writer of a document with a transient WriteConflict, and makes outside writes wait', async () => {
    const first = client.startSession()
    const second = client.startSession()
    first.startTransaction()
    second.startTransaction()
    await things.updateOne({ slug: 'a' }, { $set: { n: 3 } }, { session: first })
    const conflict = await things.updateOne({ slug: 'a' }, { $set: { n: 4 } }, { session: second }).catch((e) => e)
    expect(conflict).toMatchObject({ code: 112, errorLabels: expect.arrayContaining(['TransientTransactionError']) })
    await second.abortTransaction()
    let outsideDone = false
    const outside = things.updateOne({ slug: 'a' }, { $inc: { n: 10 } }).then(() => (outsideDone = true))
    await new Promise((resolve) => setTimeout(resolve, 100))
    expect(outsideDone).toBe(false)
    await first.commitTransaction()
    await outside
    expect((await things.findOne({ slug: 'a' }))?.n).toBe(13)
    await first.endSession()
    await second.endSession()
  })

  it('aborts a transaction that outlives the lifetime limit', async () => {
    const session = client.startSession()
    session.startTransaction()
    await things.insertOne({ slug: 'late' }, { session })
    await new Promise((resolve) => setTimeout(resolve, 1800))
    await expect(session.commitTransaction()).rejects.toMatchObject({ code: 251 })
    await session.endSession()
    expect(await things.countDocuments({ slug: 'late' })).toBe(0)
  })

  it('joins with $lookup pipelines and upserts with findAndModify', async () => {
    const joined = await things
      .aggregate([
        { $match: { slug: 'a' } },
        {
          $lookup: { from: 'things', let: { id: '$_id' }, pipeline: [{ $match: { $expr: { $eq: ['$_id', '$$id'] } } }, { $project: { slug: 1 } }], as: 'self' },
        },
      ])
      .toArray()
    expect(joined[0]?.self).toEqual([{ _id: joined[0]?._id, slug: 'a' }])
    const upserted = await things.findOneAndUpdate(
      { slug: 'c' },
      { $set: { n: 1 }, $setOnInsert: { created: true } },
      { upsert: true, returnDocument: 'after' },
    )
    expect(upserted).toMatchObject({ slug: 'c', n: 1, created: true })
  })

  it('copies a database with copydb: committed documents and indexes, not a transaction still open', async () => {
    const source = client.db('copy_source').collection('cases')
    await source.createIndex({ slug: 1 }, { unique: true })
    await source.insertMany([{ slug: 'x' }, { slug: 'y' }])
    const session = client.startSession()
    session.startTransaction()
    await source.insertOne({ slug: 'uncommitted' }, { session })
    await client.db('admin').command({ copydb: 1, fromdb: 'copy_source', todb: 'copy_target' })
    await session.abortTransaction()
    await session.endSession()

    const copy = client.db('copy_target').collection('cases')
    expect((await copy.find().sort({ slug: 1 }).toArray()).map((doc) => doc.slug)).toEqual(['x', 'y'])
    await expect(copy.insertOne({ slug: 'x' })).rejects.toMatchObject({ code: 11000 })
    // The two are apart: a write to the copy leaves the original as it was.
    await copy.deleteMany({})
    expect(await source.countDocuments()).toBe(2)
    // Into a database that has collections, it refuses, as MongoDB did.
    await expect(client.db('admin').command({ copydb: 1, fromdb: 'copy_source', todb: 'emulator_test' })).rejects.toMatchObject({ codeName: 'NamespaceExists' })
  })
})
