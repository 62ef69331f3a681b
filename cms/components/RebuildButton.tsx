'use client'

import { Button, toast } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import React, { useState } from 'react'

/** 立即重建: asks the server to rebuild the public site now. */
export function RebuildButton() {
  const [busy, setBusy] = useState(false)
  const router = useRouter()
  const rebuild = async () => {
    setBusy(true)
    try {
      const response = await fetch('/api/globals/site-build/rebuild', { method: 'POST', credentials: 'include' })
      const body = (await response.json()) as { message?: string }
      if (response.ok) toast.success(body.message ?? '已加入构建队列。')
      else toast.error(body.message ?? '无法开始构建。')
      router.refresh()
    } finally {
      setBusy(false)
    }
  }
  return (
    <Button buttonStyle="secondary" disabled={busy} onClick={rebuild} size="medium">
      立即重建网站
    </Button>
  )
}
