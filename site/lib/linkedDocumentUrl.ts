/** Where a rich-text link to another document goes (cms/fields/richTextEditor.ts lists what it may point at). */
import { brandUrl, caseUrl, featureUrl, huibianUrl } from '../../cms/domain/urls'

type Sluggable = { slug?: string | null }

const urlOfRelation: Record<string, (doc: Sluggable) => string> = {
  cases: caseUrl,
  brands: brandUrl,
  campaigns: huibianUrl,
  features: featureUrl,
}

/** The URL of `doc` in collection `relationTo`, or undefined for a collection without pages or a document without a slug. */
export function linkedDocumentUrl(relationTo: string, doc: Sluggable | undefined): string | undefined {
  const url = urlOfRelation[relationTo]
  if (!url || !doc?.slug) return undefined
  return url(doc)
}
