import type { TextField } from 'payload'

import { listNames } from '../domain'
import { readVocabulary, vocabularyCollections, type VocabularyList } from '../utilities/vocabulary'

/** Which terms the picker offers: all, or those the case's campaign sets (its types, its award scheme). */
export type TermFilter = 'campaignCaseTypes' | 'campaignAwardTiers'

type TermFieldOptions = {
  name: string
  list: VocabularyList
  label?: string
  hasMany?: boolean
  required?: boolean
  index?: boolean
  filter?: TermFilter
  description?: string
}

/**
 * A field that holds the data key of a term of one 词表 (or several, with
 * `hasMany`). The admin shows it as a select of the list's terms, read from
 * the CMS; saving checks each key against the list, so a mistyped or deleted
 * term is refused on the field, in Chinese. Keys, not relationships: cases,
 * open data and the site keep the same values they always had.
 */
export function termField({ name, list, label = listNames[list], hasMany, required, index, filter, description }: TermFieldOptions): TextField {
  const field = {
    name,
    label,
    type: 'text',
    maxLength: 80,
    required,
    index,
    admin: {
      description,
      components: { Field: { path: '/components/TermSelect#TermSelect', clientProps: { collection: vocabularyCollections[list], filter } } },
    },
    validate: async (
      value: unknown,
      { data, req, required: isRequired }: { data?: { _status?: string | null }; req: Parameters<typeof readVocabulary>[0]; required?: boolean },
    ) => {
      const values = (Array.isArray(value) ? value : [value]).filter((v): v is string => typeof v === 'string' && v !== '')
      if (values.length === 0) return isRequired ? `请选择${label}。` : true
      const terms = (await readVocabulary(req))[list]
      const unknown = values.filter((v) => !terms.some((t) => t.value === v))
      if (unknown.length) return `${label}“${unknown.join('、')}”不在“${listNames[list]}”词表中，请从列表中选择（可在“词表 › ${listNames[list]}”中新增）。`
      // The site publishes only published terms: a published document may not name a draft one.
      const drafts = data?._status === 'published' ? terms.filter((t) => values.includes(t.value) && !t.published) : []
      if (drafts.length) return `${label}“${drafts.map((t) => t.label).join('、')}”尚未发布：请先在“词表 › ${listNames[list]}”中发布它。`
      return true
    },
  }
  return (hasMany ? { ...field, hasMany: true } : field) as TextField
}
