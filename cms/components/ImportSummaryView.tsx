import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'
import type { AdminViewServerProps } from 'payload'
import React from 'react'

import { unitLevels } from '../domain'
import { ImportSummaryForm } from './ImportSummaryForm'
import { ImportWriteUpsForm } from './ImportWriteUpsForm'

/** /admin/import: 导入汇总表 — a campaign's summary table becomes draft cases. */
export async function ImportSummaryView({ initPageResult, params, searchParams }: AdminViewServerProps) {
  const { req } = initPageResult
  const template = (children: React.ReactNode) => (
    <DefaultTemplate
      i18n={req.i18n}
      locale={initPageResult.locale}
      params={params}
      payload={req.payload}
      permissions={initPageResult.permissions}
      searchParams={searchParams}
      user={req.user || undefined}
      visibleEntities={initPageResult.visibleEntities}
    >
      <Gutter>{children}</Gutter>
    </DefaultTemplate>
  )
  if (!req.user) return template(<p>请先登录。</p>)
  const campaigns = await req.payload.find({
    collection: 'campaigns',
    limit: 0,
    pagination: false,
    depth: 0,
    draft: true,
    sort: '-year',
    select: { name: true, year: true, region: true },
    user: req.user,
    overrideAccess: false,
  })
  const units = await req.payload.find({
    collection: 'units',
    limit: 0,
    pagination: false,
    depth: 0,
    sort: 'name',
    select: { name: true, shortName: true, region: true },
    user: req.user,
    overrideAccess: false,
  })
  return template(
    <>
      <h1>导入汇总表</h1>
      <p>
        上传各单位报送的《案例申报汇总表》（CSV 或 XLSX，列名为“序号、案例名称、案例类型、申报单位、联系人、联系电话、备注”）， 每一行会成为所选活动中的一个
        <strong>草稿</strong>案例（奖项等次为“参评”），并按顺序获得本活动内唯一的编号，表中的序号作为报送序号保留。
        表中的单位按全称匹配，或按规范简称在本活动地区内匹配；一个简称对应多个单位时须由您选定，新单位须填写层级和地区。
        只要有一行有问题，整个文件都不会写入，并逐行列出原因。同一文件重复导入不会重复创建。
      </p>
      <ImportSummaryForm
        campaigns={campaigns.docs.map((c) => ({ id: c.id, label: `${c.year} ${c.name}`, region: c.region }))}
        units={units.docs.map((u) => ({
          id: u.id,
          label: [u.name, u.shortName && u.shortName !== u.name ? u.shortName : '', u.region].filter(Boolean).join('｜'),
        }))}
        unitLevels={unitLevels.map((l) => ({ value: l.value, label: l.label }))}
      />
      <h2 style={{ marginTop: '2.5rem' }}>导入 Word 情况介绍</h2>
      <p>
        汇总表导入后，把各案例的情况介绍（.docx，按“一、背景描述 二、创新亮点……”的撰写格式）一次选中上传，或打包成一个 .zip 上传。 每个文件按
        <strong>案例名称</strong>（文件中的标题，或文件名）对应到本活动的案例，填入摘要和正文各部分，保存为草稿。
        每个文件单独处理：字数超出本活动要求、对应不到案例或文件不安全的，不会改动任何内容，并在结果中说明原因。
      </p>
      <ImportWriteUpsForm campaigns={campaigns.docs.map((c) => ({ id: c.id, label: `${c.year} ${c.name}` }))} />
    </>,
  )
}
