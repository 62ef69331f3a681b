/** The 词表 as the site publishes them: the CMS's published terms, in the editors' order. */
import type { AwardTier, CaseType, PartyField, Theme } from '../../../cms/payload-types'
import { categoryUrl, awardUrl } from '../../../cms/domain/urls'
import { termSlug, type AwardTierTerm, type CaseTypeTerm, type Term, type Vocabulary } from '../../../cms/domain'

type TermDoc = CaseType | PartyField | Theme | AwardTier

// Payload's order keys (fractional indexing) compare as plain strings, not by locale.
const byOrder = (a: TermDoc, b: TermDoc) => ((a._order ?? '') < (b._order ?? '') ? -1 : (a._order ?? '') > (b._order ?? '') ? 1 : 0)

const toTerm = (doc: TermDoc): Term => ({
  value: doc.value ?? doc.slug ?? String(doc.id),
  label: doc.label,
  description: doc.description ?? null,
  slug: doc.slug ?? null,
  slugHistory: doc.slugHistory ?? [],
})

export function toVocabulary(docs: { caseTypes: CaseType[]; fields: PartyField[]; themes: Theme[]; awardTiers: AwardTier[] }): Vocabulary {
  const sorted = <T extends TermDoc>(list: T[]) => [...list].filter((d) => d.value).sort(byOrder)
  return {
    caseTypes: sorted(docs.caseTypes).map((d): CaseTypeTerm => ({ ...toTerm(d), kind: d.kind ?? 'case' })),
    fields: sorted(docs.fields).map(toTerm),
    themes: sorted(docs.themes).map(toTerm),
    // The editors' order is the rank: 1 is the highest tier.
    awardTiers: sorted(docs.awardTiers).map((d, i): AwardTierTerm => ({ ...toTerm(d), rank: i + 1, kinds: d.kinds ?? [] })),
  }
}

export type TermRedirect = { from: string; to: string; title: string }

/**
 * Old URL keys (`from`) of a list's terms that now redirect to the term's page,
 * unless a live term took the key. Case types and fields share /categories/,
 * so they are given together.
 */
export function termRedirects(terms: readonly Term[], url: (slug: string) => string): TermRedirect[] {
  const live = new Set(terms.map(termSlug))
  const redirects: TermRedirect[] = []
  for (const term of terms) {
    for (const old of term.slugHistory ?? []) {
      if (old.slug && old.slug !== termSlug(term) && !live.has(old.slug)) redirects.push({ from: old.slug, to: url(termSlug(term)), title: term.label })
    }
  }
  return redirects
}

/** The redirects of the category pages (case types and fields) and of the award-tier pages. */
export const categoryRedirects = (v: Vocabulary) => termRedirects([...v.caseTypes, ...v.fields], categoryUrl)
export const awardRedirects = (v: Vocabulary) => termRedirects(v.awardTiers, awardUrl)
