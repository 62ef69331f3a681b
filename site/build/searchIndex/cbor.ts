/**
 * The little CBOR (RFC 8949) the search-index merge needs: Pagefind's index
 * files are gzip("pagefind_dcd" + CBOR) of nested arrays, integers and text.
 * Reading is by offsets so that items can be copied as bytes without decoding
 * them. Definite lengths only, as Pagefind (minicbor) writes them.
 */

export class CborReader {
  offset = 0

  constructor(readonly bytes: Uint8Array) {}

  /** The major type and argument of the item at the offset, without moving. */
  peek(): { major: number; value: number; headerLength: number } {
    const first = this.bytes[this.offset]
    if (first === undefined) throw new Error('CBOR: read past the end')
    const major = first >> 5
    const info = first & 0x1f
    if (info < 24) return { major, value: info, headerLength: 1 }
    const at = this.offset + 1
    const b = this.bytes
    if (info === 24) return { major, value: b[at]!, headerLength: 2 }
    if (info === 25) return { major, value: (b[at]! << 8) | b[at + 1]!, headerLength: 3 }
    if (info === 26) return { major, value: ((b[at]! << 24) >>> 0) + ((b[at + 1]! << 16) | (b[at + 2]! << 8) | b[at + 3]!), headerLength: 5 }
    if (info === 27) {
      const high = ((b[at]! << 24) >>> 0) + ((b[at + 1]! << 16) | (b[at + 2]! << 8) | b[at + 3]!)
      const low = ((b[at + 4]! << 24) >>> 0) + ((b[at + 5]! << 16) | (b[at + 6]! << 8) | b[at + 7]!)
      if (high >= 0x200000) throw new Error('CBOR: integer beyond 2^53')
      return { major, value: high * 2 ** 32 + low, headerLength: 9 }
    }
    throw new Error(`CBOR: unsupported item 0x${first.toString(16)} at ${this.offset}`)
  }

  /** An array's length; the offset moves to its first element. */
  arrayLength(): number {
    const { major, value, headerLength } = this.peek()
    if (major !== 4) throw new Error(`CBOR: expected an array at ${this.offset}`)
    this.offset += headerLength
    return value
  }

  /** An unsigned or negative integer. */
  integer(): number {
    const { major, value, headerLength } = this.peek()
    if (major !== 0 && major !== 1) throw new Error(`CBOR: expected an integer at ${this.offset}`)
    this.offset += headerLength
    return major === 0 ? value : -1 - value
  }

  text(): string {
    const { major, value, headerLength } = this.peek()
    if (major !== 3) throw new Error(`CBOR: expected text at ${this.offset}`)
    const start = this.offset + headerLength
    this.offset = start + value
    return Buffer.from(this.bytes.buffer, this.bytes.byteOffset + start, value).toString('utf8')
  }

  /** Moves past one whole item (with everything nested in it). */
  skip(): void {
    let pending = 1
    while (pending > 0) {
      const { major, value, headerLength } = this.peek()
      this.offset += headerLength
      pending -= 1
      if (major === 2 || major === 3) this.offset += value
      else if (major === 4) pending += value
      else if (major === 5) pending += 2 * value
      else if (major === 6) pending += 1
    }
  }

  /** Moves past `count` integers (Pagefind's location lists), faster than skip(). */
  skipIntegers(count: number): void {
    const b = this.bytes
    let at = this.offset
    for (let i = 0; i < count; i += 1) {
      const first = b[at]!
      if (first >> 6 !== 0) throw new Error(`CBOR: expected an integer at ${at}`)
      const info = first & 0x1f
      at += info < 24 ? 1 : info === 24 ? 2 : info === 25 ? 3 : info === 26 ? 5 : 9
    }
    if (at > b.length) throw new Error('CBOR: read past the end')
    this.offset = at
  }

  /** The bytes of the next item, and the offset moves past it. */
  item(): Uint8Array {
    const start = this.offset
    this.skip()
    return this.bytes.subarray(start, this.offset)
  }
}

/** Collects CBOR into chunks, joined once at the end. */
export class CborWriter {
  private parts: Uint8Array[] = []
  private current = Buffer.allocUnsafe(64 * 1024)
  private used = 0
  length = 0

  private header(major: number, value: number) {
    if (!Number.isSafeInteger(value) || value < 0) throw new Error(`CBOR: cannot write ${value}`)
    this.reserve(9)
    const b = this.current
    const m = major << 5
    if (value < 24) {
      b[this.used++] = m | value
    } else if (value < 0x100) {
      b[this.used++] = m | 24
      b[this.used++] = value
    } else if (value < 0x10000) {
      b[this.used++] = m | 25
      this.used = b.writeUInt16BE(value, this.used)
    } else if (value < 0x100000000) {
      b[this.used++] = m | 26
      this.used = b.writeUInt32BE(value, this.used)
    } else {
      b[this.used++] = m | 27
      this.used = b.writeBigUInt64BE(BigInt(value), this.used)
    }
  }

  private reserve(n: number) {
    if (this.used + n <= this.current.length) return
    this.flush()
    if (n > this.current.length) this.current = Buffer.allocUnsafe(n)
  }

  private flush() {
    if (this.used) this.parts.push(this.current.subarray(0, this.used))
    this.length += this.used
    this.current = Buffer.allocUnsafe(Math.max(64 * 1024, this.current.length))
    this.used = 0
  }

  arrayHeader(length: number): this {
    this.header(4, length)
    return this
  }

  integer(value: number): this {
    if (value >= 0) this.header(0, value)
    else this.header(1, -1 - value)
    return this
  }

  text(value: string): this {
    const bytes = Buffer.from(value, 'utf8')
    this.header(3, bytes.length)
    return this.raw(bytes)
  }

  /** Bytes of items encoded elsewhere, copied as they are. */
  raw(bytes: Uint8Array): this {
    if (bytes.length > 16 * 1024) {
      this.flush()
      this.parts.push(bytes)
      this.length += bytes.length
      return this
    }
    this.reserve(bytes.length)
    this.current.set(bytes, this.used)
    this.used += bytes.length
    return this
  }

  /** The bytes written so far (written length without the unflushed tail: use finish). */
  get size(): number {
    return this.length + this.used
  }

  finish(): Buffer {
    this.flush()
    return Buffer.concat(this.parts, this.length)
  }
}
