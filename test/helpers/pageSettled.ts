import type { Page, Request } from 'playwright-core'

/**
 * Waiting until the admin has answered what the page asked. Payload's form
 * asks the server for its state as fields change and rows are added (a
 * Next.js server action); a click made while such an answer is pending can be
 * overtaken by it. Playwright's `waitForLoadState('networkidle')` resolves at
 * once after the first load, so it cannot tell: this counts the page's own
 * requests from the moment it is tracked.
 */
const inFlight = new WeakMap<Page, { pending: Set<Request>; lastChange: number }>()

/** Starts counting a page's requests; call it as soon as the page is opened. */
export function trackRequests(page: Page): void {
  const state = { pending: new Set<Request>(), lastChange: Date.now() }
  inFlight.set(page, state)
  const done = (request: Request) => {
    if (state.pending.delete(request)) state.lastChange = Date.now()
  }
  page.on('request', (request) => {
    // A stream stays open by design; it is not an answer the form waits for.
    if (request.resourceType() === 'eventsource') return
    state.pending.add(request)
    state.lastChange = Date.now()
  })
  page.on('requestfinished', done)
  page.on('requestfailed', done)
}

/** Resolves once no request of the page has been pending for `quietMs` (a person's pause before the next click). */
export async function pageSettled(page: Page, { quietMs = 500, timeout = 60_000 } = {}): Promise<void> {
  const state = inFlight.get(page)
  if (!state) throw new Error('pageSettled: the page was not opened through admin.newPage(), so its requests are not counted')
  const deadline = Date.now() + timeout
  for (;;) {
    if (state.pending.size === 0 && Date.now() - state.lastChange >= quietMs) return
    if (Date.now() > deadline) {
      const urls = [...state.pending].map((r) => `${r.method()} ${r.url()}`).join(', ')
      throw new Error(`The page still had requests pending after ${timeout / 1000} s: ${urls}`)
    }
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}
