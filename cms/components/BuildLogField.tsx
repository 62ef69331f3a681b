'use client'

import { FieldLabel, useField } from '@payloadcms/ui'
import React from 'react'

/**
 * The build log as plain preformatted text. Payload's code field loads its
 * editor (Monaco) from a public CDN, which an intranet admin cannot reach.
 */
export function BuildLogField({ path, field }: { path: string; field: { label?: unknown } }) {
  const { value } = useField<string>({ path })
  return (
    <div className="field-type" style={{ marginBottom: '1.5rem' }}>
      <FieldLabel label={field.label as string} path={path} />
      <pre
        style={{
          maxHeight: '32rem',
          overflow: 'auto',
          whiteSpace: 'pre-wrap',
          padding: '0.75rem',
          background: 'var(--theme-elevation-50)',
          fontSize: '0.8125rem',
        }}
      >
        {value || '（尚无构建日志）'}
      </pre>
    </div>
  )
}
