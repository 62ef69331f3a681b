import Link from 'next/link'
import React from 'react'

/** Links to huibian's own admin views, under the collections in the side nav (站点构建 is listed under 系统). */
export function AdminNavLinks() {
  return (
    <nav aria-label="工具" style={{ display: 'grid', gap: '0.5rem', marginTop: '1rem' }}>
      <Link href="/admin/import">导入汇总表</Link>
    </nav>
  )
}
