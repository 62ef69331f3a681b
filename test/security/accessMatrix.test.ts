/**
 * Who may do what, over the real REST API: every collection, the site-build
 * global and the custom endpoints, times every operation, times the three
 * roles (anonymous, editor, admin). Each cell is its own test. A denied
 * write is also checked to have changed nothing. Then the doors around the
 * matrix: login lockout, CSRF on the login cookie, and CORS.
 */
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { plainTextToLexical } from '../../cms/domain'
import { bootPayload, closePayload, createEditor, testPassword } from '../helpers/payload'
import { login, rest, type RestResponse } from '../helpers/rest'
import { writeUpDocx } from '../helpers/writeUpDocx'
import { createEvidenceFile, smallPdf } from '../helpers/evidenceFiles'
import { smallPng, summaryCsv } from './hostileFiles'
import type { DocumentId } from '../../cms/domain/documentId'

// A hosted deployment's cron runs the job queue with this shared secret (cms/jobs).
const cronSecret = 'matrix-cron-secret-3f9a1c7e5b2d4086'
process.env.CRON_SECRET = cronSecret

type Role = 'anonymous' | 'editor' | 'admin'
type Verdict = 'allow' | 'deny'
const roles: Role[] = ['anonymous', 'editor', 'admin']

type Fixtures = {
  payload: Payload
  tokens: Record<Role, string | undefined>
  users: Record<'editor' | 'admin' | 'other', { id: DocumentId; email: string }>
  campaign: DocumentId
  unit: DocumentId
  published: Record<string, DocumentId>
  draft: Record<string, DocumentId>
  /** What the cells remember between roles: counts, current titles, the last victim. */
  memo: Record<string, any>
}

type Cell = {
  target: string
  operation: string
  verdicts: Record<Role, Verdict>
  request: (f: Fixtures, role: Role) => Promise<RestResponse>
  /** For a denied write: that it changed nothing. For an allowed read: that it showed only what it should. */
  after?: (f: Fixtures, role: Role, res: RestResponse, verdict: Verdict) => Promise<void> | void
}

const staffOnly: Record<Role, Verdict> = { anonymous: 'deny', editor: 'allow', admin: 'allow' }
const everyone: Record<Role, Verdict> = { anonymous: 'allow', editor: 'allow', admin: 'allow' }
const adminsOnly: Record<Role, Verdict> = { anonymous: 'deny', editor: 'deny', admin: 'allow' }
const nobody: Record<Role, Verdict> = { anonymous: 'deny', editor: 'deny', admin: 'deny' }

const call = (f: Fixtures, role: Role, method: 'GET' | 'POST' | 'PATCH' | 'DELETE', path: string, body?: unknown, headers?: Record<string, string>) =>
  rest(method, path, { token: f.tokens[role], body, headers })

let serial = 0
const unique = (what: string) => `${what}${++serial}`

/** A valid new document of each collection, as a client would send it. */
const newDoc: Record<string, (f: Fixtures) => object> = {
  cases: (f) => ({ title: unique('矩阵案例'), kind: 'case', campaign: f.campaign, unit: f.unit, _status: 'published' }),
  campaigns: () => ({ name: unique('矩阵活动'), year: 2024, _status: 'published' }),
  features: () => ({ headline: unique('矩阵专题'), _status: 'published' }),
  brands: (f) => ({ name: unique('矩阵品牌'), unit: f.unit, _status: 'published' }),
  'publicity-notices': (f) => ({
    title: unique('矩阵公示'),
    campaign: f.campaign,
    listKind: 'commend',
    issuer: '矩阵工委',
    periodStart: '2025-09-29T12:00:00.000Z',
    workingDays: 5,
    objectionChannel: { office: '矩阵办公室' },
    _status: 'published',
  }),
  'result-lists': (f) => ({ title: unique('矩阵名单'), campaign: f.campaign, issuer: '矩阵工委', issuedOn: '2025-10-20T12:00:00.000Z', _status: 'published' }),
  units: () => ({ name: unique('矩阵单位') }),
  'case-types': () => ({ label: unique('矩阵类型'), _status: 'published' }),
  'party-fields': () => ({ label: unique('矩阵领域'), _status: 'published' }),
  themes: () => ({ label: unique('矩阵主题'), _status: 'published' }),
  'award-tiers': () => ({ label: unique('矩阵奖项'), _status: 'published' }),
}
/** The editor-owned vocabularies: public when published, like the content that uses them. */
const vocabularies = ['case-types', 'party-fields', 'themes', 'award-tiers'] as const
const titleField: Record<string, string> = {
  cases: 'title',
  campaigns: 'name',
  features: 'headline',
  brands: 'name',
  'publicity-notices': 'title',
  'result-lists': 'title',
  units: 'name',
  'case-types': 'label',
  'party-fields': 'label',
  themes: 'label',
  'award-tiers': 'label',
  media: 'alt',
  'evidence-files': 'title',
  users: 'name',
}

