import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { adminSources } from '../../cms/cli/adminBuild'
import { rootDir } from '../../cms/paths'

describe('the sources the admin build is fingerprinted from', () => {
  it('follow imports from the Next app, including shared modules, and stay out of the site', async () => {
    const files = (await adminSources()).map((file) => path.relative(rootDir, file))
    expect(files).toContain('cms/payload.config.ts')
    expect(files).toContain('cms/collections/Cases/index.ts')
    // Shared with the site: a change to a permalink must rebuild the admin (its preview button uses it).
    expect(files).toContain('cms/domain/urls.ts')
    expect(files).toContain('package-lock.json')
    expect(files.filter((file) => file.startsWith('site/'))).toEqual([])
  })
})
