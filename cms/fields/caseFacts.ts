import type { Field, NumberFieldSingleValidation } from 'payload'

import { adoptionScopes, evidenceKinds, figureQualifiers, monthIndex, options, yearParts, type YearMonth } from '../domain'
import { safeUrl } from '../utilities/safeUrl'
import { evidenceFileField } from './evidenceFile'
import { privateField } from './privateField'
import { writeUpEditor } from './richTextEditor'
import { safeRichText } from './safeRichText'

const siblingOf = (options: { siblingData?: unknown }) => (options.siblingData ?? {}) as YearMonth

// A month without its year cannot be read; the message sits on the month.
const monthNeedsYear: NumberFieldSingleValidation = (value, options) => {
  if (value === null || value === undefined) return true
  if (!Number.isInteger(value) || value < 1 || value > 12) return '月份须是 1 到 12 之间的整数。'
  return siblingOf(options).year ? true : '填写月份前请先填写年份。'
}

const year: NumberFieldSingleValidation = (value) => {
  if (value === null || value === undefined) return true
  return Number.isInteger(value) && value >= 1949 && value <= 2100 ? true : '年份须是 1949 到 2100 之间的四位整数，如 2022。'
}

/** A date of year or month precision: 年份, 月份 and, for 开始时间, 年初 / 年中 / 年底 when the month is unknown. */
function yearMonthField(
  name: string,
  label: string,
  opts: { withPart?: boolean; validateYear?: NumberFieldSingleValidation; description?: string } = {},
): Field {
  return {
    name,
    label,
    type: 'group',
    admin: { hideGutter: true, ...(opts.description ? { description: opts.description } : {}) },
    fields: [
      {
        type: 'row',
        fields: [
          {
            name: 'year',
            label: '年份',
            type: 'number',
            validate: ((value, options) => {
              const own = year(value, options)
              return own === true && opts.validateYear ? opts.validateYear(value, options) : own
            }) satisfies NumberFieldSingleValidation,
            admin: { width: '33%' },
          },
          { name: 'month', label: '月份', type: 'number', validate: monthNeedsYear, admin: { width: '33%' } },
          ...(opts.withPart
            ? [
                {
                  name: 'part',
                  label: '时段',
                  type: 'select' as const,
                  options: options(yearParts),
                  admin: { width: '33%', description: '只知道大致时间时选填，如“2022年初”。', condition: (_: unknown, sibling: YearMonth) => !sibling?.month },
                },
              ]
            : []),
        ],
      },
    ],
  }
}

// The end is read against the start and the 持续运行 box of the same 实施时间 group.
const endYear: NumberFieldSingleValidation = (value, options) => {
  if (value === null || value === undefined) return true
  const implementation = (options.data as { implementation?: { start?: YearMonth; ongoing?: boolean | null } }).implementation
  if (implementation?.ongoing) return '已勾选“持续运行”，不能再填写结束时间；做法已停止时请取消勾选。'
  const start = implementation?.start
  if (start?.year && monthIndex({ year: value, month: siblingOf(options).month }) < monthIndex(start))
    return `结束时间早于开始时间（${start.year}年${start.month ? `${start.month}月` : ''}）。`
  return true
}

/** 实施时间: when the practice started, and when it ended or that it still runs. */
const implementationField: Field = {
  name: 'implementation',
  label: '实施时间',
  type: 'group',
  admin: { description: '年份即可；知道月份时填写月份。' },
  fields: [
    yearMonthField('start', '开始时间', { withPart: true }),
    { name: 'ongoing', label: '持续运行', type: 'checkbox', admin: { description: '做法目前仍在运行时勾选。' } },
    yearMonthField('end', '结束时间', {
      validateYear: endYear,
      description: '做法已停止或已被取代时填写。',
    }),
  ],
}

