import { getTranslation } from '@payloadcms/translations'
import { ValidationError, type FlattenedField, type PayloadRequest } from 'payload'

/**
 * One problem with one field. `path` is the field's path as the admin form
 * names it: `title`, `sections.background` (a group's field), `entries.2.case`
 * (row 3 of an array). The message is what the editor reads under the field.
 */
export type FieldProblem = { path: string; message: string; /** When the field is not in the config (e.g. Payload's own password field). */ label?: string }

type Target = { collection: string } | { global: string }

/**
 * The label the admin shows for a field path, e.g. 正文 › 背景描述 for
 * `sections.background`, 入选案例 3 › 案例 for `entries.2.case`.
 */
export function fieldLabel(req: PayloadRequest, target: Target, path: string): string {
  const config =
    'collection' in target
      ? req.payload.collections[target.collection as keyof typeof req.payload.collections]?.config
      : req.payload.globals.config.find((g) => g.slug === target.global)
  let fields: FlattenedField[] | undefined = config?.flattenedFields
  const names: string[] = []
  for (const segment of path.split('.')) {
    if (/^\d+$/.test(segment)) {
      if (names.length) names[names.length - 1] += ` ${Number(segment) + 1}`
      continue
    }
    const field = fields?.find((f) => f.name === segment)
    const label = field && 'label' in field && field.label ? getTranslation(field.label as never, req.i18n) : undefined
    names.push(typeof label === 'string' && label ? label : segment)
    fields = field && 'flattenedFields' in field ? (field.flattenedFields as FlattenedField[]) : undefined
  }
  return names.join(' › ')
}

// The admin's error toast splits its text at ASCII colons and commas (as in "…invalid: a, b").
const forToast = (text: string) => text.replace(/:/g, '：').replace(/,/g, '，')

/**
 * The error that shows each problem on its field in the admin (Payload's
 * ValidationError: the form marks every path with its message), with a toast
 * in Chinese: the message itself for one problem, the fields' names for several.
 * Over REST and the Local API the same paths and messages come back in `data.errors`.
 */
export function fieldErrors(req: PayloadRequest, target: Target, problems: FieldProblem[]): ValidationError {
  const errors = problems.map((p) => ({ ...p, label: p.label ?? fieldLabel(req, target, p.path) }))
  const error = new ValidationError({ ...target, errors, req }, req.t)
  error.message = forToast(
    errors.length === 1 ? errors[0]!.message : `有 ${errors.length} 处需要修改，见各字段下方的说明：${[...new Set(errors.map((e) => e.label))].join('、')}。`,
  )
  return error
}

/** Throws fieldErrors(…) when there is any problem; for hooks that collect their checks first. */
export function throwFieldErrors(req: PayloadRequest, target: Target, problems: FieldProblem[]): void {
  if (problems.length) throw fieldErrors(req, target, problems)
}
