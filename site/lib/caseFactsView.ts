/**
 * A case's facts as the case page, the 汇编 and open data show them: plain
 * strings made from the public fact fields (issue 15). 不公开的佐证 is never
 * read here; the site's reads leave it out already (field access).
 */
import { refId, type Ref } from '../../cms/domain/documentId'
import { adoptionScopes, evidenceKinds, figureParts, figureText, labelOf, widestAdoptionScope, yearMonthText } from '../../cms/domain'
import type { Case } from '../../cms/payload-types'
import { isSafeUrl } from '../../cms/utilities/safeUrl'
import type { MediaView } from './caseView'
import type { DocumentId } from '../../cms/domain/documentId'
import { richTextToHtml, type InternalHref } from './richText'

export type CaseFactsView = {
  /** 2022年初; '' when unknown. */
  started: string
  /** 2022 (the year alone, the 实施年份 search facet); '' when unknown. */
  startYear: string
  ended: string
  ongoing: boolean
  /** 2022年初起，持续运行 / 2017年—2019年; '' when nothing is known. */
  period: string
  /** The widest 推广范围 reached (推广层级, a search facet); '' without adoptions. */
  adoptionLevel: string
  adoptions: { scope: string; body: string; event: string; date: string; url: string | null }[]
  /** text 小区网格 8511 个（截至 2024 年）, and its parts (figureParts) */
  figures: { text: string; label: string; quantity: string; asOf: string }[]
  lessonsHtml: string
  evidence: { kind: string; title: string; source: string; date: string; url: string | null; file: EvidenceFileView | null }[]
}

/** A public 佐证 file: a photo for the image pipeline, or a document to download (PDF，1.2 MB). */
export type EvidenceFileView = { kind: 'image'; image: MediaView } | { kind: 'document'; href: string; filename: string; format: string; size: string }

const safeLink = (url: string | null | undefined) => (url && isSafeUrl(url) ? url : null)

/** 2022年初起，持续运行; 2017年—2019年; 2017年起. */
export function implementationPeriod(started: string, ended: string, ongoing: boolean): string {
  if (started && ended) return `${started}—${ended}`
  if (started) return ongoing ? `${started}起，持续运行` : `${started}起`
  if (ended) return `至${ended}`
  return ongoing ? '持续运行' : ''
}

export function caseFactsView(kase: Case, lookups: { evidenceFile(id: DocumentId): EvidenceFileView | undefined; internalHref: InternalHref }): CaseFactsView {
  const started = yearMonthText(kase.implementation?.start)
  const ended = yearMonthText(kase.implementation?.end)
  const ongoing = Boolean(kase.implementation?.ongoing) && !ended
  return {
    started,
    startYear: kase.implementation?.start?.year ? String(kase.implementation.start.year) : '',
    ended,
    ongoing,
    period: implementationPeriod(started, ended, ongoing),
    adoptionLevel: widestAdoptionScope(kase.adoptions)?.label ?? '',
    adoptions: (kase.adoptions ?? []).map((a) => ({
      scope: labelOf(adoptionScopes, a.scope),
      body: a.body ?? '',
      event: a.event,
      date: yearMonthText(a.date),
      url: safeLink(a.url),
    })),
    figures: (kase.figures ?? []).map((f) => ({ text: figureText(f), ...figureParts(f) })),
    lessonsHtml: richTextToHtml(kase.lessons, lookups.internalHref),
    evidence: (kase.evidence ?? []).map((e) => {
      const id = refId(e.file as Ref)
      return {
        kind: labelOf(evidenceKinds, e.kind),
        title: e.title,
        source: e.source ?? '',
        date: yearMonthText(e.date),
        url: safeLink(e.url),
        file: id === undefined ? null : (lookups.evidenceFile(id) ?? null),
      }
    }),
  }
}

/** Whether the facts panel has anything to show. */
export const hasFacts = (facts: CaseFactsView) => Boolean(facts.period || facts.adoptions.length || facts.figures.length)
