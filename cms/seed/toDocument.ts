import { sectionKeyOf, sectionHeadings, type SectionKey } from '../domain'
import { ContentError, type ContentCollection, type ContentEntry } from './readContent'

/** Resolves a slug in content/ to the id of the document seeded from it. */
export type Resolve = (collection: ContentCollection, slug: string) => number | string | undefined
/** Markdown → Lexical, with the CMS's own editor config. */
export type ToRichText = (markdown: string) => unknown

export type Mapped = {
  data: Record<string, unknown>
  /** Relationship fields whose targets are not seeded yet; set in a second pass. */
  deferred: Record<string, unknown>
}

export type MapContext = {
  resolve: Resolve
  /** Whether content/ has a document with that slug (seeded in this run, perhaps later). */
  known: (collection: ContentCollection, slug: string) => boolean
  richText: ToRichText
}

type Mapper = (entry: ContentEntry, ctx: MapContext) => Mapped

/** Front matter keys each collection takes; anything else is an error, never silently dropped. */
const allowed: Record<ContentCollection, readonly string[]> = {
  units: ['slug', 'name', 'shortName', 'level', 'region', 'category', 'parent', 'description', 'contacts'],
  campaigns: [
    'slug',
    'name',
    'shortName',
    'series',
    'edition',
    'year',
    'region',
    'level',
    'organisers',
    'theme',
    'documentNumber',
    'issuedOn',
    'summary',
    'compilationTitle',
    'preface',
    'caseTypes',
    'fields',
    'themes',
    'criteria',
    'quotas',
    'awardScheme',
    'quotaRounding',
    'stages',
    'writeUpRules',
    'documents',
    'contacts',
    'reviewNotes',
    'status',
  ],
  brands: ['slug', 'name', 'unit', 'description', 'recognitions', 'status'],
  cases: [
    'slug',
    'title',
    'kind',
    'sequence',
    'submittedSequence',
    'campaign',
    'unit',
    'coUnits',
    'coUnitsNote',
    'caseType',
    'field',
    'focusAreas',
    'awardTier',
    'brand',
    'abstract',
    'honours',
    'press',
    'sameInitiativeAs',
    'site',
    'implementation',
    'adoptions',
    'figures',
    'lessons',
    'evidence',
    'privateEvidence',
    'publishedAt',
    'contactPerson',
    'contactPhone',
    'remarks',
    'reviewNotes',
    'status',
  ],
  features: ['slug', 'headline', 'kicker', 'subtitle', 'byline', 'publication', 'publishedOn', 'campaign', 'presentation', 'entries', 'status', 'publishedAt'],
}

function checkKeys(collection: ContentCollection, entry: ContentEntry) {
  const unknown = Object.keys(entry.data).filter((key) => !allowed[collection].includes(key))
  if (unknown.length) throw new ContentError(entry.file, `unknown field(s): ${unknown.join(', ')}`)
}

function ref(entry: ContentEntry, ctx: MapContext, collection: ContentCollection, slug: unknown) {
  if (slug === undefined || slug === null) return undefined
  if (typeof slug !== 'string') throw new ContentError(entry.file, `expected a ${collection} slug, got ${JSON.stringify(slug)}`)
  const id = ctx.resolve(collection, slug)
  if (id === undefined) throw new ContentError(entry.file, `refers to ${collection} "${slug}", which content/ does not have`)
  return id
}

function status(entry: ContentEntry) {
  const value = entry.data.status ?? 'published'
  if (value !== 'published' && value !== 'draft') throw new ContentError(entry.file, 'status must be published or draft')
  return value
}

const strip = (data: Record<string, unknown>, ...keys: string[]) => {
  const copy = { ...data }
  for (const key of keys) delete copy[key]
  return copy
}

const units: Mapper = (entry, ctx) => {
  const { parent } = entry.data
  const parentId = typeof parent === 'string' ? ctx.resolve('units', parent) : undefined
  if (typeof parent === 'string' && !ctx.known('units', parent)) {
    throw new ContentError(entry.file, `refers to units "${parent}", which content/ does not have`)
  }
  return {
    data: { ...strip(entry.data, 'parent'), ...(parentId !== undefined ? { parent: parentId } : {}) },
    deferred: parent && parentId === undefined ? { parent } : {},
  }
}

