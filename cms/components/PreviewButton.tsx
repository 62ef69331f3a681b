'use client'
import { ExternalLinkIcon, useLivePreviewContext } from '@payloadcms/ui'
import React from 'react'

/**
 * 预览: Payload's preview button is an icon with only a tooltip; editors look
 * for the word. Same link (the collection's `admin.preview`), same new tab.
 */
export function PreviewButton() {
  const { previewURL } = useLivePreviewContext()
  if (!previewURL) return null
  return (
    <a
      className="btn btn--style-secondary btn--size-small btn--icon-style-without-border"
      href={previewURL}
      id="preview-button"
      rel="noreferrer"
      style={{ display: 'inline-flex', alignItems: 'center', gap: '0.3rem', margin: 0 }}
      target="_blank"
      title="在公开网站的样式中预览最新保存的版本"
    >
      预览
      <ExternalLinkIcon />
    </a>
  )
}
