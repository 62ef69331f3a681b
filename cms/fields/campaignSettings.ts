import type { Field, FieldHook, PayloadRequest } from 'payload'

import { editors } from '../access/editors'
import { refId, type DocumentId, type Ref } from '../domain/documentId'
import { campaignSettingsSelect, toCampaignSettings, type CampaignSettingsSource, type CaseCampaignSettings } from '../domain'

/** One read per campaign per request, however many cases a list shows. */
function campaignSettingsOf(req: PayloadRequest, id: DocumentId): Promise<CaseCampaignSettings | null> {
  const cache = (req.context.campaignSettings ??= new Map()) as Map<string, Promise<CaseCampaignSettings | null>>
  let found = cache.get(String(id))
  if (!found) {
    found = req.payload
      .findByID({
        collection: 'campaigns',
        id,
        depth: 0,
        draft: true,
        overrideAccess: true,
        req,
        disableErrors: true,
        select: campaignSettingsSelect,
      })
      .then((doc) => (doc ? toCampaignSettings(doc as CampaignSettingsSource) : null))
      .catch(() => null)
    cache.set(String(id), found)
  }
  return found
}

const loadCampaignSettings: FieldHook = async ({ data, req }) => {
  // Only editors' reads need it (the edit view); public reads and the site build skip the lookup.
  if (!req.user) return null
  const id = refId(data?.campaign as Ref)
  if (id === null || id === undefined) return null
  return campaignSettingsOf(req, id)
}

/**
 * 活动设置 (virtual, never stored): the campaign's rules as the edit view reads
 * them. Conditions hide the sections a campaign does not use, the tier picker
 * offers its award scheme, and the 字数 counters show its limits. Its field
 * component keeps it in step when the editor picks another campaign.
 */
export const campaignSettingsField: Field = {
  name: 'campaignSettings',
  type: 'json',
  virtual: true,
  access: { read: editors, create: () => false, update: () => false },
  admin: {
    disableListColumn: true,
    disableListFilter: true,
    components: { Field: '/components/CampaignSettingsSync#CampaignSettingsSync' },
  },
  hooks: { afterRead: [loadCampaignSettings] },
}
