'use client'

import { useField, useFormFields } from '@payloadcms/ui'
import { useEffect } from 'react'

import { refId, type Ref } from '../domain/documentId'
import { campaignSettingsSelect, toCampaignSettings, type CampaignSettingsSource, type CaseCampaignSettings } from '../domain'

const selectQuery = Object.keys(campaignSettingsSelect)
  .map((key) => `select[${key}]=true`)
  .join('&')

/**
 * Renders nothing: keeps the case's virtual 活动设置 in step with the campaign
 * picked in the form, so the counters, the hidden sections and the tier picker
 * follow a change of campaign before the case is saved.
 */
export function CampaignSettingsSync({ path }: { path: string }) {
  const { value, setValue } = useField<CaseCampaignSettings | null>({ path })
  const id = refId(useFormFields(([fields]) => fields.campaign?.value as Ref))

  useEffect(() => {
    if (id === null || id === undefined || id === '') {
      if (value) setValue(null, true)
      return
    }
    if (value && String(value.campaign) === String(id)) return
    let stale = false
    void fetch(`/api/campaigns/${id}?depth=0&draft=true&${selectQuery}`, { credentials: 'include' })
      .then((response) => (response.ok ? (response.json() as Promise<CampaignSettingsSource>) : null))
      .then((doc) => {
        if (!stale && doc) setValue(toCampaignSettings(doc), true)
      })
      .catch(() => undefined)
    return () => {
      stale = true
    }
    // `value` is what this effect sets; watching it would refetch in a loop.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [id])

  return null
}