const campaigns: Mapper = (entry, ctx) => {
  const d = entry.data
  const caseTypes = (d.caseTypes as { type: string; focusAreas?: string[] }[] | undefined)?.map((t) => ({
    type: t.type,
    focusAreas: (t.focusAreas ?? []).map((text) => ({ text })),
  }))
  const themes = (d.themes as string[] | undefined)?.map((name) => ({ name }))
  return {
    data: {
      ...strip(d, 'status', 'preface', 'caseTypes', 'themes'),
      ...(caseTypes ? { caseTypes } : {}),
      ...(themes ? { themes } : {}),
      ...(typeof d.preface === 'string' ? { preface: ctx.richText(d.preface) } : {}),
      _status: status(entry),
    },
    deferred: {},
  }
}

const brands: Mapper = (entry, ctx) => ({
  data: { ...strip(entry.data, 'status'), unit: ref(entry, ctx, 'units', entry.data.unit), _status: status(entry) },
  deferred: {},
})

const cases: Mapper = (entry, ctx) => {
  const d = entry.data
  // A case's folder names its campaign: cases/<campaign-slug>/<case-slug>.md.
  const folder = entry.file.split(/[\\/]/).at(-2)
  if (d.campaign !== undefined && d.campaign !== folder) {
    throw new ContentError(entry.file, `campaign "${String(d.campaign)}" differs from its folder "${folder}"`)
  }
  const same = (d.sameInitiativeAs as string[] | undefined) ?? []
  const sameIds = same.map((slug) => ctx.resolve('cases', slug))
  const allKnown = sameIds.every((id) => id !== undefined)
  for (const slug of same) {
    if (!ctx.known('cases', slug)) {
      throw new ContentError(entry.file, `refers to cases "${slug}", which content/ does not have`)
    }
  }
  return {
    data: {
      ...strip(d, 'status', 'sameInitiativeAs', 'lessons'),
      ...(typeof d.lessons === 'string' ? { lessons: ctx.richText(d.lessons) } : {}),
      campaign: ref(entry, ctx, 'campaigns', folder),
      unit: ref(entry, ctx, 'units', d.unit),
      coUnits: ((d.coUnits as string[] | undefined) ?? []).map((slug) => ref(entry, ctx, 'units', slug)),
      ...(d.brand ? { brand: ref(entry, ctx, 'brands', d.brand) } : {}),
      ...(same.length && allKnown ? { sameInitiativeAs: sameIds } : {}),
      sections: sectionsOf(entry, ctx.richText),
      _status: status(entry),
    },
    deferred: same.length && !allKnown ? { sameInitiativeAs: same } : {},
  }
}

const features: Mapper = (entry, ctx) => {
  const d = entry.data
  const entries = ((d.entries as { case: string; heading?: string; blurb?: string }[] | undefined) ?? []).map((e) => ({
    ...e,
    case: ref(entry, ctx, 'cases', e.case),
  }))
  return {
    data: {
      ...strip(d, 'status'),
      campaign: ref(entry, ctx, 'campaigns', d.campaign),
      entries,
      ...(entry.body ? { lead: ctx.richText(entry.body) } : {}),
      _status: status(entry),
    },
    deferred: {},
  }
}

/** Splits a case body at its `## ` headings into the write-up sections. */
function sectionsOf(entry: ContentEntry, richText: ToRichText): Partial<Record<SectionKey, unknown>> {
  const sections: Partial<Record<SectionKey, unknown>> = {}
  if (!entry.body) return sections
  const parts = entry.body.split(/^##\s+(.+)$/m)
  if (parts[0]!.trim()) throw new ContentError(entry.file, 'text before the first `## ` section heading')
  for (let i = 1; i < parts.length; i += 2) {
    const heading = parts[i]!.trim()
    const key = sectionKeyOf(heading)
    if (!key) {
      throw new ContentError(entry.file, `unknown section heading "${heading}"; use one of ${Object.values(sectionHeadings).join(', ')}`)
    }
    if (sections[key]) throw new ContentError(entry.file, `section "${heading}" appears twice`)
    sections[key] = richText(parts[i + 1]!.trim())
  }
  return sections
}

const mappers: Record<ContentCollection, Mapper> = { units, campaigns, brands, cases, features }

export function toDocument(collection: ContentCollection, entry: ContentEntry, ctx: MapContext): Mapped {
  checkKeys(collection, entry)
  const mapped = mappers[collection](entry, ctx)
  mapped.data.seedHash = entry.hash
  return mapped
}
