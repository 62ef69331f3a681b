/**
 * MongoDB wire framing: OP_MSG (every command of a current driver) and the
 * legacy OP_QUERY/OP_REPLY pair a driver may use for its first handshake.
 * See https://www.mongodb.com/docs/manual/reference/mongodb-wire-protocol/
 */
import { BSON, type Document } from 'bson'

const OP_REPLY = 1
const OP_QUERY = 2004
const OP_MSG = 2013
const CHECKSUM_PRESENT = 1
const MORE_TO_COME = 2

/** How stored and received documents are decoded (numbers as JS numbers, as the driver does). */
export const decodeOptions = { promoteLongs: true, promoteValues: true, promoteBuffers: false } as const

export type Request = {
  requestID: number
  /** OP_QUERY: answer with OP_REPLY. */
  legacy: boolean
  /** The client expects no answer (unacknowledged write). */
  moreToCome: boolean
  command: Document
}

/** Length of the first complete message in `buffer`, or 0 while it is still arriving. */
export function completeMessageLength(buffer: Buffer): number {
  if (buffer.length < 4) return 0
  const length = buffer.readInt32LE(0)
  return buffer.length >= length ? length : 0
}

export function parseMessage(message: Buffer): Request {
  const requestID = message.readInt32LE(4)
  const opCode = message.readInt32LE(12)
  if (opCode === OP_MSG) {
    const flags = message.readUInt32LE(16)
    const end = message.length - (flags & CHECKSUM_PRESENT ? 4 : 0)
    let command: Document = {}
    const sequences: Record<string, Document[]> = {}
    let at = 20
    while (at < end) {
      const kind = message[at]
      at += 1
      if (kind === 0) {
        const size = message.readInt32LE(at)
        command = BSON.deserialize(message.subarray(at, at + size), decodeOptions)
        at += size
      } else if (kind === 1) {
        const size = message.readInt32LE(at)
        const sectionEnd = at + size
        const nameEnd = message.indexOf(0, at + 4)
        const name = message.toString('utf8', at + 4, nameEnd)
        const docs: Document[] = []
        for (let p = nameEnd + 1; p < sectionEnd;) {
          const docSize = message.readInt32LE(p)
          docs.push(BSON.deserialize(message.subarray(p, p + docSize), decodeOptions))
          p += docSize
        }
        sequences[name] = docs
        at = sectionEnd
      } else {
        throw new Error(`OP_MSG section kind ${kind} is not supported`)
      }
    }
    return { requestID, legacy: false, moreToCome: Boolean(flags & MORE_TO_COME), command: { ...command, ...sequences } }
  }
  if (opCode === OP_QUERY) {
    const nameEnd = message.indexOf(0, 20)
    const collection = message.toString('utf8', 20, nameEnd)
    const at = nameEnd + 1 + 8
    const size = message.readInt32LE(at)
    let query = BSON.deserialize(message.subarray(at, at + size), decodeOptions)
    if (query.$query) query = query.$query
    const db = collection.replace(/\.\$cmd$/, '')
    return { requestID, legacy: true, moreToCome: false, command: { ...query, $db: db } }
  }
  throw new Error(`wire opCode ${opCode} is not supported (only OP_MSG and OP_QUERY)`)
}

let nextRequestID = 1

export function composeReply(request: Request, reply: Document): Buffer {
  const body = BSON.serialize(reply, { ignoreUndefined: true })
  const header = Buffer.alloc(16)
  let prefix: Buffer
  if (request.legacy) {
    prefix = Buffer.alloc(20)
    prefix.writeInt32LE(0, 0) // responseFlags
    prefix.writeBigInt64LE(0n, 4) // cursorID
    prefix.writeInt32LE(0, 12) // startingFrom
    prefix.writeInt32LE(1, 16) // numberReturned
  } else {
    prefix = Buffer.alloc(5) // flagBits 0, then a kind-0 section
  }
  header.writeInt32LE(16 + prefix.length + body.length, 0)
  header.writeInt32LE(nextRequestID++, 4)
  header.writeInt32LE(request.requestID, 8)
  header.writeInt32LE(request.legacy ? OP_REPLY : OP_MSG, 12)
  return Buffer.concat([header, prefix, body])
}
