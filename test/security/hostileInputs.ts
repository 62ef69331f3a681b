/**
 * The hostile inputs of test/security/hostileInputs.test.ts, one row each:
 * what is sent, by which door (REST, Local API, importer), and whether it must
 * be refused with a clear Chinese error (and nothing written) or stored
 * harmlessly (then `check` says what harmless means for it). Everything
 * stored here is published where it can be, so the site build that follows
 * meets it too.
 */
import fs from 'node:fs'
import path from 'node:path'

import type { Payload } from 'payload'
import { expect } from 'vitest'

import { mediaDir } from '../../cms/paths'
import { richTextToHtml } from '../../site/lib/richText'
import {
  brokenXlsx,
  htmlPage,
  oversizedFile,
  pngBomb,
  pngThatIsHtml,
  pngWithHtmlAppended,
  smallPng,
  summaryCsv,
  svgWithScript,
  tiffImage,
  truncatedXlsx,
  utf16Csv,
} from './hostileFiles'
import type { DocumentId } from '../../cms/domain/documentId'

/** Every script payload carries this, so the site scan can find where each one went. */
export const XSS = 'XSS7F3A'

/** Script and event-handler payloads, cycled over the text fields of a document. */
export const scriptPayloads = [
  `<script>alert("${XSS}")</script>`,
  `<img src=x onerror=alert("${XSS}")>`,
  `"><svg onload=alert("${XSS}")>`,
  `</script><script>alert("${XSS}")</script>`,
  `<a href="javascript:alert('${XSS}')">点此</a>`,
  `<iframe src="https://evil.example/${XSS}"></iframe>`,
  `<style>*{display:none}</style>${XSS}`,
  `]]></description><script>alert("${XSS}")</script><!--`,
  `{{constructor.constructor('alert("${XSS}")')()}} \${alert("${XSS}")}`,
  `' onmouseover='alert("${XSS}")' x='`,
]
export const xss = (i: number) => scriptPayloads[i % scriptPayloads.length]!

export type Outcome = { ok: true; doc: any } | { ok: false; status: number; message: string }
export type UploadFile = { data: Buffer; name: string; type: string }

export type Refs = {
  campaign: DocumentId
  unit: DocumentId
  brand: DocumentId
  /** A published case others refer to. */
  publishedCase: DocumentId
  publishedCaseSlug: string
  /** An uploaded image (its stored file name is `imageFile`). */
  image: DocumentId
  imageFile: string
  /** A user, for a link that must not point at accounts. */
  user: DocumentId
}

type Door = {
  create(collection: string, data: object, options?: { draft?: boolean }): Promise<Outcome>
  update(collection: string, id: DocumentId, data: object): Promise<Outcome>
  upload(file: UploadFile, data: object): Promise<Outcome>
}

export type Ctx = {
  payload: Payload
  refs: Refs
  rest: Door & { importTable(file: { data: Buffer; name: string }): Promise<Outcome> }
  local: Door & { importTable(file: { data: Buffer; name: string }): Promise<Outcome> }
  /** Reads a document as staff, drafts included. */
  read(collection: string, id: DocumentId): Promise<any>
}

export type HostileInput = {
  name: string
  via: 'REST' | 'Local API' | 'importer (REST)' | 'importer (Local API)'
  kind: 'script' | 'link' | 'length' | 'invisible' | 'slug' | 'upload' | 'spreadsheet'
  expect: 'rejected' | 'stored'
  run: (ctx: Ctx) => Promise<Outcome>
  /** For a refused input: what the Chinese error must say. */
  message?: RegExp
  /** For a stored input: what harmless means for it. */
  check?: (doc: any, ctx: Ctx) => void | Promise<void>
}

// ---------------------------------------------------------------- Lexical values

type Node = Record<string, unknown>
const text = (value: string, extra: Node = {}): Node => ({ type: 'text', text: value, format: 0, detail: 0, mode: 'normal', style: '', version: 1, ...extra })
const paragraph = (...children: Node[]): Node => ({
  type: 'paragraph',
  format: '',
  indent: 0,
  version: 1,
  direction: 'ltr',
  textFormat: 0,
  textStyle: '',
  children,
})
const rich = (...children: Node[]) => ({ root: { type: 'root', format: '', indent: 0, version: 1, direction: 'ltr', children } })
const link = (fields: Node, label = '链接', type = 'link'): Node => ({
  type,
  version: 3,
  format: '',
  indent: 0,
  direction: 'ltr',
  fields: { linkType: 'custom', newTab: false, ...fields },
  children: [text(label)],
})
const withLink = (url: string, type = 'link') => rich(paragraph(text('详见'), link({ url }, '这里', type), text('。')))

