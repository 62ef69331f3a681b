'use client'

import { useFormFields } from '@payloadcms/ui'
import React from 'react'

import { charCountNote, sectionKeys, type CaseCampaignSettings } from '../domain'
import { lengthOf } from './WordCount'

/** The write-up's description: how 字数 are counted, and the whole text's count against the campaign's total. */
export function WriteUpTotal() {
  const total = useFormFields(([fields]) => sectionKeys.reduce((sum, key) => sum + lengthOf(fields[`sections.${key}`]?.value), 0))
  const rules = useFormFields(([fields]) => (fields.campaignSettings?.value as CaseCampaignSettings | null | undefined)?.writeUpRules)
  const max = rules?.totalMax
  const min = rules?.totalMin
  const over = typeof max === 'number' && total > max
  const limit = min && max ? `${min}–${max}` : max ? `${max}` : min ? `至少 ${min}` : ''
  return (
    <div className="field-description" style={{ marginBottom: '0.75rem' }}>
      <p style={{ margin: 0 }}>{charCountNote}</p>
      <p data-word-count="total" style={{ margin: '0.25rem 0 0', color: over ? 'var(--theme-error-500)' : undefined, fontWeight: over ? 600 : undefined }}>
        正文合计 {total}
        {limit ? ` / ${limit}` : ''} 字{over ? `（超出 ${total - max!} 字）` : ''}
      </p>
    </div>
  )
}
