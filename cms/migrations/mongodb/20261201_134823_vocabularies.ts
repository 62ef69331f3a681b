import type { MigrateDownArgs, MigrateUpArgs } from '@payloadcms/db-mongodb'

import { defaultThemes } from '../../domain/defaultVocabulary'
import { createTerm, insertDefaultVocabulary } from '../../seed/defaultVocabulary'

type Themed = { _id: import('mongodb').ObjectId; themes?: unknown; version?: { themes?: unknown } }

/**
 * Counterpart of the SQLite migration 20261201_134823_vocabularies: the
 * default 词表, and each campaign's 重点工作主题 from free text ({ name }) to
 * term keys, drafts included. 征集领域 needs nothing: MongoDB kept it as an
 * array of keys, which is what the term field stores.
 */
export async function up({ payload, req, session }: MigrateUpArgs): Promise<void> {
  await insertDefaultVocabulary(payload, req)
  const values = new Map<string, string>(defaultThemes.map((t) => [t.label as string, t.value as string]))
  const keysOf = async (themes: unknown): Promise<string[] | undefined> => {
    if (!Array.isArray(themes) || !themes.some((t) => t && typeof t === 'object')) return undefined
    const keys: string[] = []
    for (const theme of themes) {
      const name = typeof theme === 'string' ? theme : String((theme as { name?: string })?.name ?? '').trim()
      if (!name) continue
      let value = values.get(name)
      if (!value && typeof theme === 'string') value = name
      if (!value) {
        value = await createTerm(payload, req, 'themes', { value: '', label: name })
        values.set(name, value)
      }
      keys.push(value)
    }
    return keys
  }
  const campaigns = payload.db.collections.campaigns!.collection
  for (const doc of (await campaigns.find({}, { session }).toArray()) as Themed[]) {
    const keys = await keysOf(doc.themes)
    if (keys) await campaigns.updateOne({ _id: doc._id }, { $set: { themes: keys } }, { session })
  }
  const versions = payload.db.versions.campaigns!.collection
  for (const doc of (await versions.find({}, { session }).toArray()) as Themed[]) {
    const keys = await keysOf(doc.version?.themes)
    if (keys) await versions.updateOne({ _id: doc._id }, { $set: { 'version.themes': keys } }, { session })
  }
}

export async function down(_args: MigrateDownArgs): Promise<void> {
  // The themes' wording stays in 词表 › 重点工作主题; nothing to restore.
}
