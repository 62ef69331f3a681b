/** The line under a result's title, the same in the painted first view and in the script's results. */
export type ResultMeta = { unit: string; campaign: string; year: string; award: string; kind: string }

/** Unit, campaign (year), and the award or, outside a campaign, the kind. */
export function resultMetaLine(view: ResultMeta): string {
  return [view.unit, view.campaign && `${view.campaign}${view.year ? `（${view.year}年）` : ''}`, view.award || (view.campaign ? '' : view.kind)]
    .filter(Boolean)
    .join('　')
}
