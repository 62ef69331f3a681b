'use client'

import { FieldLabel, useField } from '@payloadcms/ui'
import React from 'react'

/** A duration stored in milliseconds, shown as editors read it: 10.3 秒, 2 分 5 秒. */
export function DurationField({ path, field }: { path: string; field: { label?: unknown } }) {
  const { value } = useField<number>({ path })
  const seconds = typeof value === 'number' ? value / 1000 : undefined
  const shown = seconds === undefined ? '—' : seconds < 60 ? `${seconds.toFixed(1)} 秒` : `${Math.floor(seconds / 60)} 分 ${Math.round(seconds % 60)} 秒`
  return (
    <div className="field-type" style={{ flex: '1 1 auto' }}>
      <FieldLabel label={field.label as string} path={path} />
      <output style={{ display: 'block', padding: '0.6rem 0' }}>{shown}</output>
    </div>
  )
}
