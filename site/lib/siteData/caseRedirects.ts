import type { Case } from '../../../cms/payload-types'
import { caseUrl } from '../../../cms/domain/urls'

export type CaseRedirect = { from: string; to: string; title: string }

/** Old case slugs (from slug history) that now point at the case's URL, unless a live case took the slug. */
export function caseRedirects(cases: Case[]): CaseRedirect[] {
  const redirects: CaseRedirect[] = []
  const liveSlugs = new Set(cases.map((c) => c.slug))
  for (const c of cases) {
    for (const old of c.slugHistory ?? []) {
      if (old.slug && old.slug !== c.slug && !liveSlugs.has(old.slug)) {
        redirects.push({ from: old.slug, to: caseUrl(c), title: c.title })
      }
    }
  }
  return redirects
}
