'use client'

import { useFormFields } from '@payloadcms/ui'
import React from 'react'

import { countChars, lexicalToPlainText, sectionHeadingIn, type CaseCampaignSettings, type SectionKey } from '../domain'

type Props = { path: string; target: 'abstract' | SectionKey }

/** The bounds a campaign sets on one part of a write-up. */
export function boundsOf(settings: CaseCampaignSettings | null | undefined, target: Props['target']) {
  const rules = settings?.writeUpRules
  if (target === 'abstract') return { min: rules?.abstractMin ?? null, max: rules?.abstractMax ?? null, label: '摘要' }
  const limit = rules?.sections?.find((s) => s.section === target)
  return { min: limit?.min ?? null, max: limit?.max ?? null, label: sectionHeadingIn(rules, target) }
}

export function lengthOf(value: unknown): number {
  return countChars(typeof value === 'string' ? value : lexicalToPlainText(value))
}

/** 「背景描述 286 / 350 字」 beside a write-up section or the abstract, counted as the server counts. */
export function WordCount({ path, target }: Props) {
  const value = useFormFields(([fields]) => fields[path]?.value)
  const settings = useFormFields(([fields]) => fields.campaignSettings?.value as CaseCampaignSettings | null | undefined)
  const { min, max, label } = boundsOf(settings, target)
  const length = lengthOf(value)
  const over = typeof max === 'number' && length > max
  const under = typeof min === 'number' && length > 0 && length < min
  const limit = min && max ? `${min}–${max}` : max ? `${max}` : min ? `至少 ${min}` : ''
  const status = over ? `超出 ${length - max!} 字` : under ? `还差 ${min! - length} 字` : ''
  return (
    <p
      className={`word-count${over || under ? ' word-count--warn' : ''}`}
      data-word-count={target}
      aria-live="polite"
      style={{
        margin: '0.35rem 0 0',
        fontSize: '0.85rem',
        fontVariantNumeric: 'tabular-nums',
        color: over || under ? 'var(--theme-error-500)' : 'var(--theme-elevation-500)',
        fontWeight: over ? 600 : undefined,
      }}
    >
      {label} {length}
      {limit ? ` / ${limit}` : ''} 字{status ? `（${status}）` : ''}
    </p>
  )
}
