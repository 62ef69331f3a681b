/**
 * The search record of a page, from the view data the page renders: its
 * searchable text (the data-pagefind-body regions, as blocks), filters, meta
 * and sort keys. The pages print their data-pagefind-filter / -meta / -sort
 * attributes from these records (searchMarks), and the build indexes the
 * records built from the CMS data while Astro renders (site/build/searchIndex),
 * so the two cannot disagree; test/search/dataIndex.test.ts checks that the
 * records read back from the built pages are these, block for block.
 */
import { labelOf, pageKinds } from '../../../cms/domain'
import { hasFacts } from '../caseFactsView'
import type { CaseView } from '../caseView'
import { leadMetaKey } from './excerpt'
import { unrankedAward, sortKeys } from './facets'
import { htmlBlocks } from './htmlBlocks'
import { searchForm } from './text'

export type SearchRecord = {
  url: string
  /** The searchable text, normalised, one entry per block (heading, paragraph, list item…). */
  blocks: string[]
  filters: Record<string, string[]>
  meta: Record<string, string>
  sort: Record<string, string>
}

/** What a page marks with data-pagefind-filter / -meta / -sort. */
export type SearchMarks = Pick<SearchRecord, 'filters' | 'meta' | 'sort'>

/** A brand page's data, as the page and the search record take it. */
export type BrandView = {
  url: string
  name: string
  description: string
  unit: { name: string; url: string; region: string; level: string }
  /** The search's year order puts a brand at its latest recognition or case. */
  year: number
  recognitions: CaseView['honours']
}

export const normalizeSpaces = (text: string) => text.replace(/\s+/g, ' ').trim()

/** Filters with their values normalised as Pagefind reads an attribute; empty values and repeats are dropped. */
function filtersOf(entries: [string, string | number | null | undefined][]): Record<string, string[]> {
  const filters: Record<string, string[]> = {}
  for (const [key, raw] of entries) {
    const value = normalizeSpaces(String(raw ?? ''))
    if (!value) continue
    const list = (filters[key] ??= [])
    if (!list.includes(value)) list.push(value)
  }
  return filters
}

const metaOf = (entries: [string, string][]) => Object.fromEntries(entries.map(([k, v]) => [k, normalizeSpaces(v)] as const).filter(([, v]) => v))

/** The attribute value that marks `key` on a page (`key:value`), or undefined when the record has none. */
export function markOf(values: Record<string, string | string[]>, key: string): string | undefined {
  const value = values[key]
  const first = Array.isArray(value) ? value[0] : value
  return first === undefined ? undefined : `${key}:${first}`
}

/** The short name readers know a unit by, when the full name does not already contain it. */
export const unitShortName = (view: CaseView) => (view.unit.shortName && !view.unit.label.includes(view.unit.shortName) ? view.unit.shortName : '')

/** An honour's line: its text, the year when the text lacks it, and (shown apart) the awarding body. */
export function honourLine(h: CaseView['honours'][number]['items'][number]): { text: string; body: string } {
  return {
    text: `${h.text}${h.year && !h.text.includes(String(h.year)) ? `（${h.year}年）` : ''}`,
    body: h.body && !h.text.includes(h.body) ? `，${h.body}` : '',
  }
}

const honourBlocks = (honours: CaseView['honours']) => honours.flatMap((group) => group.items.map((h) => honourLine(h)).map((line) => line.text + line.body))

export function caseSearchMarks(view: CaseView): SearchMarks {
  const facts = hasFacts(view.facts) ? view.facts : undefined
  return {
    filters: filtersOf([
      ['kind', view.kindLabel],
      ['year', view.campaign.year],
      ['campaign', view.campaign.label],
      ['award', view.award?.label],
      ['level', view.unit.level],
      ['type', view.caseType?.label],
      ['field', view.field?.label],
      ['region', view.region],
      ['started', facts?.period ? facts.startYear : ''],
      ['adoption', facts?.adoptionLevel],
    ]),
    meta: metaOf([
      ['title', view.title],
      ['unit', view.unit.label],
      [leadMetaKey, view.abstract],
    ]),
    sort: { [sortKeys.year]: String(view.campaign.year), [sortKeys.award]: String(view.award?.rank ?? unrankedAward) },
  }
}

/** A case page's record: its searchable regions in page order (CaseArticle.astro). */
export function caseSearchRecord(view: CaseView): SearchRecord {
  const shortName = unitShortName(view)
  const facts = hasFacts(view.facts) ? view.facts : undefined
  const texts = [
    view.title,
    view.unit.label + (shortName ? `（${shortName}）` : ''),
    view.coUnits.map((u) => u.label).join('、'),
    view.brand?.label ?? '',
    ...(facts?.adoptions ?? []).map((a) => `${a.date ? `${a.date}，` : ''}${a.body}${a.event}（${a.scope}）`),
    ...(facts?.figures ?? []).map((f) => `${f.label} ${f.quantity}${f.asOf}`),
    view.abstract,
  ]
  const blocks = [
    ...texts.map(searchForm),
    ...view.sections.flatMap((s) => htmlBlocks(s.html)),
    ...htmlBlocks(view.facts.lessonsHtml),
    ...[view.site?.organisation ?? '', ...honourBlocks(view.honours)].map(searchForm),
  ].filter(Boolean)
  return { url: view.url, blocks, ...caseSearchMarks(view) }
}

export function brandSearchMarks(brand: BrandView): SearchMarks {
  return {
    filters: filtersOf([
      ['kind', labelOf(pageKinds, 'brand')],
      ['region', brand.unit.region],
      ['level', brand.unit.level],
    ]),
    meta: metaOf([
      ['title', brand.name],
      ['unit', brand.unit.name],
      [leadMetaKey, brand.description],
    ]),
    sort: { [sortKeys.year]: String(brand.year), [sortKeys.award]: String(unrankedAward) },
  }
}

/** A brand page's record (pages/brands/[slug].astro). */
export function brandSearchRecord(brand: BrandView): SearchRecord {
  const blocks = [brand.name, brand.unit.name, brand.description, ...honourBlocks(brand.recognitions)].map(searchForm).filter(Boolean)
  return { url: brand.url, blocks, ...brandSearchMarks(brand) }
}
