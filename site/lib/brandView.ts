/** A 党建品牌 as its page shows it (pages/brands/[slug].astro) and the search indexes it. */
import { labelOf, unitLevels } from '../../cms/domain'
import { refId } from '../../cms/domain/documentId'
import type { Brand } from '../../cms/payload-types'
import { brandUrl, unitUrl } from '../../cms/domain/urls'
import { groupHonours } from './caseView'
import type { BrandView } from './search/record'
import type { SiteData } from './siteData'

export function toBrandView(brand: Brand, data: Pick<SiteData, 'unitById' | 'casesByBrand' | 'yearOf'>): BrandView {
  const unit = data.unitById.get(refId(brand.unit)!)!
  return {
    url: brandUrl(brand),
    name: brand.name,
    description: brand.description ?? '',
    unit: { name: unit.name, url: unitUrl(unit), region: unit.region ?? '', level: labelOf(unitLevels, unit.level) },
    year: Math.max(0, ...(brand.recognitions ?? []).map((r) => r.year ?? 0), ...(data.casesByBrand.get(brand.id) ?? []).map(data.yearOf)),
    // Recognitions have the shape of honours; an unknown level goes under 其他.
    recognitions: groupHonours((brand.recognitions ?? []).map((r) => ({ ...r, level: r.level ?? 'other' }))),
  }
}
