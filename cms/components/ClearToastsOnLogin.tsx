'use client'
import { toast, useAuth } from '@payloadcms/ui'
import React, { useEffect, useRef } from 'react'

/**
 * A refused login leaves its error toast up, and Payload's login form moves on
 * to the admin without closing it: an editor who then got in would still read
 * "邮箱或密码错误". Closes every toast at the moment someone logs in.
 */
export function ClearToastsOnLogin({ children }: { children?: React.ReactNode }) {
  const { user } = useAuth()
  const loggedIn = Boolean(user)
  const wasLoggedIn = useRef(loggedIn)
  useEffect(() => {
    if (loggedIn && !wasLoggedIn.current) toast.dismiss()
    wasLoggedIn.current = loggedIn
  }, [loggedIn])
  return <>{children}</>
}
