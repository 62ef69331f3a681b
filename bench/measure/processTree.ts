/**
 * Peak memory of a process and everything it starts (astro build, Pagefind's
 * binary, tsx's children): the tree is walked every interval through
 * /proc/<pid>/task/<tid>/children, and each process's VmHWM (its own peak
 * resident set, kept by the kernel between samples) is read from
 * /proc/<pid>/status. Linux only, like the machines the targets are set on.
 */
import fs from 'node:fs'

export type ProcessPeak = { pid: number; command: string; peakBytes: number }

export type TreePeaks = {
  /** The largest peak of any one process: what the "≤ 3 GB for any process" target reads. */
  peakBytes: number
  /** The largest sum of the processes' resident sets at one sample. */
  peakTreeBytes: number
  /** Every process seen, largest first. */
  processes: ProcessPeak[]
}

const read = (file: string) => {
  try {
    return fs.readFileSync(file, 'utf8')
  } catch {
    return ''
  }
}

function childrenOf(pid: number): number[] {
  const out: number[] = []
  let tasks: string[]
  try {
    tasks = fs.readdirSync(`/proc/${pid}/task`)
  } catch {
    return out
  }
  for (const tid of tasks) {
    for (const child of read(`/proc/${pid}/task/${tid}/children`).split(' ')) if (child.trim()) out.push(Number(child))
  }
  return out
}

function memoryOf(pid: number): { hwm: number; rss: number } | undefined {
  const status = read(`/proc/${pid}/status`)
  const hwm = /VmHWM:\s+(\d+) kB/.exec(status)
  const rss = /VmRSS:\s+(\d+) kB/.exec(status)
  return hwm && rss ? { hwm: Number(hwm[1]) * 1024, rss: Number(rss[1]) * 1024 } : undefined
}

function commandOf(pid: number): string {
  const args = read(`/proc/${pid}/cmdline`).split('\0').filter(Boolean)
  // "node …/tsx/dist/cli.mjs bench/stages/seed.ts" reads better as its script.
  const script = args.find((a, i) => i > 0 && /\.(ts|mjs|js)$/.test(a) && !/tsx\/dist|node_modules\/\.bin/.test(a))
  const name = args[0]?.split('/').pop() ?? '?'
  return script
    ? `${name} ${script.split('/').slice(-3).join('/')}${args.includes('build') ? ' build' : ''}`
    : args
        .map((a) => a.split('/').pop())
        .join(' ')
        .slice(0, 80)
}

type Window = { peaks: Map<number, ProcessPeak>; treeBytes: number }

export class TreeSampler {
  private timer: NodeJS.Timeout | undefined
  /** Since start, and since the last reset. */
  private whole: Window = { peaks: new Map(), treeBytes: 0 }
  private window: Window = { peaks: new Map(), treeBytes: 0 }

  constructor(
    private readonly rootPid: number,
    private readonly intervalMs = 100,
  ) {}

  start(): this {
    this.sample()
    this.timer = setInterval(() => this.sample(), this.intervalMs)
    return this
  }

  /** Starts a new window (the whole run's peaks are kept): the kernel's VmHWM of live processes is reset. */
  reset(): void {
    this.sample()
    this.window = { peaks: new Map(), treeBytes: 0 }
    for (const pid of this.tree()) {
      try {
        fs.writeFileSync(`/proc/${pid}/clear_refs`, '5')
      } catch {
        // Not ours to reset: its peak then covers its whole life.
      }
    }
    this.sample()
  }

  /** Peaks since the last reset. */
  windowPeaks(): TreePeaks {
    this.sample()
    return summary(this.window)
  }

  /** Peaks of the whole run. */
  stop(): TreePeaks {
    clearInterval(this.timer)
    this.sample()
    return summary(this.whole)
  }

  private tree(): number[] {
    const pids: number[] = []
    const queue = [this.rootPid]
    while (queue.length) {
      const pid = queue.shift()!
      pids.push(pid)
      queue.push(...childrenOf(pid))
    }
    return pids
  }

  private sample(): void {
    let total = 0
    for (const pid of this.tree()) {
      const memory = memoryOf(pid)
      if (!memory) continue
      const command = commandOf(pid)
      total += memory.rss
      for (const w of [this.whole, this.window]) {
        const known = w.peaks.get(pid)
        if (known) known.peakBytes = Math.max(known.peakBytes, memory.hwm)
        else w.peaks.set(pid, { pid, command, peakBytes: memory.hwm })
        // A child first seen between fork and exec still shows its parent's command line: keep the latest.
        if (known && command) known.command = command
      }
    }
    for (const w of [this.whole, this.window]) w.treeBytes = Math.max(w.treeBytes, total)
  }
}

function summary(w: Window): TreePeaks {
  const processes = [...w.peaks.values()].sort((a, b) => b.peakBytes - a.peakBytes)
  return { peakBytes: processes[0]?.peakBytes ?? 0, peakTreeBytes: w.treeBytes, processes }
}