/** A document made behind the API's back, for a cell to update or delete. */
async function victim(f: Fixtures, collection: string): Promise<DocumentId> {
  if (collection === 'media') {
    const png = await smallPng()
    const doc = await f.payload.create({
      collection: 'media',
      data: { alt: unique('矩阵图片') },
      file: { data: png, mimetype: 'image/png', name: 'm.png', size: png.length },
      overrideAccess: true,
    })
    return doc.id
  }
  if (collection === 'evidence-files') return (await evidenceFile(f, 'public')).id
  if (collection === 'users') return (await createEditor(f.payload)).id
  const doc = await f.payload.create({ collection: collection as 'cases', data: newDoc[collection]!(f) as never, overrideAccess: true })
  return doc.id
}

const exists = async (f: Fixtures, collection: string, id: DocumentId) =>
  Boolean(await f.payload.findByID({ collection: collection as 'cases', id, overrideAccess: true, draft: true, disableErrors: true }))
const count = async (f: Fixtures, collection: string) => (await f.payload.count({ collection: collection as 'cases', overrideAccess: true })).totalDocs

const evidenceFile = async (f: Fixtures, visibility: 'public' | 'private') =>
  createEvidenceFile(f.payload, { title: unique('矩阵佐证'), visibility, name: 'm.pdf', data: smallPdf(unique('MATRIX')), mimetype: 'application/pdf' })

async function mediaForm(collection = 'media'): Promise<{ body: Uint8Array; headers: Record<string, string> }> {
  const form = new FormData()
  form.set('_payload', JSON.stringify(collection === 'media' ? { alt: unique('上传图片') } : { title: unique('上传佐证'), visibility: 'public' }))
  form.set('file', new Blob([new Uint8Array(await smallPng())], { type: 'image/png' }), 'matrix.png')
  const multipart = new Response(form)
  return { body: new Uint8Array(await multipart.arrayBuffer()), headers: { 'Content-Type': multipart.headers.get('content-type')! } }
}

/** The CRUD cells of a collection: list, one, create, update, delete. */
function crudCells(collection: string, read: Record<Role, Verdict>, write: Record<Role, Verdict>): Cell[] {
  const field = titleField[collection]!
  return [
    {
      target: collection,
      operation: 'read list',
      verdicts: read,
      request: (f, role) => call(f, role, 'GET', `/${collection}?limit=0&draft=true&depth=0`),
      after: (f, role, res, verdict) => {
        if (verdict !== 'allow' || !(collection in f.draft)) return
        const ids = (res.body.docs as { id: DocumentId; _status?: string }[]).map((d) => d.id)
        // Anonymous readers get published documents only, even when they ask for drafts.
        expect(ids.includes(f.draft[collection]!)).toBe(role !== 'anonymous')
        if (role === 'anonymous') expect((res.body.docs as { _status?: string }[]).every((d) => d._status === 'published')).toBe(true)
      },
    },
    {
      target: collection,
      operation: 'read one',
      verdicts: read,
      request: (f, role) => call(f, role, 'GET', `/${collection}/${f.published[collection]}`),
    },
    {
      target: collection,
      operation: 'create',
      verdicts: write,
      request: async (f, role) => {
        if (collection === 'media' || collection === 'evidence-files') {
          const { body, headers } = await mediaForm(collection)
          return call(f, role, 'POST', `/${collection}`, body, headers)
        }
        return call(f, role, 'POST', `/${collection}`, newDoc[collection]!(f))
      },
      after: async (f, _role, _res, verdict) => {
        if (verdict === 'deny') expect(await count(f, collection)).toBe(f.memo[`${collection} count`])
        else f.memo[`${collection} count`] = await count(f, collection)
      },
    },
    {
      target: collection,
      operation: 'update',
      verdicts: write,
      request: (f, role) => call(f, role, 'PATCH', `/${collection}/${f.published[collection]}`, { [field]: unique(`改过的${field}`) }),
      after: async (f, _role, res, verdict) => {
        const doc = (await f.payload.findByID({
          collection: collection as 'cases',
          id: f.published[collection]!,
          overrideAccess: true,
          depth: 0,
        })) as unknown as Record<string, unknown>
        if (verdict === 'deny') expect(doc[field]).toBe(f.memo[`${collection} ${field}`])
        f.memo[`${collection} ${field}`] = doc[field]
        if (verdict === 'allow') expect(res.body.doc[field]).toBe(doc[field])
      },
    },
    {
      target: collection,
      operation: 'delete',
      verdicts: write,
      request: async (f, role) => {
        const id = await victim(f, collection)
        f.memo[`${collection} victim`] = id
        return call(f, role, 'DELETE', `/${collection}/${id}`)
      },
      after: async (f, _role, _res, verdict) => expect(await exists(f, collection, f.memo[`${collection} victim`]!)).toBe(verdict === 'deny'),
    },
  ]
}

