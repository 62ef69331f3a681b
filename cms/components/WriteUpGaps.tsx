'use client'

import { useFormFields } from '@payloadcms/ui'
import React from 'react'

import { sectionKeys, writeUpGaps, type CaseCampaignSettings } from '../domain'

/**
 * 未写完: a warning beside the publish button (and above the write-up) while
 * sections the campaign uses are empty or the abstract is short. Publishing
 * stays possible; limits that are hard rules are refused by the server.
 */
export function WriteUpGaps({ compact = false }: { compact?: boolean }) {
  // A string, not an array, so that the selector's result compares equal while nothing changes.
  const joined = useFormFields(([fields]) => {
    const settings = fields.campaignSettings?.value as CaseCampaignSettings | null | undefined
    if (!settings) return ''
    const sections = Object.fromEntries(sectionKeys.map((key) => [key, fields[`sections.${key}`]?.value]))
    return writeUpGaps({ abstract: fields.abstract?.value as string | undefined, sections }, settings.writeUpRules).join('；')
  })
  if (!joined) return null
  const gaps = joined.split('；')
  const text = `本案例尚未写完：${gaps.join('；')}。`
  if (compact) {
    return (
      <span
        role="status"
        title={text}
        data-write-up-gaps
        style={{ color: 'var(--theme-warning-650, #a15c00)', fontWeight: 600, marginRight: '0.75rem', whiteSpace: 'nowrap' }}
      >
        ⚠ 未写完（{gaps.length} 项）
      </span>
    )
  }
  return (
    <div
      role="status"
      data-write-up-gaps
      style={{
        border: '1px solid var(--theme-warning-400, #e0a030)',
        background: 'var(--theme-warning-50, #fff7e6)',
        borderRadius: 4,
        padding: '0.6rem 0.9rem',
        margin: '0 0 1rem',
      }}
    >
      {text}发布前请补全，发布后公开网站将显示现有内容。
    </div>
  )
}

/** The compact form, for the document controls. */
export function WriteUpGapsBadge() {
  return <WriteUpGaps compact />
}
