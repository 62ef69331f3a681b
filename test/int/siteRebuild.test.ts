import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { siteRebuilds } from '../../cms/siteBuild'
import type { RebuildOutcome } from '../../cms/siteBuild/rebuildQueue'
import { bootPayload, closePayload, createEditor } from '../helpers/payload'
import { login, rest } from '../helpers/rest'
import { seedContent } from '../../cms/seed'

process.env.SITE_REBUILD_DEBOUNCE_MS = '300'

describe('publishing rebuilds the site', () => {
  let payload: Payload
  const builds: string[][] = []
  let concurrent = 0
  let maxConcurrent = 0
  // Signals instead of sleeps: a test can hold a build open and learn when one has started.
  let gate: Promise<void> = Promise.resolve()
  let started: () => void = () => undefined
  const countingBuild = async (reasons: string[]): Promise<RebuildOutcome> => {
    builds.push(reasons)
    concurrent += 1
    maxConcurrent = Math.max(maxConcurrent, concurrent)
    started()
    await gate
    concurrent -= 1
    return { ok: true, pages: 1, log: ['built'] }
  }

  beforeAll(async () => {
    payload = await bootPayload()
    await seedContent(payload)
  })
  afterAll(() => closePayload(payload))

  /** The required fields of a case, from a seeded one. */
  const caseData = async () => {
    const [seeded] = await someCases(1)
    return { campaign: seeded!.campaign as number, unit: seeded!.unit as number, kind: seeded!.kind }
  }

  const someCases = async (n: number) => (await payload.find({ collection: 'cases', limit: n, sort: 'id', where: { _status: { equals: 'published' } } })).docs

  it('makes one build of a burst of saves, and records it', async () => {
    const queue = siteRebuilds(payload, countingBuild)!
    for (const kase of await someCases(5)) {
      await payload.update({ collection: 'cases', id: kase.id, data: { abstract: `${kase.abstract ?? ''}（修订）`, _status: 'published' } })
    }
    await queue.idle()
    expect(builds).toHaveLength(1)
    expect(builds[0]).toHaveLength(5)
    const status = await payload.findGlobal({ slug: 'site-build' })
    expect(status).toMatchObject({ status: 'succeeded', pages: 1 })
    expect(status.lastSuccessAt).toBeTruthy()
  })

  it('does not build for a draft saved over a published case, but does for an unpublish', async () => {
    const queue = siteRebuilds(payload)!
    const [kase] = await someCases(1)
    const before = builds.length
    await payload.update({ collection: 'cases', id: kase!.id, draft: true, data: { title: '尚未发布的修改', _status: 'draft' } })
    await queue.idle()
    expect(builds.length).toBe(before)
    await payload.update({ collection: 'cases', id: kase!.id, data: { _status: 'draft' } })
    await queue.idle()
    expect(builds.length).toBe(before + 1)
  })

  it("rebuilds for the admin's 取消发布, which leaves no published version behind, and for a delete", async () => {
    const queue = siteRebuilds(payload)!
    const editor = await createEditor(payload)
    const token = await login(editor.email)
    // A case published once: the admin's request rewrites that version into a draft.
    const kase = await payload.create({ collection: 'cases', data: { ...(await caseData()), title: '只发布过一次的案例', _status: 'published' } })
    await queue.idle()
    const before = builds.length
    const res = await rest('PATCH', `/cases/${kase.id}?depth=0&fallback-locale=null&unpublishAllLocales=true`, { token, body: { _status: 'draft' } })
    expect(res.status).toBe(200)
    expect(
      (await payload.countVersions({ collection: 'cases', where: { parent: { equals: kase.id }, 'version._status': { equals: 'published' } } })).totalDocs,
    ).toBe(0)
    await queue.idle()
    expect(builds.slice(before)).toEqual([[`取消发布案例「只发布过一次的案例」`]])

    // Saving a draft of the withdrawn case changes nothing on the site.
    await rest('PATCH', `/cases/${kase.id}?draft=true`, { token, body: { abstract: '草稿修改' } })
    await queue.idle()
    expect(builds.length).toBe(before + 1)

    const live = await payload.create({ collection: 'cases', data: { ...(await caseData()), title: '将被删除的案例', _status: 'published' } })
    await queue.idle()
    expect((await rest('DELETE', `/cases/${live.id}`, { token })).status).toBe(200)
    await queue.idle()
    expect(builds.at(-1)).toEqual(['删除案例「将被删除的案例」'])
    expect((await payload.findGlobal({ slug: 'site-build' })).trigger).toBe('删除案例「将被删除的案例」')
  })

  it('never runs two builds at once: saves during a build make exactly one more', async () => {
    const queue = siteRebuilds(payload)!
    const before = builds.length
    const cases = await someCases(3)
    let open!: () => void
    gate = new Promise<void>((resolve) => (open = resolve))
    const firstStarted = new Promise<void>((resolve) => (started = resolve))
    await payload.update({ collection: 'cases', id: cases[0]!.id, data: { _status: 'published', sequence: 101 } })
    await firstStarted
    expect(queue.busy).toBe(true)
    await payload.update({ collection: 'cases', id: cases[1]!.id, data: { _status: 'published', sequence: 102 } })
    await payload.update({ collection: 'cases', id: cases[2]!.id, data: { _status: 'published', sequence: 103 } })
    open()
    await queue.idle()
    expect(builds.length).toBe(before + 2)
    expect(maxConcurrent).toBe(1)
  })
})
