/** A seeded random source, so that a run with the same --seed generates the same collection. */
export type Random = {
  /** In [0, 1). */
  next(): number
  /** An integer in [min, max]. */
  int(min: number, max: number): number
  chance(probability: number): boolean
  pick<T>(list: readonly T[]): T
  /** An index in [0, n) with probability ∝ 1 / (rank + 1)^s: a few very common, a long tail. */
  zipf(n: number, s?: number): number
  shuffle<T>(list: T[]): T[]
}

/** mulberry32: small, fast and good enough for synthetic text. */
export function seededRandom(seed: number): Random {
  let state = seed >>> 0
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const zipfTables = new Map<string, Float64Array>()
  const random: Random = {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    chance: (probability) => next() < probability,
    pick: (list) => list[Math.floor(next() * list.length)]!,
    zipf: (n, s = 1) => {
      const key = `${n}:${s}`
      let cumulative = zipfTables.get(key)
      if (!cumulative) {
        cumulative = new Float64Array(n)
        let sum = 0
        for (let i = 0; i < n; i += 1) cumulative[i] = sum += 1 / (i + 1) ** s
        for (let i = 0; i < n; i += 1) cumulative[i]! /= sum
        zipfTables.set(key, cumulative)
      }
      const u = next()
      let lo = 0
      let hi = n - 1
      while (lo < hi) {
        const mid = (lo + hi) >> 1
        if (cumulative[mid]! < u) lo = mid + 1
        else hi = mid
      }
      return lo
    },
    shuffle: (list) => {
      for (let i = list.length - 1; i > 0; i -= 1) {
        const j = Math.floor(next() * (i + 1))
        ;[list[i], list[j]] = [list[j]!, list[i]!]
      }
      return list
    },
  }
  return random
}
