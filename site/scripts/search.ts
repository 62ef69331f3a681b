/**
 * The search page in the browser (the site's one client script). The page
 * arrives with its first view painted (the browse list, newest first, and its
 * facet counts: search/index.astro). The search worker (searchClient.ts, which
 * runs Pagefind off the main thread) is started on the reader's first
 * interaction (focus in the box, a facet, the sort, 显示更多) or at once when
 * the URL carries a search; then the state is read from the URL, run in the
 * worker, and every change written back to the URL.
 * Results are painted first; facet counts, which need every filter file, follow
 * while the facets are in view (at once on a wide screen, on opening them on a phone).
 */
import type { FacetCounts, ResultView } from '../lib/search/engine'
import type { TextPart } from '../lib/search/excerpt'
import { resultMetaLine } from '../lib/search/resultMeta'
import { SearchClient, SearchUnavailable } from './searchClient'
import { isFacetKey } from '../lib/search/facets'
import { searchSummary } from '../lib/search/summary'
import {
  effectiveSort,
  sameState,
  searchHref,
  selectedCount,
  stateFromParams,
  toggleFilter,
  emptyState,
  type SearchState,
  type SortOrder,
} from '../lib/search/state'

const TYPING_DELAY_MS = 250

const form = document.querySelector<HTMLFormElement>('form#search')
if (form) start(form)

