/** What a rebuild run reports back. */
export type RebuildOutcome = { ok: true; pages?: number; log: string[] } | { ok: false; error: string; log: string[] }

export type RebuildRunner = (reasons: string[]) => Promise<RebuildOutcome>

export type RebuildEvents = {
  onQueued?: (reasons: string[]) => void | Promise<void>
  onStart?: (reasons: string[]) => void | Promise<void>
  onFinish?: (outcome: RebuildOutcome, reasons: string[], ms: number) => void | Promise<void>
}

/**
 * Turns a burst of publish events into one site build: each request restarts
 * a short timer, and only when it runs out does a build start. Never two
 * builds at once: requests during a build queue exactly one more after it.
 */
export class RebuildQueue {
  private timer: NodeJS.Timeout | undefined
  private running: Promise<void> | undefined
  private pending: string[] = []
  private again = false
  private queuedEvent: Promise<void> = Promise.resolve()

  constructor(
    private readonly runner: RebuildRunner,
    private readonly debounceMs: number,
    private readonly events: RebuildEvents = {},
  ) {}

  request(reason: string): void {
    if (!this.pending.includes(reason)) this.pending.push(reason)
    // Not awaited by the caller (a save), but idle() waits for it.
    this.queuedEvent = Promise.resolve(this.events.onQueued?.(this.pending)).catch(() => undefined)
    if (this.running) {
      this.again = true
      return
    }
    clearTimeout(this.timer)
    this.timer = setTimeout(() => void this.start(), this.debounceMs)
    this.timer.unref?.()
  }

  /** Resolves when nothing is queued or building and every event has been handled (for shutdown and tests). */
  async idle(): Promise<void> {
    while (this.timer || this.running) {
      if (this.running) await this.running
      else await new Promise((resolve) => setTimeout(resolve, 20))
    }
    await this.queuedEvent
  }

  get busy(): boolean {
    return Boolean(this.running)
  }

  private async start(): Promise<void> {
    this.timer = undefined
    const reasons = this.pending
    this.pending = []
    this.again = false
    const started = Date.now()
    this.running = (async () => {
      await this.events.onStart?.(reasons)
      let outcome: RebuildOutcome
      try {
        outcome = await this.runner(reasons)
      } catch (error) {
        outcome = { ok: false, error: (error as Error).message, log: [] }
      }
      await this.events.onFinish?.(outcome, reasons, Date.now() - started)
    })()
    try {
      await this.running
    } finally {
      this.running = undefined
    }
    if (this.again) {
      this.timer = setTimeout(() => void this.start(), this.debounceMs)
      this.timer.unref?.()
    }
  }
}
