'use client'

import { SelectField, useFormFields } from '@payloadcms/ui'
import type { SelectFieldClient, TextFieldClientProps } from 'payload'
import React, { useMemo } from 'react'

import type { CaseCampaignSettings } from '../domain'
import type { TermFilter } from '../fields/termField'
import { useTerms } from './useTerms'

type Props = TextFieldClientProps & { collection: string; filter?: TermFilter }

/**
 * The picker of a term field (cms/fields/termField.ts): a select of the 词表's
 * terms as the CMS holds them now, narrowed to what the case's campaign sets
 * when asked. A stored key that is no longer offered stays visible, so that
 * nothing is dropped without the editor seeing it.
 */
export function TermSelect({ collection, filter, field, path, readOnly }: Props) {
  const terms = useTerms(collection)
  const settings = useFormFields(([fields]) => (filter ? (fields.campaignSettings?.value as CaseCampaignSettings | null | undefined) : undefined))
  const current = useFormFields(([fields]) => fields[path]?.value as string | string[] | null | undefined)

  const options = useMemo(() => {
    const offered = filter === 'campaignCaseTypes' ? settings?.caseTypes : filter === 'campaignAwardTiers' ? settings?.awardTiers : null
    const list = (terms ?? []).filter((t) => !offered?.length || offered.includes(t.value))
    const shown = list.map((t) => ({ label: t.published ? t.label : `${t.label}（未发布）`, value: t.value }))
    for (const value of [current ?? []].flat()) {
      if (!value || shown.some((o) => o.value === value)) continue
      const known = terms?.find((t) => t.value === value)
      shown.push({ label: known ? `${known.label}（不在本活动的可选范围内）` : terms ? `${value}（词表中已没有）` : value, value })
    }
    return shown
  }, [terms, settings, filter, current])

  const select = { ...field, type: 'select', options, hasMany: Boolean((field as { hasMany?: boolean }).hasMany) } as unknown as SelectFieldClient
  return <SelectField field={select} path={path} readOnly={readOnly} />
}
