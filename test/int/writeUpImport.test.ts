import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { checkWriteUp, lexicalToPlainText } from '../../cms/domain'
import { importWriteUpBatch } from '../../cms/writeUpImport/importWriteUpBatch'
import { bootPayload, closePayload } from '../helpers/payload'
import { login, rest } from '../helpers/rest'
import { campaignWithDrafts, writeUpCaseTitles } from '../helpers/writeUpCampaign'
import { defaultClosing, seed000Headings, writeUpDocx } from '../helpers/writeUpDocx'
import { zipOf } from '../security/hostileFiles'

type Node = { type: string; tag?: string; text?: string; format?: number; children?: Node[] }
const nodes = (value: unknown): Node[] => {
  const all: Node[] = []
  const walk = (n: Node) => {
    all.push(n)
    n.children?.forEach(walk)
  }
  walk((value as { root: Node }).root)
  return all
}

const abstract = '福州市推行“一件事一次办”改革，把群众眼中的一件事整合为一张表单、一套材料、一次办结，办理时限平均压缩八成，群众满意度明显提升。'

function upload(file: Buffer, name: string, payloadJson: object) {
  const body = new FormData()
  body.set('file', new Blob([new Uint8Array(file)], { type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' }), name)
  body.set('_payload', JSON.stringify(payloadJson))
  return body
}

describe('Word write-ups into cases', () => {
  let payload: Payload
  let setup: Awaited<ReturnType<typeof campaignWithDrafts>>
  let token: string
  const draft = (id: number) => payload.findByID({ collection: 'cases', id, draft: true, depth: 0, overrideAccess: true })

  beforeAll(async () => {
    payload = await bootPayload()
    setup = await campaignWithDrafts(payload)
    token = await login(setup.editor.email)
  })
  afterAll(() => closePayload(payload))

  it('fills every section from a .docx in the 附件3 layout, through the endpoint the case panel calls', async () => {
    const id = setup.caseId(writeUpCaseTitles[0]!) as number
    const docx = await writeUpDocx({ title: writeUpCaseTitles[0]!, abstract, footnote: '数据来源：福州市行政服务中心。' })

    // The panel's first call only reports.
    const preview = await rest('POST', `/cases/${id}/import-write-up`, { token, body: upload(docx, '情况介绍.docx', { apply: false }) })
    expect(preview.status).toBe(200)
    expect(preview.body).toMatchObject({ ok: true, applied: false })
    expect(preview.body.summary.sections.map((s: { heading: string; found: boolean }) => [s.heading, s.found])).toEqual([
      ['背景描述', true],
      ['创新亮点', true],
      ['具体做法', true],
      ['取得成效', true],
    ])
    expect(preview.body.summary.problems).toEqual([])
    expect((await draft(id)).sections?.background).toBeFalsy()

    const applied = await rest('POST', `/cases/${id}/import-write-up`, { token, body: upload(docx, '情况介绍.docx', { apply: true }) })
    expect(applied.status).toBe(200)
    expect(applied.body).toMatchObject({ ok: true, applied: true, case: { id, imagesAdded: 1, honoursAdded: 3, pressAdded: 1 } })

    const kase = await draft(id)
    expect(kase._status).toBe('draft')
    expect(kase.abstract).toBe(abstract)
    for (const [key, heading] of [
      ['background', '背景描述'],
      ['highlights', '创新亮点'],
      ['practice', '具体做法'],
      ['results', '取得成效'],
    ] as const) {
      expect(lexicalToPlainText(kase.sections?.[key])).toContain(`${heading}部分的正文`)
    }
    const highlights = nodes(kase.sections?.highlights)
    expect(highlights.find((n) => n.type === 'heading')).toMatchObject({ tag: 'h3', children: [{ text: '（一）机制创新' }] })
    expect(highlights.find((n) => n.type === 'text' && n.text === '“码上办”')?.format).toBe(1)
    const practice = nodes(kase.sections?.practice)
    expect(practice.filter((n) => n.type === 'listitem').map((n) => n.children?.[0]?.text)).toEqual(['建立问题清单', '实行挂图作战', '开展群众评议'])
    expect(practice.filter((n) => n.type === 'tablerow')).toHaveLength(3)
    expect(practice.filter((n) => n.type === 'tablecell').map((n) => lexicalToPlainText({ root: n }))).toContain('3个工作日')
    // The footnote sits at the end of the section that cites it.
    expect(lexicalToPlainText(kase.sections?.background)).toMatch(/注\[1\]：数据来源：福州市行政服务中心。$/)
    // The closing paragraph became honours and press entries, not text of 取得成效.
    expect(lexicalToPlainText(kase.sections?.results)).not.toContain('福建日报')
    expect(kase.honours?.map((h) => [h.text, h.level, h.year ?? null])).toEqual([
      ['获得省领导肯定性批示', 'provincial', null],
      ['2022年度全省机关党建创新优秀案例', 'provincial', 2022],
      ['入选省委组织部第三批“党建引领基层治理”典型案例', 'provincial', null],
    ])
    expect(kase.press?.map((p) => [p.outlet, p.title])).toEqual([['福建日报', '让群众少跑腿']])
    expect(kase.images).toHaveLength(1)
    expect(kase.images?.[0]?.caption).toBe('图1 改革后的服务大厅')
    const media = await payload.findByID({ collection: 'media', id: kase.images![0]!.image as number, overrideAccess: true })
    expect(media).toMatchObject({ alt: '服务大厅', mimeType: 'image/png' })

    // The same file again adds no second photo, honour or report.
    const again = await rest('POST', `/cases/${id}/import-write-up`, { token, body: upload(docx, '情况介绍.docx', { apply: true }) })
    expect(again.body).toMatchObject({ ok: true, applied: true, case: { imagesAdded: 0, honoursAdded: 0, pressAdded: 0 } })
    const after = await draft(id)
    expect([after.images?.length, after.honours?.length, after.press?.length]).toEqual([1, 3, 1])
    expect((await payload.count({ collection: 'media' })).totalDocs).toBe(1)

    // Still a draft: nobody outside sees it.
    const anonymous = await rest('GET', `/cases/${id}?draft=true`)
    expect(anonymous.status).not.toBe(200)
  })

  it('keeps the closing paragraph in 取得成效 when the editor asks, and counts it there', async () => {
    const id = setup.caseId(writeUpCaseTitles[3]!) as number
    const docx = await writeUpDocx({ title: writeUpCaseTitles[3]!, withImage: false })
    const result = await rest('POST', `/cases/${id}/import-write-up`, { token, body: upload(docx, 'a.docx', { apply: true, closingAsEntries: false }) })
    expect(result.body).toMatchObject({ ok: true, applied: true, case: { honoursAdded: 0, pressAdded: 0 } })
    expect(lexicalToPlainText((await draft(id)).sections?.results)).toContain(defaultClosing)
  })

  it('leaves contact lines out of the public text and says so', async () => {
    const id = setup.caseId(writeUpCaseTitles[1]!) as number
    const docx = await writeUpDocx({
      title: writeUpCaseTitles[1]!,
      abstract: `${abstract}`,
      withImage: false,
      trailer: ['（联系人：王某某，联系电话：0591-87650001，手机 13950000001）'],
      body: { 0: ['背景描述部分的正文。', '报送单位联系邮箱：canary-87650001@example.org'] },
    })
    const result = await rest('POST', `/cases/${id}/import-write-up`, { token, body: upload(docx, 'a.docx', { apply: true }) })
    expect(result.body).toMatchObject({ ok: true, applied: true })
    expect(result.body.summary.warnings.filter((w: string) => w.includes('含有联系人、电话或邮箱'))).toHaveLength(2)
    const kase = await draft(id)
    const everything = JSON.stringify({ abstract: kase.abstract, sections: kase.sections, honours: kase.honours, press: kase.press })
    expect(everything).not.toMatch(/87650001|13950000001|王某某/)
    expect(everything).toContain('福建日报')
  })

  it('refuses a write-up over the campaign limit with the message saving gives, and writes nothing', async () => {
    const id = setup.caseId(writeUpCaseTitles[2]!) as number
    const long = '在市委市政府的坚强领导下，我们深入开展调查研究，广泛听取群众意见。'.repeat(13)
    const docx = await writeUpDocx({ title: writeUpCaseTitles[2]!, body: { 0: [long] } })
    const before = await draft(id)
    const result = await rest('POST', `/cases/${id}/import-write-up`, { token, body: upload(docx, 'a.docx', { apply: true }) })
    expect(result.body.ok).toBe(true)
    expect(result.body.applied).toBe(false)
    const expected = checkWriteUp({ sections: { background: { root: { children: [{ text: long }] } } } }, { sections: [{ section: 'background', max: 350 }] })
    expect(result.body.summary.problems).toEqual([expected[0]!.message])
    expect(result.body.summary.problems[0]).toMatch(/^「背景描述」共 \d+ 字，超过本活动规定的 350 字上限，请删减 \d+ 字。$/)
    expect(await draft(id)).toEqual(before)
  })

  it('reports a heading that matches no section and keeps its text under the section before it', async () => {
    const id = setup.caseId(writeUpCaseTitles[2]!) as number
    const docx = await writeUpDocx({ title: writeUpCaseTitles[2]!, headings: [...seed000Headings, '五、经验启示'], withImage: false })
    const result = await rest('POST', `/cases/${id}/import-write-up`, { token, body: upload(docx, 'a.docx', { apply: true }) })
    expect(result.body).toMatchObject({ ok: true, applied: true })
    expect(result.body.summary.warnings).toContainEqual(expect.stringContaining('「五、经验启示」不是本活动的正文部分'))
    const results = nodes((await draft(id)).sections?.results)
    expect(results.find((n) => n.type === 'heading')?.children?.[0]?.text).toBe('五、经验启示')
    expect(lexicalToPlainText({ root: { children: results.filter((n) => n.type === 'paragraph') } })).toContain('经验启示部分的正文')
  })

  it('takes a batch: matches drafts by title or file name, reports one unmatched file, and writes each file on its own', async () => {
    const [, second, third] = writeUpCaseTitles
    const before = await draft(setup.caseId(third!) as number)
    const zip = zipOf({
      // Matched by its title line.
      '01-双述双评.docx': await writeUpDocx({ title: second!, withImage: false }),
      // A title that names no case: matched by the file name.
      '福州市某局-“近邻党建”服务群众情况介绍.docx': await writeUpDocx({ title: '情况介绍', withImage: false, closing: null }),
      // Over the limit of 背景描述: reported, not written.
      '马上就办.docx': await writeUpDocx({ title: writeUpCaseTitles[3]!, body: { 0: ['超长的背景。'.repeat(70)] }, withImage: false }),
      // Belongs to no case of this campaign.
      '其他案例.docx': await writeUpDocx({ title: '“智慧党建”平台建设', withImage: false }),
      '__MACOSX/._01-双述双评.docx': Buffer.from('resource fork'),
    })
    const body = upload(zip, '情况介绍.zip', { campaign: setup.campaign.id })
    const response = await rest('POST', '/cases/import-write-ups', { token, body })
    expect(response.status).toBe(200)
    const files = response.body.files as { file: string; status: string; case?: { title: string }; message?: string }[]
    expect(files.map((f) => [f.file, f.status, f.case?.title ?? null])).toEqual([
      ['01-双述双评.docx', 'filled', second],
      ['福州市某局-“近邻党建”服务群众情况介绍.docx', 'filled', third],
      ['马上就办.docx', 'overLimit', writeUpCaseTitles[3]],
      ['其他案例.docx', 'unmatched', null],
    ])
    expect(files[3]!.message).toContain('没有找到名为「“智慧党建”平台建设」的案例')
    expect(lexicalToPlainText((await draft(setup.caseId(second!) as number)).sections?.practice)).toContain('具体做法部分的正文')
    const third_ = await draft(setup.caseId(third!) as number)
    expect(lexicalToPlainText(third_.sections?.background)).toContain('背景描述部分的正文')
    expect(third_.updatedAt).not.toBe(before.updatedAt)
    // 马上就办 keeps what it had (the closing paragraph imported in an earlier test), nothing of the long file.
    expect(lexicalToPlainText((await draft(setup.caseId(writeUpCaseTitles[3]!) as number)).sections?.background)).not.toContain('超长的背景')
    expect((await payload.count({ collection: 'cases', where: { title: { equals: '“智慧党建”平台建设' } } })).totalDocs).toBe(0)
  })

  it('leaves a file unmatched when its name fits two cases, and names them', async () => {
    const result = await importWriteUpBatch(
      payload,
      { data: await writeUpDocx({ title: '两个案例合订本', withImage: false }), name: '“近邻党建”服务群众、“马上就办”提升机关效能.docx' },
      { campaign: setup.campaign.id, user: setup.editor },
    )
    expect(result.ok).toBe(true)
    if (!result.ok) return
    expect(result.files[0]).toMatchObject({ status: 'unmatched' })
    expect(result.files[0]!.candidates!.map((c) => c.title).sort()).toEqual([writeUpCaseTitles[2], writeUpCaseTitles[3]].sort())
  })
})