function start(form: HTMLFormElement) {
  const input = form.querySelector<HTMLInputElement>('#q')!
  const sortSelect = form.querySelector<HTMLSelectElement>('#sort')!
  const status = form.querySelector<HTMLElement>('#search-status')!
  const list = form.querySelector<HTMLOListElement>('.search-list')!
  const more = form.querySelector<HTMLButtonElement>('.search-more')!
  const clear = form.querySelector<HTMLButtonElement>('.search-clear')!
  const facetsPanel = form.querySelector<HTMLDetailsElement>('.search-facets')!
  const selected = form.querySelector<HTMLElement>('.search-selected')!
  const boxes = [...form.querySelectorAll<HTMLInputElement>('fieldset[data-facet] input[type="checkbox"]')]

  // The page arrives with the facets folded (a phone's view, so that nothing moves there); a wide screen shows them.
  if (!window.matchMedia('(max-width: 47.99rem)').matches) facetsPanel.open = true

  let state = currentState()
  showControls(state)
  /** Whether the page still shows its painted first view (the state without query, facets or sort). */
  let painted = sameState(state, emptyState())
  // Without JS the painted list ends at its first page; with it, 显示更多 loads the rest.
  if (painted) more.hidden = list.children.length >= Number(list.dataset.total ?? 0)

  let client: SearchClient | undefined
  /** The search worker, started once (it loads Pagefind at once). */
  function searchClient(): SearchClient {
    client ??= new SearchClient(new Worker(new URL('./searchWorker.ts', import.meta.url), { type: 'module' }))
    return client
  }

  /** The run whose results are listed, and how many there are. */
  let listed: { run: number; count: number } | undefined
  let shown = 0
  let run = 0
  /** The run whose facet counts are shown (or loading). */
  let counted: number | undefined
  let typing = false
  let typingTimer: ReturnType<typeof setTimeout> | undefined

  /** Runs a state; `history` says how the URL records it (typing replaces, choices push). */
  async function show(next: SearchState, history: 'push' | 'replace' | 'none') {
    clearTimeout(typingTimer)
    if (history !== 'none' && !sameState(next, currentState())) {
      const href = searchHref(location.pathname, next)
      if (history === 'push') window.history.pushState(null, '', href)
      else window.history.replaceState(null, '', href)
    }
    state = next
    painted = false
    const mine = ++run
    list.setAttribute('aria-busy', 'true')
    try {
      const found = await searchClient().run(next)
      if (mine !== run) return
      listed = { run: found.run, count: found.count }
      shown = found.views.length
      counted = undefined
      // The new first page replaces the old list in one step: an empty list meanwhile would pull the page up and push it back.
      list.replaceChildren(...found.views.map(resultItem))
      showSelection()
      showSort(next)
      showLeft()
      status.textContent = searchSummary(found, next)
      if (facetsPanel.open) void showCounts(mine)
    } catch (error) {
      if (mine === run) status.textContent = error instanceof SearchUnavailable ? '检索暂时无法使用，请稍后再试。' : '检索出错，请稍后再试。'
      console.error(error)
    } finally {
      if (mine === run) list.removeAttribute('aria-busy')
    }
  }

  async function showMore(mine: number, focusFirst: boolean) {
    if (!listed) return
    let views: ResultView[]
    try {
      views = await searchClient().page(listed.run, shown)
    } catch (error) {
      console.error(error)
      return
    }
    if (mine !== run) return
    shown += views.length
    const items = views.map(resultItem)
    list.append(...items)
    showLeft()
    if (focusFirst) items[0]?.querySelector('a')?.focus()
  }

  function showLeft() {
    const left = (listed?.count ?? 0) - shown
    more.hidden = left <= 0
    more.textContent = `显示更多结果（还有 ${left} 条）`
  }

  /** The state's ticked values; counts are left blank until showCounts has them. */
  function showSelection() {
    for (const box of boxes) {
      box.checked = (isFacetKey(box.name) && state.filters[box.name]?.includes(box.value)) || false
      box.closest('li')!.hidden = false
      box.parentElement!.querySelector('.count')!.textContent = ''
    }
    for (const fieldset of form.querySelectorAll<HTMLFieldSetElement>('fieldset[data-facet]')) fieldset.hidden = false
    const n = selectedCount(state)
    selected.textContent = n ? `（已选 ${n} 项）` : ''
    clear.hidden = n === 0
  }

  /** The current results' facet counts (every filter file, loaded once); values without results are hidden. */
  async function showCounts(mine: number) {
    if (counted === mine) return
    counted = mine
    let counts: FacetCounts
    try {
      counts = await searchClient().counts(state)
    } catch (error) {
      console.error(error)
      return
    }
    if (mine !== run) return
    for (const box of boxes) {
      if (!isFacetKey(box.name)) continue
      const count = counts[box.name]?.[box.value] ?? 0
      box.closest('li')!.hidden = count === 0 && !box.checked
      box.parentElement!.querySelector('.count')!.textContent = `（${count}）`
    }
    for (const fieldset of form.querySelectorAll<HTMLFieldSetElement>('fieldset[data-facet]')) {
      fieldset.hidden = [...fieldset.querySelectorAll('li')].every((li) => li.hidden)
    }
  }

  function showControls(s: SearchState) {
    input.value = s.q
    for (const box of boxes) box.checked = (isFacetKey(box.name) && s.filters[box.name]?.includes(box.value)) || false
    showSort(s)
  }

  function showSort(s: SearchState) {
    sortSelect.value = effectiveSort(s)
    // Relevance needs a query.
    sortSelect.querySelector<HTMLOptionElement>('option[value="relevance"]')!.disabled = !s.q.trim()
  }

  // The reader is about to search: fetch Pagefind meanwhile.
  input.addEventListener('focus', () => void searchClient(), { once: true })
  facetsPanel.addEventListener('toggle', () => {
    if (facetsPanel.open && !painted) void showCounts(run)
  })
  input.addEventListener('input', () => {
    clearTimeout(typingTimer)
    typingTimer = setTimeout(() => {
      // The first keystrokes of a new query make a history entry; the rest refine it.
      void show({ ...state, q: input.value }, typing ? 'replace' : 'push')
      typing = true
    }, TYPING_DELAY_MS)
  })
  form.addEventListener('submit', (event) => {
    event.preventDefault()
    typing = false
    void show({ ...state, q: input.value }, 'push')
  })
  form.addEventListener('change', (event) => {
    const target = event.target as HTMLInputElement | HTMLSelectElement
    typing = false
    if (target === sortSelect) void show({ ...state, sort: sortSelect.value as SortOrder }, 'push')
    else if (target instanceof HTMLInputElement && target.type === 'checkbox' && isFacetKey(target.name)) {
      void show(toggleFilter(state, target.name, target.value, target.checked), 'push')
    }
  })
  clear.addEventListener('click', () => {
    typing = false
    void show({ ...state, filters: {} }, 'push')
  })
  more.addEventListener('click', () => {
    if (!painted) return void showMore(run, true)
    // The painted first page is the start of the browse list: run it, then show the next page.
    void show(state, 'none').then(() => showMore(run, true))
  })
  window.addEventListener('popstate', () => {
    typing = false
    const next = currentState()
    showControls(next)
    void show(next, 'none')
  })

  if (!painted) {
    // A shared link or a reload of a search: the painted browse list stays, marked busy, until the answer replaces it.
    more.hidden = true
    status.textContent = '正在载入检索……'
    void show(state, 'none')
  }
}

function currentState(): SearchState {
  return stateFromParams(new URL(window.location.href).searchParams)
}

function resultItem(view: ResultView): HTMLLIElement {
  const item = document.createElement('li')
  const heading = item.appendChild(document.createElement('h3'))
  const link = heading.appendChild(document.createElement('a'))
  link.href = view.url
  appendParts(link, view.title)
  const meta = item.appendChild(document.createElement('p'))
  meta.className = 'meta'
  meta.textContent = resultMetaLine(view)
  if (view.excerpt.length) {
    const excerpt = item.appendChild(document.createElement('p'))
    excerpt.className = 'excerpt'
    appendParts(excerpt, view.excerpt)
  }
  return item
}

function appendParts(parent: HTMLElement, parts: readonly TextPart[]) {
  for (const part of parts) {
    if (part.hit) parent.appendChild(document.createElement('mark')).textContent = part.text
    else parent.append(part.text)
  }
}