/** 推广情况: who took the practice up, how far, by which document or event. */
const adoptionsField: Field = {
  name: 'adoptions',
  label: '推广情况',
  type: 'array',
  labels: { singular: '推广记录', plural: '推广记录' },
  admin: {
    description: '每条一项推广：范围、推广单位、文件或活动及其时间。网站按最大的范围显示“推广层级”，并作为检索条件。',
  },
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'scope', label: '推广范围', type: 'select', required: true, options: options(adoptionScopes), admin: { width: '25%' } },
        { name: 'body', label: '推广单位', type: 'text', maxLength: 120, admin: { width: '75%', description: '如“省退役军人事务厅”' } },
      ],
    },
    {
      name: 'event',
      label: '文件或活动',
      type: 'text',
      required: true,
      maxLength: 200,
      admin: { description: '如“向全省发文推广”“在全省双拥工作会议上作经验交流”' },
    },
    yearMonthField('date', '时间'),
    { name: 'url', label: '链接', type: 'text', maxLength: 500, validate: safeUrl },
  ],
}

/** 成效数据: figures with label, number, unit and the date they hold for. */
const figuresField: Field = {
  name: 'figures',
  label: '成效数据',
  type: 'array',
  labels: { singular: '数据', plural: '数据' },
  admin: { description: '网站显示为“小区网格 8511 个（截至 2024 年）”。只填材料中写明的数字。' },
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'label', label: '指标', type: 'text', required: true, maxLength: 60, admin: { width: '40%', description: '如“小区网格”' } },
        { name: 'value', label: '数值', type: 'number', required: true, admin: { width: '20%' } },
        { name: 'unit', label: '单位', type: 'text', maxLength: 20, admin: { width: '20%', description: '如“个”“人次”' } },
        {
          name: 'qualifier',
          label: '约数',
          type: 'select',
          options: options(figureQualifiers),
          admin: { width: '20%', description: '材料写“410余场次”时选“余”。' },
        },
      ],
    },
    yearMonthField('asOf', '截至'),
  ],
}

/** The fields of one 佐证 entry; its file is an upload to 佐证文件, marked as the list is. */
function evidenceFields(visibility: 'public' | 'private'): Field[] {
  return [
    {
      type: 'row',
      fields: [
        { name: 'kind', label: '类型', type: 'select', required: true, options: options(evidenceKinds), admin: { width: '25%' } },
        { name: 'title', label: '名称', type: 'text', required: true, maxLength: 200, admin: { width: '75%' } },
      ],
    },
    { name: 'source', label: '出具单位或媒体', type: 'text', maxLength: 120 },
    yearMonthField('date', '时间'),
    { name: 'url', label: '链接', type: 'text', maxLength: 500, validate: safeUrl, admin: { description: '视频、报道或文件的网址。' } },
    evidenceFileField(visibility),
    ...(visibility === 'private'
      ? [{ name: 'note', label: '说明', type: 'textarea' as const, maxLength: 1000, admin: { description: '原件存放何处、为何不公开等。' } }]
      : []),
  ]
}

/** 佐证材料: public entries show on the case page; private ones only editors read, like the contacts. */
const evidenceField: Field = {
  type: 'collapsible',
  label: '佐证材料',
  admin: { initCollapsed: false, description: '图片、视频、媒体报道和文件（批示、证书、地方标准）。每条选择公开或不公开。' },
  fields: [
    {
      name: 'evidence',
      label: '公开的佐证',
      type: 'array',
      labels: { singular: '公开佐证', plural: '公开佐证' },
      admin: { description: '显示在案例页面上。' },
      fields: evidenceFields('public'),
    },
    privateField({
      name: 'privateEvidence',
      label: '不公开的佐证',
      type: 'array',
      labels: { singular: '不公开佐证', plural: '不公开佐证' },
      admin: { description: '只有编辑能看到，不会出现在公开网站、开放数据和接口中' },
      fields: evidenceFields('private'),
    }),
  ],
}

/** 经验启示: what another office can copy, rich text like the write-up. */
const lessonsField: Field = {
  name: 'lessons',
  label: '经验启示 / 可复制推广的做法',
  type: 'richText',
  editor: writeUpEditor,
  validate: safeRichText,
  admin: { description: '别的单位可以照着做的要点，以及实施中遇到的难点。' },
}

/** 案例要素: the facts a reader studying a practice looks for first (issue 15). */
export const caseFactsFields: Field[] = [implementationField, adoptionsField, figuresField, lessonsField, evidenceField]
