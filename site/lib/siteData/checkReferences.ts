import type { Brand, Campaign, Case, Unit } from '../../../cms/payload-types'
import { refId, type DocumentId, type Ref } from '../../../cms/domain/documentId'
import { MissingReferenceError, type MediaView } from '../caseView'
import { lookUp } from './caseIndexes'
import type { SiteData } from './index'

type Published = Pick<SiteData, 'cases' | 'features' | 'brands' | 'units' | 'campaignById' | 'unitById' | 'brandById' | 'caseById'> & {
  mediaById: Map<DocumentId, MediaView>
  evidenceById: Map<DocumentId, unknown>
}

/** Every reference a page will follow must lead to a published document; all problems are reported at once. */
export function checkReferences(data: Published) {
  const problems: string[] = []
  const check = (ok: boolean, who: string, what: string) => {
    if (!ok) problems.push(`${who} refers to ${what}, which is missing or not published`)
  }
  const has = (map: Map<DocumentId, unknown>, ref: Ref) => lookUp(map, ref) !== undefined
  for (const c of data.cases) {
    const who = `case "${c.title}" (/cases/${c.slug}/)`
    check(has(data.campaignById, c.campaign as Ref<Campaign>), who, `campaign #${refId(c.campaign as Ref<Campaign>)}`)
    check(has(data.unitById, c.unit as Ref<Unit>), who, `unit #${refId(c.unit as Ref<Unit>)}`)
    for (const u of c.coUnits ?? []) check(has(data.unitById, u as Ref<Unit>), who, `co-unit #${refId(u as Ref<Unit>)}`)
    if (c.brand) check(has(data.brandById, c.brand as Ref<Brand>), who, `brand #${refId(c.brand as Ref<Brand>)}`)
    // sameInitiativeAs is not checked: a page lists only the published ones, so withdrawing
    // one case never waits on editing the others that name it.
    for (const img of c.images ?? []) check(has(data.mediaById, img.image as Ref), who, `image #${refId(img.image as Ref)}`)
    for (const e of c.evidence ?? []) if (e.file) check(has(data.evidenceById, e.file as Ref), who, `佐证 file #${refId(e.file as Ref)}`)
    if (!c.slug) problems.push(`${who} has no slug`)
  }
  for (const f of data.features) {
    const who = `feature "${f.headline}" (/features/${f.slug}/)`
    if (f.campaign) check(has(data.campaignById, f.campaign as Ref<Campaign>), who, `campaign #${refId(f.campaign as Ref<Campaign>)}`)
    for (const e of f.entries ?? []) check(has(data.caseById, e.case as Ref<Case>), who, `case #${refId(e.case as Ref<Case>)}`)
  }
  for (const b of data.brands) check(has(data.unitById, b.unit as Ref<Unit>), `brand "${b.name}" (/brands/${b.slug}/)`, `unit #${refId(b.unit as Ref<Unit>)}`)
  for (const u of data.units) if (u.parent) check(has(data.unitById, u.parent as Ref<Unit>), `unit "${u.name}"`, `parent unit #${refId(u.parent as Ref<Unit>)}`)
  if (problems.length) {
    const shown = problems
      .slice(0, 20)
      .map((p) => `  - ${p}`)
      .join('\n')
    const more = problems.length > 20 ? `\n  … and ${problems.length - 20} more` : ''
    throw new MissingReferenceError(
      `The site would have broken links: ${problems.length} reference(s) lead to documents that are missing or not published.\n${shown}${more}\nPublish those documents, or remove the references, then build again.`,
    )
  }
}
