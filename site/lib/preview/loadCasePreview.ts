/**
 * The data of an editor's draft preview: the latest version of a case
 * (published or not), read with the editor's own rights, turned into the same
 * view model the static case page renders.
 */
import type { Payload } from 'payload'

import { env } from '../../../cms/env'
import { openPayload } from '../../../cms/openPayload'
import type { AwardTier, Brand, Campaign, Case, CaseType, PartyField, Theme, Unit } from '../../../cms/payload-types'
import { isDocumentId, refId, type DocumentId, type Ref } from '../../../cms/domain/documentId'
import { toCaseView, type CaseLookups, type CaseView, type MediaView } from '../caseView'
import type { EvidenceFileView } from '../caseFactsView'
import { evidenceFileFormats, fileSizeText } from '../../../cms/domain'
import { linkedDocumentUrl } from '../linkedDocumentUrl'
import { toVocabulary } from '../siteData/vocabulary'

export type CasePreview = { status: 200; view: CaseView; draft: boolean } | { status: 401 } | { status: 404 } | { status: 422; message: string }

export async function loadCasePreview(headers: Headers, id: string, site: URL | string): Promise<CasePreview> {
  const payload = await openPayload()
  const { user } = await payload.auth({ headers })
  if (!user) return { status: 401 }
  const read = { user, overrideAccess: false, draft: true, depth: 0, disableErrors: true } as const
  const kase = (await payload.findByID({ collection: 'cases', id, ...read })) as Case | null
  if (!kase) return { status: 404 }

  const byIds = async <T>(collection: 'campaigns' | 'units' | 'brands' | 'cases' | 'media', ids: (DocumentId | undefined)[]) => {
    const wanted = [...new Set(ids.filter(isDocumentId))]
    if (!wanted.length) return new Map<DocumentId, T>()
    const { docs } = await payload.find({ collection, where: { id: { in: wanted } }, limit: 0, pagination: false, ...read })
    return new Map<DocumentId, T>(docs.map((d) => [d.id, d as T]))
  }
  const others = await byIds<Case>(
    'cases',
    (kase.sameInitiativeAs ?? []).map((c) => refId(c as Ref<Case>)),
  )
  const campaigns = await byIds<Campaign>(
    'campaigns',
    [kase, ...others.values()].map((c) => refId(c.campaign)),
  )
  const units = await byIds<Unit>(
    'units',
    [kase, ...others.values()].flatMap((c) => [refId(c.unit), ...(c.coUnits ?? []).map((u) => refId(u as Ref<Unit>))]),
  )
  const brands = await byIds<Brand>('brands', [refId(kase.brand as Ref<Brand>)])
  const media = await mediaViews(
    payload,
    read,
    (kase.images ?? []).map((i) => refId(i.image as Ref)),
  )
  const evidence = await evidenceViews(
    payload,
    read,
    (kase.evidence ?? []).map((e) => refId(e.file as Ref)),
  )

  // The 词表 as the editor sees them now, drafts included, like the case itself.
  const list = async <T>(collection: 'case-types' | 'party-fields' | 'themes' | 'award-tiers') =>
    (await payload.find({ collection, limit: 0, pagination: false, ...read })).docs as T[]
  const vocabulary = toVocabulary({
    caseTypes: await list<CaseType>('case-types'),
    fields: await list<PartyField>('party-fields'),
    themes: await list<Theme>('themes'),
    awardTiers: await list<AwardTier>('award-tiers'),
  })

  const get =
    <T extends { id: DocumentId }>(map: Map<DocumentId, T>) =>
    (ref: Ref<T>) => {
      const key = refId(ref)
      return key === undefined ? undefined : map.get(key)
    }
  const lookups: CaseLookups = {
    campaign: get(campaigns),
    unit: get(units),
    brand: get(brands),
    media: (mediaId) => media.get(mediaId),
    evidenceFile: (fileId) => evidence.get(fileId),
    appearances: () => [...others.values()],
    related: () => [],
    internalHref: (target) => {
      const doc = target.value
      return doc && typeof doc === 'object' ? linkedDocumentUrl(target.relationTo, doc as { slug?: string | null }) : undefined
    },
    site,
    vocabulary,
  }
  try {
    return { status: 200, view: toCaseView(kase, lookups), draft: kase._status !== 'published' }
  } catch (error) {
    return { status: 422, message: (error as Error).message }
  }
}

async function mediaViews(payload: Payload, read: object, ids: (DocumentId | undefined)[]): Promise<Map<DocumentId, MediaView>> {
  const wanted = ids.filter(isDocumentId)
  if (!wanted.length) return new Map()
  const { docs } = await payload.find({ collection: 'media', where: { id: { in: wanted } }, limit: 0, pagination: false, ...read })
  return new Map(
    docs.map((m) => [m.id, { src: `${env.cmsUrl()}${m.url ?? ''}`, alt: m.alt, caption: m.caption ?? null, width: m.width ?? null, height: m.height ?? null }]),
  )
}

/** The draft's 佐证 files, served by the CMS to the logged-in editor (the static site copies public ones instead). */
async function evidenceViews(payload: Payload, read: object, ids: (DocumentId | undefined)[]): Promise<Map<DocumentId, EvidenceFileView>> {
  const wanted = ids.filter(isDocumentId)
  if (!wanted.length) return new Map()
  const { docs } = await payload.find({ collection: 'evidence-files', where: { id: { in: wanted } }, limit: 0, pagination: false, ...read })
  return new Map(
    docs.map((f): [DocumentId, EvidenceFileView] => {
      const href = `${env.cmsUrl()}${f.url ?? ''}`
      return [
        f.id,
        f.mimeType?.startsWith('image/')
          ? { kind: 'image', image: { src: href, alt: f.title, caption: null, width: f.width ?? null, height: f.height ?? null } }
          : { kind: 'document', href, filename: f.filename ?? '', format: evidenceFileFormats[f.mimeType ?? ''] ?? '', size: fileSizeText(f.filesize ?? 0) },
      ]
    }),
  )
}