/** Drafts: one unpublished document, and the version history. */
function draftCells(collection: string): Cell[] {
  return [
    {
      target: collection,
      operation: 'read one draft',
      verdicts: staffOnly,
      request: (f, role) => call(f, role, 'GET', `/${collection}/${f.draft[collection]}?draft=true`),
    },
    {
      target: collection,
      operation: 'read versions',
      verdicts: staffOnly,
      request: (f, role) => call(f, role, 'GET', `/${collection}/versions?limit=0`),
    },
  ]
}

const cells: Cell[] = [
  ...['cases', 'campaigns', 'features', 'brands', 'publicity-notices', 'result-lists', ...vocabularies].flatMap((c) => [
    ...crudCells(c, everyone, staffOnly),
    ...draftCells(c),
  ]),
  ...crudCells('units', everyone, staffOnly),
  ...crudCells('media', everyone, staffOnly),
  {
    target: 'media',
    operation: 'read one (shown only by a draft)',
    verdicts: staffOnly,
    request: (f, role) => call(f, role, 'GET', `/media/${f.memo.draftImage}`),
  },
  // 佐证文件: the CRUD cells on a public file; a private file, its bytes and its thumbnail are staff's only.
  ...crudCells('evidence-files', everyone, staffOnly),
  {
    target: 'evidence-files',
    operation: 'read one (private)',
    verdicts: staffOnly,
    request: (f, role) => call(f, role, 'GET', `/evidence-files/${f.memo.privateFile.id}`),
  },
  {
    target: 'evidence-files',
    operation: 'read list (private left out for anonymous)',
    verdicts: everyone,
    request: (f, role) => call(f, role, 'GET', '/evidence-files?limit=0'),
    after: (f, role, res) => {
      const ids = (res.body.docs as { id: DocumentId }[]).map((d) => d.id)
      expect(ids.includes(f.memo.privateFile.id)).toBe(role !== 'anonymous')
      expect(ids).toContain(f.published['evidence-files'])
    },
  },
  {
    target: 'evidence-files',
    operation: 'read file bytes (private)',
    verdicts: staffOnly,
    request: (f, role) => call(f, role, 'GET', `/evidence-files/file/${encodeURIComponent(f.memo.privateFile.filename)}`),
  },
  {
    target: 'evidence-files',
    operation: 'read file bytes (public)',
    verdicts: everyone,
    request: (f, role) => call(f, role, 'GET', `/evidence-files/file/${encodeURIComponent(f.memo.publicFile.filename)}`),
  },
  // Accounts: admins manage them; an editor sees and edits only their own, and never a role.
  {
    target: 'users',
    operation: 'read list',
    verdicts: staffOnly,
    request: (f, role) => call(f, role, 'GET', '/users?limit=0'),
    after: (f, role, res, verdict) => {
      if (verdict !== 'allow') return
      const ids = (res.body.docs as { id: number }[]).map((d) => d.id)
      if (role === 'editor') expect(ids).toEqual([f.users.editor.id])
      else expect(ids).toContain(f.users.other.id)
    },
  },
  {
    target: 'users',
    operation: 'read one (own account)',
    verdicts: staffOnly,
    request: (f, role) => call(f, role, 'GET', `/users/${role === 'admin' ? f.users.admin.id : f.users.editor.id}`),
  },
  { target: 'users', operation: 'read one (another account)', verdicts: adminsOnly, request: (f, role) => call(f, role, 'GET', `/users/${f.users.other.id}`) },
  {
    target: 'users',
    operation: 'create',
    verdicts: adminsOnly,
    request: (f, role) => call(f, role, 'POST', '/users', { email: `${unique('new')}@example.org`, password: testPassword, role: 'admin' }),
    after: async (f, _role, _res, verdict) => {
      const admins = (await f.payload.count({ collection: 'users', where: { role: { equals: 'admin' } }, overrideAccess: true })).totalDocs
      if (verdict === 'deny') expect(admins).toBe(f.memo['admin count'])
      f.memo['admin count'] = admins
    },
  },
  {
    target: 'users',
    operation: 'update (own name)',
    verdicts: staffOnly,
    request: (f, role) => call(f, role, 'PATCH', `/users/${role === 'admin' ? f.users.admin.id : f.users.editor.id}`, { name: unique('新名字') }),
  },
  {
    target: 'users',
    operation: 'update (role field: an editor making themself admin)',
    verdicts: staffOnly,
    request: (f, role) => call(f, role, 'PATCH', `/users/${f.users.editor.id}`, { role: 'admin' }),
    after: async (f, role, res) => {
      const user = await f.payload.findByID({ collection: 'users', id: f.users.editor.id, overrideAccess: true })
      // An editor's request goes through for the fields they may write; the role is not one of them.
      expect(user.role).toBe(role === 'admin' ? 'admin' : 'editor')
      if (role === 'editor') expect(res.status).toBe(200)
      if (role === 'admin') await f.payload.update({ collection: 'users', id: f.users.editor.id, data: { role: 'editor' }, overrideAccess: true })
    },
  },
  {
    target: 'users',
    operation: 'update (another account)',
    verdicts: adminsOnly,
    request: (f, role) => call(f, role, 'PATCH', `/users/${f.users.other.id}`, { name: unique('别人的名字') }),
  },
  {
    target: 'users',
    operation: 'delete (another account)',
    verdicts: adminsOnly,
    request: async (f, role) => {
      const id = await victim(f, 'users')
      f.memo['users victim'] = id
      return call(f, role, 'DELETE', `/users/${id}`)
    },
    after: async (f, _role, _res, verdict) => expect(await exists(f, 'users', f.memo['users victim']!)).toBe(verdict === 'deny'),
  },
  {
    target: 'users',
    operation: 'forgot password (answers alike for any address)',
    verdicts: everyone,
    request: (f, role) => call(f, role, 'POST', '/users/forgot-password', { email: role === 'admin' ? 'nobody@example.org' : f.users.other.email }),
    after: (_f, _role, res) => expect(res.body.token).toBeUndefined(),
  },
  {
    target: 'users',
    operation: 'unlock an account',
    verdicts: adminsOnly,
    request: (f, role) => call(f, role, 'POST', '/users/unlock', { email: f.users.other.email }),
  },
  {
    target: 'users',
    operation: 'first-register (once users exist)',
    verdicts: nobody,
    request: (f, role) => call(f, role, 'POST', '/users/first-register', { email: `${unique('first')}@example.org`, password: testPassword }),
  },
  // The site-build global: staff read it; only the server writes it.
  { target: 'site-build (global)', operation: 'read', verdicts: staffOnly, request: (f, role) => call(f, role, 'GET', '/globals/site-build') },
  {
    target: 'site-build (global)',
    operation: 'update',
    verdicts: nobody,
    request: (f, role) => call(f, role, 'POST', '/globals/site-build', { status: 'failed', lastError: 'x' }),
  },
  // Custom endpoints.
  {
    target: '/api/cases/import-summary',
    operation: 'import a table',
    verdicts: staffOnly,
    request: (f, role) => {
      const form = new FormData()
      form.set('_payload', JSON.stringify({ campaign: f.campaign, newUnitLevel: 'shizhi', newUnitRegion: '福州市' }))
      form.set('file', new Blob([new Uint8Array(summaryCsv([['1', '矩阵导入案例', '机关党建类', '矩阵导入单位', '张三', '0591-1', '']]))]), 'matrix.csv')
      return call(f, role, 'POST', '/cases/import-summary', form)
    },
  },
  {
    target: '/api/cases/:id/import-write-up',
    operation: 'read a Word write-up for a case',
    verdicts: staffOnly,
    request: async (f, role) => {
      const form = new FormData()
      form.set('_payload', JSON.stringify({ apply: false }))
      form.set('file', new Blob([new Uint8Array(await writeUpDocx({ title: '矩阵案例', withImage: false }))]), 'matrix.docx')
      return call(f, role, 'POST', `/cases/${f.draft.cases}/import-write-up`, form)
    },
  },
  {
    target: '/api/cases/import-write-ups',
    operation: 'import Word write-ups into a campaign',
    verdicts: staffOnly,
    request: async (f, role) => {
      const form = new FormData()
      form.set('_payload', JSON.stringify({ campaign: f.campaign }))
      form.set('file', new Blob([new Uint8Array(await writeUpDocx({ title: '矩阵中没有的案例', withImage: false }))]), 'matrix.docx')
      return call(f, role, 'POST', '/cases/import-write-ups', form)
    },
  },
  {
    target: '/api/cases/export-summary',
    operation: 'export with contacts',
    verdicts: staffOnly,
    request: (f, role) => call(f, role, 'GET', `/cases/export-summary?campaign=${f.campaign}&format=csv`),
  },
  {
    target: '/api/campaigns/:id/confirm-over-quota',
    operation: 'confirm awards over quota',
    verdicts: adminsOnly,
    request: async (f, role) => {
      // A campaign of its own, one entry holding a 一等奖 that 5% of 1 entry does not allow.
      f.memo.quotaCampaign ??= await (async () => {
        const sudo = { overrideAccess: true } as const
        const campaign = await f.payload.create({
          collection: 'campaigns',
          data: { name: '矩阵名额活动', year: 2025, awardScheme: [{ tier: 'first', share: 5 }], _status: 'draft' },
          draft: true,
          ...sudo,
        })
        await f.payload.create({
          collection: 'cases',
          data: { title: '矩阵名额案例', campaign: campaign.id, unit: f.unit, awardTier: 'first', _status: 'draft' },
          draft: true,
          ...sudo,
        })
        return campaign.id
      })()
      return call(f, role, 'POST', `/campaigns/${f.memo.quotaCampaign}/confirm-over-quota`, {})
    },
    after: async (f, _role, _res, verdict) => {
      const doc = await f.payload.findByID({ collection: 'campaigns', id: f.memo.quotaCampaign, draft: true, overrideAccess: true, depth: 0 })
      if (verdict === 'deny') expect(doc.quotaConfirmations ?? []).toHaveLength(f.memo.quotaConfirmed ?? 0)
      else f.memo.quotaConfirmed = (doc.quotaConfirmations ?? []).length
    },
  },
  {
    target: '/api/globals/site-build/rebuild',
    operation: 'ask for a rebuild',
    verdicts: staffOnly,
    request: (f, role) => call(f, role, 'POST', '/globals/site-build/rebuild'),
  },
  // The job queue (scheduled publishing): no REST access to the jobs themselves; staff, or a cron with the secret, may run due jobs.
  { target: 'payload-jobs', operation: 'read list', verdicts: nobody, request: (f, role) => call(f, role, 'GET', '/payload-jobs') },
  {
    target: 'payload-jobs',
    operation: 'create',
    verdicts: nobody,
    request: (f, role) => call(f, role, 'POST', '/payload-jobs', { taskSlug: 'schedulePublish', input: {} }),
  },
  { target: '/api/payload-jobs/run', operation: 'run due jobs', verdicts: staffOnly, request: (f, role) => call(f, role, 'GET', '/payload-jobs/run') },
  {
    target: '/api/payload-jobs/run',
    operation: 'run due jobs with the cron secret',
    verdicts: everyone,
    request: (f, role) => call(f, role, 'GET', '/payload-jobs/run', undefined, { Authorization: `Bearer ${cronSecret}` }),
  },
  {
    target: '/api/payload-jobs/run',
    operation: 'run due jobs with a wrong secret',
    verdicts: staffOnly,
    request: (f, role) => call(f, role, 'GET', '/payload-jobs/run', undefined, { Authorization: `Bearer ${cronSecret}x` }),
  },
  // Payload's default for its schedule bookkeeping: any signed-in account.
  {
    target: 'payload-jobs-stats (global)',
    operation: 'update',
    verdicts: staffOnly,
    request: (f, role) => call(f, role, 'POST', '/globals/payload-jobs-stats', { stats: { forged: true } }),
  },
  // Payload's own collections.
  { target: 'payload-preferences', operation: 'read list', verdicts: staffOnly, request: (f, role) => call(f, role, 'GET', '/payload-preferences') },
  { target: 'payload-locked-documents', operation: 'read list', verdicts: staffOnly, request: (f, role) => call(f, role, 'GET', '/payload-locked-documents') },
  { target: 'payload-kv', operation: 'read list', verdicts: nobody, request: (f, role) => call(f, role, 'GET', '/payload-kv') },
  { target: 'payload-migrations', operation: 'read list', verdicts: nobody, request: (f, role) => call(f, role, 'GET', '/payload-migrations') },
  {
    target: 'payload-migrations',
    operation: 'create',
    verdicts: nobody,
    request: (f, role) => call(f, role, 'POST', '/payload-migrations', { name: 'x', batch: 99 }),
  },
]

