/** What the shared-link card (og:image) of a case and of a feature says. */
import type { Feature } from '../../../cms/payload-types'
import type { CaseView } from '../caseView'
import { siteName, siteTagline } from '../siteInfo'
import type { OgCard } from './ogCard'

const footer = `${siteName} · ${siteTagline}`

export function caseCard(view: CaseView): OgCard {
  return {
    kicker: `${view.campaign.label} · ${view.campaign.year}年`,
    title: view.title,
    lines: [view.unit.label, [view.award?.label, view.caseType?.label].filter(Boolean).join(' · ')],
    footer,
  }
}

export function featureCard(feature: Pick<Feature, 'headline' | 'subtitle' | 'publication'>, campaignName: string): OgCard {
  return {
    kicker: feature.publication || campaignName,
    title: feature.headline,
    lines: [feature.subtitle?.replace(/^——/, '') ?? '', feature.publication ? campaignName : ''],
    footer,
  }
}

/** The card's text as one line: the image's alt text. */
export const cardAlt = (card: OgCard) => [card.title, ...card.lines.filter(Boolean), card.kicker].join('，')
