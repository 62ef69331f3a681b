/**
 * The fenced patch that shows 预约发布's date picker in Chinese: it matches the
 * installed @payloadcms/ui, rewrites its one English fallback into the format
 * every other dayAndTime field uses, and refuses code it was not written for.
 */
import fs from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { displayFormats } from '../../cms/plugins/chineseDates'

type Patch = {
  (this: { resourcePath: string }, source: string): string
  patchSource(source: string, file?: string): string
  checkInstalledVersion(): void
  chineseDayAndTime: string
  chunkDir: string
}
const patch = createRequire(import.meta.url)('../../cms/adminPatches/scheduleDrawerDateFormat.cjs') as Patch

describe('the schedule drawer date format patch', () => {
  it('shows the drawer as every other date-and-time field reads', () => {
    expect(patch.chineseDayAndTime).toBe(displayFormats.dayAndTime)
  })

  it('fits the installed @payloadcms/ui: one chunk holds the fallback, and the loader rewrites it there only', () => {
    expect(() => patch.checkInstalledVersion()).not.toThrow()
    const chunks = fs.readdirSync(patch.chunkDir).filter((f) => /^chunk-.*\.js$/.test(f))
    const outputs = chunks.map((file) => {
      const resourcePath = path.join(patch.chunkDir, file)
      const source = fs.readFileSync(resourcePath, 'utf8')
      return { source, output: patch.call({ resourcePath }, source) }
    })
    const changed = outputs.filter((o) => o.output !== o.source)
    expect(changed).toHaveLength(1)
    expect(changed[0]!.output).toContain('B="yyyy年M月d日 HH:mm"')
    expect(changed[0]!.output).not.toContain('MMM d, yyy h:mm a')
  })

  it('fails loudly on a picker it was not written for', () => {
    expect(() => patch.patchSource('const go="date-time-picker";dateFormat="MMM d, yyyy h:mm a"')).toThrow(/update or remove the patch/)
  })
})
