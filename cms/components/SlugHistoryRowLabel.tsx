'use client'
import { useRowLabel } from '@payloadcms/ui'
import React from 'react'

/** 旧网址 1 · the-old-slug: a row of 曾用链接 by its number from 1 and the slug it held. */
export function SlugHistoryRowLabel() {
  const { data, rowNumber } = useRowLabel<{ slug?: string | null }>()
  return (
    <span>
      旧网址 {(rowNumber ?? 0) + 1}
      {data?.slug ? ` · ${data.slug}` : ''}
    </span>
  )
}
