/**
 * The search page in the browser (the site's one client script): reads the
 * state from the URL, runs it with SearchEngine on Pagefind's JS API, shows
 * results and facet counts, and writes every change back to the URL.
 */
import { loadResultView, SearchEngine, type PagefindApi, type SearchOutcome } from '../lib/search/engine'
import type { TextPart } from '../lib/search/excerpt'
import { isFacetKey } from '../lib/search/facets'
import {
  effectiveSort,
  resultsPerPage,
  sameState,
  searchHref,
  sortLabels,
  selectedCount,
  stateFromParams,
  toggleFilter,
  type SearchState,
  type SortOrder,
} from '../lib/search/state'

const TYPING_DELAY_MS = 250

const form = document.querySelector<HTMLFormElement>('form#search')
if (form) void start(form)

async function start(form: HTMLFormElement) {
  const input = form.querySelector<HTMLInputElement>('#q')!
  const sortSelect = form.querySelector<HTMLSelectElement>('#sort')!
  const status = form.querySelector<HTMLElement>('#search-status')!
  const list = form.querySelector<HTMLOListElement>('.search-list')!
  const more = form.querySelector<HTMLButtonElement>('.search-more')!
  const clear = form.querySelector<HTMLButtonElement>('.search-clear')!
  const facetsPanel = form.querySelector<HTMLDetailsElement>('.search-facets')!
  const selected = form.querySelector<HTMLElement>('.search-selected')!
  const boxes = [...form.querySelectorAll<HTMLInputElement>('fieldset[data-facet] input[type="checkbox"]')]

  // On a phone the facets start folded under their summary.
  if (window.matchMedia('(max-width: 47.99rem)').matches) facetsPanel.open = false

  let state = currentState()
  showControls(state)
  status.textContent = '正在载入检索……'

  let engine: SearchEngine
  try {
    const bundle = `${import.meta.env.BASE_URL}pagefind/`
    const pagefind = (await import(/* @vite-ignore */ `${bundle}pagefind.js`)) as { createInstance: (options: object) => PagefindApi }
    // noWorker: one file less to load, and the site's CSP need not cover a worker.
    engine = new SearchEngine(pagefind.createInstance({ basePath: bundle, noWorker: true }))
  } catch {
    status.textContent = '检索暂时无法使用，请稍后再试。'
    return
  }

  let outcome: SearchOutcome | undefined
  let shown = 0
  let run = 0
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
    const mine = ++run
    list.setAttribute('aria-busy', 'true')
    try {
      const found = await engine.run(next)
      if (mine !== run) return
      outcome = found
      shown = 0
      list.replaceChildren()
      showFacets(found)
      showSort(next)
      await showMore(mine, false)
      status.textContent = summary(found, next)
    } catch (error) {
      if (mine === run) status.textContent = '检索出错，请稍后再试。'
      console.error(error)
    } finally {
      if (mine === run) list.removeAttribute('aria-busy')
    }
  }

  async function showMore(mine: number, focusFirst: boolean) {
    if (!outcome) return
    const batch = outcome.results.slice(shown, shown + resultsPerPage)
    const views = await Promise.all(batch.map((result) => loadResultView(result, outcome!.terms)))
    if (mine !== run) return
    shown += batch.length
    let first: HTMLAnchorElement | undefined
    for (const view of views) {
      // Never shown: a result whose text lacks a term (the index is exact; this is the last check).
      if (!view) {
        console.warn('huibian search: a result without the query was left out')
        continue
      }
      const item = document.createElement('li')
      const heading = item.appendChild(document.createElement('h3'))
      const link = heading.appendChild(document.createElement('a'))
      link.href = view.url
      appendParts(link, view.title)
      const meta = item.appendChild(document.createElement('p'))
      meta.className = 'meta'
      meta.textContent = [
        view.unit,
        view.campaign && `${view.campaign}${view.year ? `（${view.year}年）` : ''}`,
        view.award || (view.campaign ? '' : view.kind),
      ]
        .filter(Boolean)
        .join('　')
      if (view.excerpt.length) {
        const excerpt = item.appendChild(document.createElement('p'))
        excerpt.className = 'excerpt'
        appendParts(excerpt, view.excerpt)
      }
      list.append(item)
      first ??= link
    }
    const left = outcome.results.length - shown
    more.hidden = left <= 0
    more.textContent = `显示更多结果（还有 ${left} 条）`
    if (focusFirst) first?.focus()
  }

  function showFacets(found: SearchOutcome) {
    for (const box of boxes) {
      const key = box.name
      if (!isFacetKey(key)) continue
      const count = found.facetCounts[key]?.[box.value] ?? 0
      box.checked = state.filters[key]?.includes(box.value) ?? false
      box.closest('li')!.hidden = count === 0 && !box.checked
      box.parentElement!.querySelector('.count')!.textContent = `（${count}）`
    }
    for (const fieldset of form!.querySelectorAll<HTMLFieldSetElement>('fieldset[data-facet]')) {
      fieldset.hidden = [...fieldset.querySelectorAll('li')].every((li) => li.hidden)
    }
    const n = selectedCount(state)
    selected.textContent = n ? `（已选 ${n} 项）` : ''
    clear.hidden = n === 0
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
  more.addEventListener('click', () => void showMore(run, true))
  window.addEventListener('popstate', () => {
    typing = false
    const next = currentState()
    showControls(next)
    void show(next, 'none')
  })

  await show(state, 'none')
}

function currentState(): SearchState {
  return stateFromParams(new URL(window.location.href).searchParams)
}

function appendParts(parent: HTMLElement, parts: readonly TextPart[]) {
  for (const part of parts) {
    if (part.hit) parent.appendChild(document.createElement('mark')).textContent = part.text
    else parent.append(part.text)
  }
}

function summary(found: SearchOutcome, state: SearchState): string {
  const n = found.results.length
  const order = `按${sortLabels[found.sort].name}排列`
  if (!found.terms.length) return n ? `共 ${n} 条，${order}。` : '没有符合筛选条件的条目。'
  const terms = found.terms.map((t) => `“${t}”`).join('')
  if (n) return `找到 ${n} 条包含${terms}的结果，${order}。`
  return selectedCount(state) ? `在所选范围内没有包含${terms}的结果。` : `没有找到包含${terms}的结果。`
}
