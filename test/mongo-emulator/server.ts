/**
 * A MongoDB wire-protocol emulator presenting itself as a one-member replica
 * set, on loopback only. For huibian's tests: see README.md beside this file.
 */
import net from 'node:net'

import { ObjectId } from 'bson'

import { CommandProcessor } from './commands'
import { Store } from './store'
import { completeMessageLength, composeReply, parseMessage } from './wire'

export type MongoEmulator = {
  /** A connection string for this replica set, without a database name. */
  url: string
  port: number
  stop(): Promise<void>
}

export type EmulatorOptions = {
  port?: number
  setName?: string
  /** MongoDB's transactionLifetimeLimitSeconds, in ms (default 60 s). */
  transactionLifetimeMs?: number
  log?: (line: string) => void
}

const HOST = '127.0.0.1'

export async function startMongoEmulator(options: EmulatorOptions = {}): Promise<MongoEmulator> {
  const setName = options.setName ?? 'rs0'
  const log = options.log ?? ((line: string) => process.stderr.write(`[mongo-emulator] ${line}\n`))
  const store = new Store(options.transactionLifetimeMs)
  const sockets = new Set<net.Socket>()
  const server = net.createServer()
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port ?? 0, HOST, resolve)
  })
  const port = (server.address() as net.AddressInfo).port
  const processor = new CommandProcessor(store, { host: `${HOST}:${port}`, setName, processId: new ObjectId(), startedAt: new Date() }, log)

  server.on('connection', (socket) => {
    sockets.add(socket)
    socket.setNoDelay(true)
    processor.connectionOpened()
    let pending = Buffer.alloc(0)
    let queue = Promise.resolve()
    socket.on('data', (chunk) => {
      pending = pending.length ? Buffer.concat([pending, chunk]) : chunk
      for (let length = completeMessageLength(pending); length > 0; length = completeMessageLength(pending)) {
        const message = pending.subarray(0, length)
        pending = pending.subarray(length)
        // One connection's requests are answered in order, as a server does.
        queue = queue.then(async () => {
          try {
            const request = parseMessage(message)
            const reply = await processor.run(request.command)
            if (!request.moreToCome && !socket.destroyed) socket.write(composeReply(request, reply))
          } catch (error) {
            log(`dropping a connection: ${(error as Error).message}`)
            socket.destroy()
          }
        })
      }
    })
    socket.on('error', () => socket.destroy())
    socket.on('close', () => sockets.delete(socket))
  })

  return {
    url: `mongodb://${HOST}:${port}/?replicaSet=${setName}`,
    port,
    stop: async () => {
      for (const socket of sockets) socket.destroy()
      await new Promise<void>((resolve) => server.close(() => resolve()))
    },
  }
}
