import type { Locator, Page, Request } from 'playwright-core'

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

/**
 * Resolves once every Payload form on the page is ready and the page has settled. Payload marks its
 * forms `data-form-ready` (mounted, not initializing, not processing; its own e2e tests wait on it):
 * a field filled before that keeps its text on screen but not in the form's state, as if never typed.
 */
export async function formsReady(page: Page, { timeout = 60_000 } = {}): Promise<void> {
  await page.waitForFunction(() => document.querySelector('form[data-form-ready="false"]') === null, undefined, { timeout })
  await pageSettled(page, { timeout })
}

/**
 * Clicks a form's submit button until `done` holds, as a person clicks again when nothing happened.
 * Each click waits for the form to be ready, and each retry for the answer to the last click: on a
 * loaded machine a save can take longer than any fixed wait, and a click while it is processing is lost.
 */
export async function submitUntil(page: Page, button: Locator, done: () => Promise<boolean>, { attempts = 3, answerWithin = 15_000 } = {}): Promise<void> {
  for (let attempt = 0; attempt < attempts; attempt++) {
    await formsReady(page)
    if (await done()) return
    await button.click()
    await formsReady(page)
    const deadline = Date.now() + answerWithin
    while (Date.now() < deadline) {
      if (await done()) return
      await new Promise((resolve) => setTimeout(resolve, 250))
    }
  }
  if (!(await done())) throw new Error(`submitUntil: ${attempts} clicks on the form's button did not bring what the test waits for`)
}

/**
 * Fills a field of a Payload form and waits for the form's answer to it: the admin asks the server
 * for the form's state after each change (a Next.js server action, so a POST with a `Next-Action`
 * header). An answer still on its way when a save is refused lands after the refusal and takes its
 * marks off the fields; a person reading the screen before clicking does not meet that.
 */
export async function fillAndSettle(page: Page, field: Locator, value: string, { timeout = 30_000 } = {}): Promise<void> {
  const answered = page.waitForResponse((response) => response.request().method() === 'POST' && 'next-action' in response.request().headers(), {
    timeout,
  })
  await field.fill(value)
  await answered
  await pageSettled(page)
}