const matrix = cells.flatMap((cell) => roles.map((role) => ({ ...cell, role, verdict: cell.verdicts[role] })))

describe('access matrix over REST', () => {
  const f = {} as Fixtures

  beforeAll(async () => {
    f.payload = await bootPayload()
    const editor = await createEditor(f.payload)
    const admin = await createEditor(f.payload, 'admin')
    const other = await createEditor(f.payload)
    f.users = { editor, admin, other }
    f.tokens = { anonymous: undefined, editor: await login(editor.email), admin: await login(admin.email) }
    const sudo = { overrideAccess: true } as const
    const campaign = await f.payload.create({ collection: 'campaigns', data: { name: '矩阵测试活动', year: 2025, _status: 'published' }, ...sudo })
    const unit = await f.payload.create({ collection: 'units', data: { name: '矩阵测试单位' }, ...sudo })
    f.campaign = campaign.id
    f.unit = unit.id
    f.published = {}
    f.draft = {}
    f.memo = {}
    for (const collection of ['cases', 'campaigns', 'features', 'brands', 'publicity-notices', 'result-lists', ...vocabularies] as const) {
      const published = await f.payload.create({ collection, data: newDoc[collection]!(f) as never, ...sudo })
      const draft = await f.payload.create({ collection, data: { ...newDoc[collection]!(f), _status: 'draft' } as never, draft: true, ...sudo })
      f.published[collection] = published.id
      f.draft[collection] = draft.id
    }
    await f.payload.update({ collection: 'cases', id: f.published.cases!, data: { sections: { background: plainTextToLexical('正文') } }, ...sudo })
    f.published.units = unit.id
    // An image is public once a published case shows it (one used only by a draft stays with staff).
    f.published.media = await victim(f, 'media')
    await f.payload.update({ collection: 'cases', id: f.published.cases!, data: { images: [{ image: f.published.media }] }, ...sudo })
    f.memo.draftImage = await victim(f, 'media')
    await f.payload.update({ collection: 'cases', id: f.draft.cases!, data: { images: [{ image: f.memo.draftImage }] }, draft: true, ...sudo })
    const publicFile = await evidenceFile(f, 'public')
    f.published['evidence-files'] = publicFile.id
    f.memo.publicFile = { filename: publicFile.filename }
    const privateFile = await evidenceFile(f, 'private')
    f.memo.privateFile = { id: privateFile.id, filename: privateFile.filename }
    for (const collection of [
      'cases',
      'campaigns',
      'features',
      'brands',
      'publicity-notices',
      'result-lists',
      ...vocabularies,
      'units',
      'media',
      'evidence-files',
    ]) {
      f.memo[`${collection} count`] = await count(f, collection)
      const doc = (await f.payload.findByID({
        collection: collection as 'cases',
        id: f.published[collection]!,
        overrideAccess: true,
        depth: 0,
      })) as unknown as Record<string, unknown>
      f.memo[`${collection} ${titleField[collection]}`] = doc[titleField[collection]!]
    }
    f.memo['admin count'] = (await f.payload.count({ collection: 'users', where: { role: { equals: 'admin' } }, overrideAccess: true })).totalDocs
  }, 120_000)

  afterAll(() => closePayload(f.payload))

  it('covers every collection, the global and the custom endpoints, for every role', () => {
    const targets = new Set(cells.map((c) => c.target))
    for (const target of [
      'cases',
      'campaigns',
      'features',
      'brands',
      ...vocabularies,
      'units',
      'media',
      'evidence-files',
      'users',
      'site-build (global)',
      '/api/cases/import-summary',
      '/api/cases/:id/import-write-up',
      '/api/cases/import-write-ups',
      '/api/cases/export-summary',
      '/api/campaigns/:id/confirm-over-quota',
      '/api/globals/site-build/rebuild',
      '/api/payload-jobs/run',
    ]) {
      expect(targets.has(target), target).toBe(true)
    }
    const payloadCollections = f.payload.config.collections.map((c) => c.slug)
    for (const slug of payloadCollections) expect(targets.has(slug), slug).toBe(true)
    expect(matrix.length).toBe(cells.length * 3)
  })

  it.each(matrix)('$target · $operation · $role → $verdict', async (cell) => {
    const res = await cell.request(f, cell.role)
    const passedAccess = [200, 201].includes(res.status) || (cell.target.endsWith('/rebuild') && res.status === 409)
    if (cell.verdict === 'allow') expect(passedAccess, `${res.status} ${res.text.slice(0, 200)}`).toBe(true)
    else expect([401, 403, 404, 501], `${res.status} ${res.text.slice(0, 200)}`).toContain(res.status)
    await cell.after?.(f, cell.role, res, cell.verdict)
  })

  describe('around the matrix', () => {
    it('locks an account after 5 failed logins, even against the right password', async () => {
      const user = await createEditor(f.payload)
      for (let i = 0; i < 5; i++) expect((await rest('POST', '/users/login', { body: { email: user.email, password: `wrong-${i}` } })).status).toBe(401)
      const locked = await rest('POST', '/users/login', { body: { email: user.email, password: testPassword } })
      expect(locked.status).toBe(401)
      expect(locked.text).toMatch(/锁定/)
      expect(locked.body.token).toBeUndefined()
    })

    it("accepts the login cookie only from the admin's own origin (CSRF)", async () => {
      const cookie = `payload-token=${f.tokens.editor}`
      const me = (headers: Record<string, string>) => rest('GET', '/users/me', { headers: { Cookie: cookie, ...headers } })
      expect((await me({ Origin: 'http://localhost:3000' })).body.user?.id).toBe(f.users.editor.id)
      expect((await me({ 'Sec-Fetch-Site': 'same-origin' })).body.user?.id).toBe(f.users.editor.id)
      expect((await me({ Origin: 'https://evil.example' })).body.user).toBeNull()
      expect((await me({ 'Sec-Fetch-Site': 'cross-site' })).body.user).toBeNull()
      // A forged cross-site write carries the cookie but is anonymous.
      const forged = await rest('POST', '/cases', { headers: { Cookie: cookie, Origin: 'https://evil.example' }, body: newDoc.cases!(f) })
      expect(forged.status).toBe(403)
    })

    it('lets no other origin read the API from a browser (CORS)', async () => {
      const res = await rest('GET', '/cases', { headers: { Origin: 'https://evil.example' } })
      expect(res.headers.get('access-control-allow-origin')).toBeNull()
      expect(res.headers.get('access-control-allow-credentials')).toBeNull()
    })

    it('refuses filtering or selecting on private fields for anonymous readers', async () => {
      expect((await rest('GET', '/cases?where[contactPhone][exists]=true')).status).toBe(400)
      expect((await rest('GET', '/cases?where[reviewNotes][like]=a')).status).toBe(400)
      const selected = await rest('GET', `/cases/${f.published.cases}?select[contactPhone]=true&select[remarks]=true`)
      expect(selected.body.contactPhone).toBeUndefined()
      expect(selected.body.remarks).toBeUndefined()
    })
  })
})