// ---------------------------------------------------------------- documents

let serial = 0
/** A unique, clean title (no two cases of this suite share one by accident). */
const title = (what: string) => `安全测试案例${++serial}：${what}`

const caseData = (ctx: Ctx, extra: object) => ({
  title: title('样例'),
  kind: 'case',
  campaign: ctx.refs.campaign,
  unit: ctx.refs.unit,
  _status: 'published',
  ...extra,
})

const upload = async (ctx: Ctx, via: 'rest' | 'local', file: UploadFile, alt = '测试图片') => ctx[via].upload(file, { alt })
const png = async (name = 'photo.png') => ({ data: await smallPng(), name, type: 'image/png' })

const expectStoredAsText = (stored: unknown, sent: string) => expect(stored).toBe(sent)

const importRows = (prefix: string, rows: [string, string?][]) =>
  rows.map(([t, remark], i) => [String(i + 1), t, '机关党建类', `${prefix}单位`, '联系人', '0591-80000000', remark ?? ''])

const casesTitled = async (ctx: Ctx, titleLike: string) =>
  (await ctx.payload.find({ collection: 'cases', where: { title: { like: titleLike } }, draft: true, overrideAccess: true, depth: 0, limit: 0 })).docs

// ---------------------------------------------------------------- the table

export const hostileInputs: HostileInput[] = [
  // Script tags and event handlers in every text field: stored as text, escaped by the site.
  {
    name: 'case: a script tag or event handler in every text field',
    via: 'REST',
    kind: 'script',
    expect: 'stored',
    run: (ctx) =>
      ctx.rest.create(
        'cases',
        caseData(ctx, {
          title: `案例标题${xss(0)}`,
          coUnitsNote: xss(1),
          focusAreas: [xss(2), '政务服务'],
          abstract: `摘要第一行${xss(3)}\n第二行${xss(4)}`,
          honours: [{ text: xss(5), level: 'provincial', body: xss(6), year: 2024 }],
          press: [{ outlet: xss(7), title: xss(8), url: 'https://news.example.org/report' }],
          images: [{ image: ctx.refs.image, caption: xss(9) }],
          site: { organisation: xss(1) },
          contactPerson: xss(0),
          remarks: xss(1),
          reviewNotes: xss(2),
        }),
      ),
    check: (doc) => {
      expectStoredAsText(doc.title, `案例标题${xss(0)}`)
      expectStoredAsText(doc.honours[0].text, xss(5))
      expect(doc.focusAreas).toEqual([xss(2), '政务服务'])
    },
  },
  {
    name: 'campaign: a script tag or event handler in every text field',
    via: 'REST',
    kind: 'script',
    expect: 'stored',
    run: async (ctx) => {
      // A theme is a term editors own: its label is hostile too, and the campaign page shows it.
      const theme = await ctx.rest.create('themes', { label: `主题${xss(1)}`, _status: 'published' })
      if (!theme.ok) return theme
      return ctx.rest.create('campaigns', {
        name: `征集活动${xss(3)}`,
        shortName: `简称${xss(1)}`.slice(0, 80),
        series: xss(2),
        year: 2025,
        region: 'XSS地区',
        theme: xss(4),
        documentNumber: '〔2025〕1号',
        summary: xss(5),
        compilationTitle: xss(6),
        organisers: [{ name: xss(7), role: '主办' }],
        themes: [theme.doc.value],
        criteria: [{ name: '创新性', description: xss(9) }],
        stages: [{ name: '申报', description: xss(0) }],
        documents: [{ title: xss(1), issuer: xss(2), url: 'https://gov.example.org/notice.html' }],
        _status: 'published',
      })
    },
    check: (doc) => expectStoredAsText(doc.name, `征集活动${xss(3)}`),
  },
  {
    name: 'unit: a script tag or event handler in every text field',
    via: 'REST',
    kind: 'script',
    expect: 'stored',
    run: (ctx) => ctx.rest.create('units', { name: `单位${xss(1)}`, shortName: `简${xss(2)}`, region: '福州', description: xss(3) }),
    check: (doc) => expectStoredAsText(doc.description, xss(3)),
  },
  {
    name: 'brand: a script tag or event handler in every text field',
    via: 'REST',
    kind: 'script',
    expect: 'stored',
    run: (ctx) =>
      ctx.rest.create('brands', {
        name: `品牌${xss(2)}`,
        unit: ctx.refs.unit,
        description: xss(4),
        recognitions: [{ text: xss(6), level: 'city', year: 2023, body: xss(8) }],
        _status: 'published',
      }),
    check: (doc) => expectStoredAsText(doc.recognitions[0].text, xss(6)),
  },
  {
    name: 'feature: a script tag or event handler in every text field',
    via: 'REST',
    kind: 'script',
    expect: 'stored',
    run: (ctx) =>
      ctx.rest.create('features', {
        kicker: xss(0),
        headline: `专题${xss(1)}`,
        subtitle: xss(2),
        byline: xss(3),
        publication: xss(4),
        campaign: ctx.refs.campaign,
        entries: [{ case: ctx.refs.publishedCase, heading: xss(5), blurb: xss(6) }],
        _status: 'published',
      }),
    check: (doc) => expectStoredAsText(doc.subtitle, xss(2)),
  },
  {
    name: 'image: alt text and caption that try to break out of their attributes',
    via: 'Local API',
    kind: 'script',
    expect: 'stored',
    run: async (ctx) => ctx.local.upload(await png('alt-breakout.png'), { alt: `" onerror="alert('${XSS}')" x="`, caption: xss(1) }),
    check: (doc) => expectStoredAsText(doc.alt, `" onerror="alert('${XSS}')" x="`),
  },
  {
    name: 'case title that closes the JSON-LD script element',
    via: 'REST',
    kind: 'script',
    expect: 'stored',
    run: (ctx) => ctx.rest.create('cases', caseData(ctx, { title: `标题</script><script>alert("${XSS}")</script>` })),
    check: (doc) => expect(doc.title).toContain('</script><script>'),
  },
  {
    name: 'case abstract that closes the RSS description',
    via: 'REST',
    kind: 'script',
    expect: 'stored',
    run: (ctx) => ctx.rest.create('cases', caseData(ctx, { title: title('RSS'), abstract: `]]></description></item><script>alert("${XSS}")</script>` })),
    check: (doc) => expect(doc.abstract).toContain(']]>'),
  },
  {
    name: 'case keywords (a list field) with SVG event handlers',
    via: 'Local API',
    kind: 'script',
    expect: 'stored',
    run: (ctx) => ctx.local.create('cases', caseData(ctx, { title: title('关键词'), focusAreas: [`<svg/onload=alert("${XSS}")>`, '基层治理'] })),
    check: (doc) => expect(doc.focusAreas).toEqual([`<svg/onload=alert("${XSS}")>`, '基层治理']),
  },
  {
    name: 'write-up text runs holding HTML and an inline style',
    via: 'REST',
    kind: 'script',
    expect: 'stored',
    run: (ctx) =>
      ctx.rest.create(
        'cases',
        caseData(ctx, {
          title: title('正文HTML'),
          sections: {
            background: rich(paragraph(text(`<script>alert("${XSS}")</script>`, { style: `background:url(javascript:alert("${XSS}"))`, format: 8 }))),
          },
        }),
      ),
    check: (doc) => {
      const html = richTextToHtml(doc.sections.background, () => undefined)
      expect(html).toBe(`<p><u>&lt;script&gt;alert(&quot;${XSS}&quot;)&lt;/script&gt;</u></p>`)
    },
  },
  {
    name: 'write-up with an external link that opens a new tab',
    via: 'REST',
    kind: 'link',
    expect: 'stored',
    run: (ctx) =>
      ctx.rest.create(
        'cases',
        caseData(ctx, {
          title: title('外部链接'),
          sections: { background: rich(paragraph(link({ url: 'https://news.example.org/a?x=1&y="2"', newTab: true }, '报道'))) },
        }),
      ),
    check: (doc) =>
      expect(richTextToHtml(doc.sections.background, () => undefined)).toBe(
        '<p><a href="https://news.example.org/a?x=1&amp;y=&quot;2&quot;" rel="noopener noreferrer">报道</a></p>',
      ),
  },
  {
    // Case drafts are validated too (a refused 保存草稿 marks its fields in the admin).
    name: 'draft write-up with a javascript: link',
    via: 'REST',
    kind: 'link',
    expect: 'rejected',
    message: /正文中的链接.*不能保存：链接只能以 http/,
    run: (ctx) =>
      ctx.rest.create(
        'cases',
        caseData(ctx, { title: title('草稿链接'), _status: 'draft', sections: { background: withLink(`javascript:alert("${XSS}")`) } }),
        {
          draft: true,
        },
      ),
  },

  // Malicious links in rich text: refused when saved.
  ...(
    [
      ['a javascript: link', `javascript:alert("${XSS}")`, 'link'],
      ['a data: link', `data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==`, 'link'],
      ['a vbscript: link', 'vbscript:msgbox("XSS7F3A")', 'link'],
      ['an autolink in mixed case with leading spaces', `   JaVaScRiPt:alert("${XSS}")`, 'autolink'],
      ['a link with a tab inside its scheme', `java\tscript:alert("${XSS}")`, 'link'],
      ['a link that browsers read as another host (/\\host)', '/\\evil.example/path', 'link'],
      ['a protocol-relative link to another host', '//evil.example/xss', 'link'],
    ] as const
  ).map(([what, url, type]): HostileInput => ({
    name: `write-up with ${what}`,
    via: 'REST',
    kind: 'link',
    expect: 'rejected',
    message: /正文中的链接.*不能保存：链接只能以 http/,
    run: (ctx) => ctx.rest.create('cases', caseData(ctx, { title: title('恶意链接'), sections: { background: withLink(url, type) } })),
  })),
  {
    name: 'feature lead with a javascript: link',
    via: 'Local API',
    kind: 'link',
    expect: 'rejected',
    message: /正文中的链接/,
    run: (ctx) => ctx.local.create('features', { headline: '恶意导语', lead: withLink(`javascript:alert("${XSS}")`), _status: 'published' }),
  },
  {
    name: 'campaign preface with a raw-HTML node',
    via: 'Local API',
    kind: 'script',
    expect: 'rejected',
    message: /不支持的内容（html）/,
    run: (ctx) =>
      ctx.local.update('campaigns', ctx.refs.campaign, {
        preface: rich(paragraph(text('前言')), { type: 'html', version: 1, html: `<script>alert("${XSS}")</script>` }),
      }),
  },
  {
    name: 'write-up heading whose tag is "script"',
    via: 'REST',
    kind: 'script',
    expect: 'rejected',
    message: /小标题只能是三级或四级标题/,
    run: (ctx) =>
      ctx.rest.create(
        'cases',
        caseData(ctx, {
          title: title('标题标签'),
          sections: {
            background: rich({ type: 'heading', tag: 'script', version: 1, format: '', indent: 0, direction: 'ltr', children: [text(`alert("${XSS}")`)] }),
          },
        }),
      ),
  },
  {
    name: 'write-up with an internal link to a user account',
    via: 'REST',
    kind: 'link',
    expect: 'rejected',
    message: /站内链接只能指向/,
    run: (ctx) =>
      ctx.rest.create(
        'cases',
        caseData(ctx, {
          title: title('链接账号'),
          sections: { background: rich(paragraph(link({ linkType: 'internal', doc: { relationTo: 'users', value: ctx.refs.user } }, '编辑'))) },
        }),
      ),
  },
  {
    name: 'press link with javascript:',
    via: 'REST',
    kind: 'link',
    expect: 'rejected',
    message: /链接只能以 http/,
    run: (ctx) => ctx.rest.create('cases', caseData(ctx, { title: title('报道链接'), press: [{ outlet: '某报', url: `javascript:alert("${XSS}")` }] })),
  },
  {
    name: '推广情况 link with javascript:',
    via: 'REST',
    kind: 'link',
    expect: 'rejected',
    message: /链接只能以 http/,
    run: (ctx) =>
      ctx.rest.create(
        'cases',
        caseData(ctx, { title: title('推广链接'), adoptions: [{ scope: 'province', event: '发文推广', url: `javascript:alert("${XSS}")` }] }),
      ),
  },
  {
    name: '佐证材料 link with data:',
    via: 'Local API',
    kind: 'link',
    expect: 'rejected',
    message: /链接只能以 http/,
    run: (ctx) =>
      ctx.local.create(
        'cases',
        caseData(ctx, { title: title('佐证链接'), evidence: [{ kind: 'video', title: '视频', url: 'data:text/html,<script>alert(1)</script>' }] }),
      ),
  },
  {
    name: 'campaign document link with data:',
    via: 'REST',
    kind: 'link',
    expect: 'rejected',
    message: /链接只能以 http/,
    run: (ctx) => ctx.rest.update('campaigns', ctx.refs.campaign, { documents: [{ title: '通知', url: 'data:text/html,<script>alert(1)</script>' }] }),
  },
  {
    name: 'press link to /\\host (another site, disguised as a path)',
    via: 'Local API',
    kind: 'link',
    expect: 'rejected',
    message: /链接只能以 http/,
    run: (ctx) => ctx.local.create('cases', caseData(ctx, { title: title('反斜杠'), press: [{ outlet: '某报', url: '/\\evil.example' }] })),
  },

  // Overlong and empty fields.
  {
    name: 'case title of 201 characters',
    via: 'REST',
    kind: 'length',
    expect: 'rejected',
    message: /200/,
    run: (ctx) => ctx.rest.create('cases', caseData(ctx, { title: '长'.repeat(201) })),
  },
  {
    name: 'case abstract of 2,001 characters',
    via: 'REST',
    kind: 'length',
    expect: 'rejected',
    message: /2000/,
    run: (ctx) => ctx.rest.create('cases', caseData(ctx, { title: title('长摘要'), abstract: '字'.repeat(2001) })),
  },
  {
    name: 'unit name of 100,000 characters',
    via: 'Local API',
    kind: 'length',
    expect: 'rejected',
    message: /120/,
    run: (ctx) => ctx.local.create('units', { name: '单'.repeat(100_000) }),
  },
  {
    name: 'contact phone of 61 characters (a private field)',
    via: 'REST',
    kind: 'length',
    expect: 'rejected',
    message: /60/,
    run: (ctx) => ctx.rest.create('cases', caseData(ctx, { title: title('长电话'), contactPhone: '1'.repeat(61) })),
  },
  {
    name: 'case title of spaces only',
    via: 'REST',
    kind: 'length',
    expect: 'rejected',
    message: /必填/,
    run: (ctx) => ctx.rest.create('cases', caseData(ctx, { title: ' \u3000\t  ' })),
  },
  {
    name: 'case title of zero-width characters and a byte-order mark only',
    via: 'REST',
    kind: 'invisible',
    expect: 'rejected',
    message: /必填/,
    run: (ctx) => ctx.rest.create('cases', caseData(ctx, { title: '\u200B\u200C\u200D\u2060\uFEFF' })),
  },
  {
    name: 'brand name that is an empty string',
    via: 'REST',
    kind: 'length',
    expect: 'rejected',
    message: /必填/,
    run: (ctx) => ctx.rest.create('brands', { name: '', unit: ctx.refs.unit, _status: 'published' }),
  },
  {
    name: 'honour whose name is blank',
    via: 'Local API',
    kind: 'length',
    expect: 'rejected',
    message: /必填/,
    run: (ctx) => ctx.local.create('cases', caseData(ctx, { title: title('空荣誉'), honours: [{ text: '  \u200B ', level: 'national' }] })),
  },

  // Zero-width and control characters: removed, the rest kept.
  ...(
    [
      ['title with zero-width characters inside words', 'REST', 'cases', 'title', '党建\u200B引领\u200D基层\uFEFF治理', '党建引领基层治理'],
      ['title with NUL, BEL and a terminal escape sequence', 'REST', 'cases', 'title', '控制\u0000字符\u0007测试\u001B[31m红色', '控制字符测试[31m红色'],
      ['unit name with bidi overrides and isolates', 'Local API', 'units', 'name', '方向\u202E局gnp.exe\u202C\u2066测试\u2069单位', '方向局gnp.exe测试单位'],
      [
        'full-width letters and digits with Chinese punctuation',
        'REST',
        'cases',
        'title',
        '“ＡＢＣ”工作法（２０２４版），实践！',
        '“ABC”工作法（2024版），实践！',
      ],
      ['line breaks and tabs inside a one-line title', 'REST', 'cases', 'title', '  换行\r\n标题\t测试\u2028结束  ', '换行 标题 测试 结束'],
      [
        'multi-line abstract with CRLF, runs of spaces and soft hyphens',
        'Local API',
        'cases',
        'abstract',
        '第一行  有\u00AD空格 \r\n\r\n  第二行\t结束 ',
        '第一行 有空格\n\n第二行 结束',
      ],
    ] as const
  ).map(([name, via, collection, field, sent, stored]): HostileInput => ({
    name,
    via,
    kind: 'invisible',
    expect: 'stored',
    run: (ctx) => {
      const door = via === 'REST' ? ctx.rest : ctx.local
      if (collection === 'units') return door.create('units', { [field]: sent })
      return door.create('cases', caseData(ctx, field === 'title' ? { title: sent } : { title: title(field), [field]: sent }))
    },
    check: (doc) => expect(doc[field]).toBe(stored),
  })),
  {
    name: 'write-up text with zero-width characters',
    via: 'REST',
    kind: 'invisible',
    expect: 'stored',
    run: (ctx) =>
      ctx.rest.create('cases', caseData(ctx, { title: title('正文零宽'), sections: { background: rich(paragraph(text('零\u200B宽\u200E字符'))) } })),
    check: (doc) => expect(doc.sections.background.root.children[0].children[0].text).toBe('零宽字符'),
  },

  // Duplicate and confusable slugs: never shared.
  {
    name: 'a case with the same title as a published one',
    via: 'REST',
    kind: 'slug',
    expect: 'stored',
    run: async (ctx) => {
      const first = await ctx.read('cases', ctx.refs.publishedCase)
      return ctx.rest.create('cases', caseData(ctx, { title: first.title }))
    },
    check: (doc, ctx) => expect(doc.slug).toBe(`${ctx.refs.publishedCaseSlug}-2`),
  },
  {
    name: 'titles differing only in punctuation and full- or half-width forms',
    via: 'REST',
    kind: 'slug',
    expect: 'stored',
    run: async (ctx) => {
      const slugs: string[] = []
      for (const t of ['党建+双拥 机制', '党建＋双拥机制', '“党建+双拥”机制', '党建 双拥 机制！']) {
        const made = await ctx.rest.create('cases', caseData(ctx, { title: t }))
        if (!made.ok) return made
        slugs.push(made.doc.slug)
      }
      return { ok: true, doc: { slugs } }
    },
    check: (doc) => expect(new Set(doc.slugs).size).toBe(4),
  },
  {
    name: 'typed slug with path traversal',
    via: 'REST',
    kind: 'slug',
    expect: 'stored',
    run: (ctx) => ctx.rest.create('cases', caseData(ctx, { title: title('路径'), slug: '../../etc/passwd' })),
    check: (doc) => expect(doc.slug).toBe('etc-passwd'),
  },
  {
    name: 'typed slugs with Cyrillic and full-width look-alikes',
    via: 'REST',
    kind: 'slug',
    expect: 'stored',
    run: async (ctx) => {
      const slugs: string[] = []
      for (const slug of ['party-building', 'раrty-building', 'ｐａｒｔｙ-building', 'party\u200B-building']) {
        const made = await ctx.rest.create('cases', caseData(ctx, { title: title('形近'), slug }))
        if (!made.ok) return made
        slugs.push(made.doc.slug)
      }
      return { ok: true, doc: { slugs } }
    },
    check: (doc) => {
      expect(new Set(doc.slugs).size).toBe(4)
      for (const slug of doc.slugs) expect(slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/)
    },
  },
  {
    name: 'typed slug that another case already has',
    via: 'Local API',
    kind: 'slug',
    expect: 'stored',
    run: (ctx) => ctx.local.create('cases', caseData(ctx, { title: title('抢占'), slug: ctx.refs.publishedCaseSlug })),
    check: (doc, ctx) => expect(doc.slug).not.toBe(ctx.refs.publishedCaseSlug),
  },
  {
    name: "slug history that claims another case's URL",
    via: 'REST',
    kind: 'slug',
    expect: 'stored',
    run: (ctx) =>
      ctx.rest.create(
        'cases',
        caseData(ctx, { title: title('历史'), slugHistory: [{ slug: ctx.refs.publishedCaseSlug, changedAt: '2024-01-01T00:00:00.000Z' }] }),
      ),
    check: (doc) => expect(doc.slugHistory ?? []).toEqual([]),
  },
  {
    name: 'title of punctuation only',
    via: 'REST',
    kind: 'slug',
    expect: 'stored',
    run: (ctx) => ctx.rest.create('cases', caseData(ctx, { title: '！？……——“”' })),
    check: (doc) => expect(doc.slug).toMatch(/^case(-\d+)?$/),
  },

  // Uploads: images only, by content; no SVG; no bombs; names cleaned.
  ...(
    [
      [
        'a PNG signature followed by an HTML page',
        'REST',
        /无法识别这个图片文件/,
        async () => ({ data: pngThatIsHtml(), name: 'photo.png', type: 'image/png' }),
      ],
      [
        'an SVG with a script element and an onload handler',
        'REST',
        /不接受 SVG/,
        async () => ({ data: svgWithScript(), name: 'logo.svg', type: 'image/svg+xml' }),
      ],
      [
        'an SVG with script, named .png and sent as image/png',
        'REST',
        /不接受 SVG/,
        async () => ({ data: svgWithScript(), name: 'logo.png', type: 'image/png' }),
      ],
      ['an HTML page named photo.jpg', 'Local API', /无法识别这个图片文件/, async () => ({ data: htmlPage(), name: 'photo.jpg', type: 'image/jpeg' })],
      [
        'a 20,000 × 20,000 pixel PNG (decompression bomb, 1.2 GB decoded)',
        'REST',
        /20000 × 20000 像素过大/,
        async () => ({ data: pngBomb(20_000, 20_000), name: 'bomb.png', type: 'image/png' }),
      ],
      [
        "a 12,000 × 12,000 pixel PNG (under sharp's own limit, over ours)",
        'Local API',
        /12000 × 12000 像素过大/,
        async () => ({ data: pngBomb(12_000, 12_000), name: 'big.png', type: 'image/png' }),
      ],
      [
        'a file over the 10 MB limit, with the reason on the file field',
        'REST',
        /file: 图片文件有 10\.0 MB，超过 10 MB 的上限/,
        async () => ({ data: await oversizedFile(10 * 1024 * 1024 + 1), name: 'huge.png', type: 'image/png' }),
      ],
      [
        'a file over the 40 MB a request may carry',
        'REST',
        /文件超过 40 MB，无法上传/,
        async () => ({ data: await oversizedFile(40 * 1024 * 1024 + 1), name: 'huger.png', type: 'image/png' }),
      ],
      [
        'a file over the 10 MB limit, through the Local API',
        'Local API',
        /超过 10 MB/,
        async () => ({ data: await oversizedFile(10 * 1024 * 1024 + 1), name: 'huge.png', type: 'image/png' }),
      ],
      ['a TIFF image', 'Local API', /不接受 TIFF/, async () => ({ data: await tiffImage(), name: 'scan.tiff', type: 'image/tiff' })],
    ] as const
  ).map(([name, via, message, file]): HostileInput => ({
    name,
    via,
    kind: 'upload',
    expect: 'rejected',
    message,
    run: async (ctx) => upload(ctx, via === 'REST' ? 'rest' : 'local', await file()),
  })),
  {
    name: 'a file named ../../../evil.png',
    via: 'REST',
    kind: 'upload',
    expect: 'stored',
    run: async (ctx) => upload(ctx, 'rest', await png('../../../evil-traversal.png')),
    check: (doc) => {
      expect(doc.filename).toBe('evil-traversal.png')
      expect(fs.existsSync(path.join(mediaDir, 'evil-traversal.png'))).toBe(true)
      for (const outside of [path.dirname(mediaDir), path.dirname(path.dirname(mediaDir))]) {
        expect(fs.existsSync(path.join(outside, 'evil-traversal.png'))).toBe(false)
      }
    },
  },
  {
    name: 'an image with the same file name as another (no overwrite)',
    via: 'Local API',
    kind: 'upload',
    expect: 'stored',
    run: async (ctx) => {
      const before = fs.readFileSync(path.join(mediaDir, ctx.refs.imageFile))
      const made = await upload(ctx, 'local', { data: await smallPng(10, 200, 10), name: ctx.refs.imageFile, type: 'image/png' })
      return made.ok ? { ok: true, doc: { ...made.doc, before } } : made
    },
    check: (doc, ctx) => {
      expect(doc.filename).not.toBe(ctx.refs.imageFile)
      expect(fs.readFileSync(path.join(mediaDir, ctx.refs.imageFile))).toEqual(doc.before)
    },
  },
  {
    name: 'a real PNG with an HTML page appended (polyglot)',
    via: 'REST',
    kind: 'upload',
    expect: 'stored',
    run: async (ctx) => upload(ctx, 'rest', { data: await pngWithHtmlAppended(), name: 'polyglot.png', type: 'image/png' }),
    check: (doc) => {
      const stored = fs.readFileSync(path.join(mediaDir, doc.filename))
      expect(stored.includes('<script')).toBe(false)
      expect(doc.mimeType).toBe('image/png')
    },
  },
  {
    name: 'a file name with bidi overrides, zero-width characters and spaces',
    via: 'REST',
    kind: 'upload',
    expect: 'stored',
    run: async (ctx) => upload(ctx, 'rest', await png('活动\u202E照片\u200B 合影 gpj.png')),
    check: (doc) => expect(doc.filename).toBe('活动照片-合影-gpj.png'),
  },

  // The 汇总表 importer.
  {
    name: 'CSV with formula cells (= + - @)',
    via: 'importer (REST)',
    kind: 'spreadsheet',
    expect: 'stored',
    run: (ctx) =>
      ctx.rest.importTable({
        data: summaryCsv([
          ['1', '=HYPERLINK("http://evil.example","点我")', '机关党建类', '公式测试单位', '+86 591', '-1+2', '@SUM(A1:A9)'],
          ['2', '公式测试案例二', '机关党建类', '公式测试单位', "=cmd|' /C calc'!A0", '0591-1', '\t=1+1'],
        ]),
        name: '公式.csv',
      }),
    check: async (result, ctx) => {
      expect(result).toMatchObject({ ok: true, created: 2 })
      const doc = (await casesTitled(ctx, 'HYPERLINK'))[0]!
      // Stored as the text it is; exports neutralise it (checked in the export and open-data tests).
      expect(doc.title).toBe('=HYPERLINK("http://evil.example","点我")')
      expect(doc.contactPhone).toBe('-1+2')
    },
  },
  {
    name: 'XLSX that is a ZIP signature and noise',
    via: 'importer (REST)',
    kind: 'spreadsheet',
    expect: 'rejected',
    message: /无法读取这个 XLSX 文件/,
    run: (ctx) => ctx.rest.importTable({ data: brokenXlsx(), name: '汇总表.xlsx' }),
  },
  {
    name: 'a real XLSX cut in half',
    via: 'importer (Local API)',
    kind: 'spreadsheet',
    expect: 'rejected',
    message: /无法读取这个 XLSX 文件/,
    run: async (ctx) => ctx.local.importTable({ data: await truncatedXlsx(importRows('截断', [['截断的案例']])), name: '汇总表.xlsx' }),
  },
  {
    name: 'CSV in GBK (Excel on Chinese Windows)',
    via: 'importer (Local API)',
    kind: 'spreadsheet',
    expect: 'stored',
    run: (ctx) => ctx.local.importTable({ data: fs.readFileSync(path.join(import.meta.dirname, '../fixtures/huizongbiao-gbk.csv')), name: 'gbk.csv' }),
    check: async (result, ctx) => {
      expect(result).toMatchObject({ ok: true, created: 5 })
      expect((await casesTitled(ctx, '双述双评'))[0]?.title).toBe('机关党建“双述双评”工作法')
    },
  },
  {
    name: 'CSV in UTF-16 with a byte-order mark (Excel "Unicode text")',
    via: 'importer (REST)',
    kind: 'spreadsheet',
    expect: 'stored',
    run: (ctx) => ctx.rest.importTable({ data: utf16Csv(importRows('十六位', [['宽字符编码的案例']])), name: 'unicode.csv' }),
    check: async (_result, ctx) => expect((await casesTitled(ctx, '宽字符编码'))[0]?.title).toBe('宽字符编码的案例'),
  },
  {
    name: 'CSV with script tags in the case name',
    via: 'importer (REST)',
    kind: 'script',
    expect: 'stored',
    run: (ctx) => ctx.rest.importTable({ data: summaryCsv(importRows('脚本', [[`导入${xss(0)}`, xss(1)]])), name: 'xss.csv' }),
    check: async (_result, ctx) => {
      const doc = (await casesTitled(ctx, '导入<script>'))[0]!
      expect(doc.title).toBe(`导入${xss(0)}`)
      expect(doc._status).toBe('draft')
    },
  },
  {
    name: 'CSV with zero-width and control characters in its cells',
    via: 'importer (Local API)',
    kind: 'invisible',
    expect: 'stored',
    run: (ctx) => ctx.local.importTable({ data: summaryCsv(importRows('隐形', [['隐\u200B形\u0007字\uFEFF符案例']])), name: 'zw.csv' }),
    check: async (_result, ctx) => expect((await casesTitled(ctx, '隐形字符'))[0]?.title).toBe('隐形字符案例'),
  },
  {
    name: 'CSV whose case name has 300 characters',
    via: 'importer (REST)',
    kind: 'length',
    expect: 'rejected',
    message: /超过 200 个字符/,
    run: (ctx) => ctx.rest.importTable({ data: summaryCsv(importRows('超长', [['超'.repeat(300)]])), name: 'long.csv' }),
  },
  {
    name: 'a PNG image named .csv',
    via: 'importer (REST)',
    kind: 'spreadsheet',
    expect: 'rejected',
    message: /不是文本格式|无法识别文件的文字编码|找不到表头/,
    run: async (ctx) => ctx.rest.importTable({ data: await smallPng(), name: '汇总表.csv' }),
  },
  {
    name: 'an empty file',
    via: 'importer (Local API)',
    kind: 'spreadsheet',
    expect: 'rejected',
    message: /文件是空的/,
    run: (ctx) => ctx.local.importTable({ data: Buffer.alloc(0), name: '汇总表.csv' }),
  },
]
