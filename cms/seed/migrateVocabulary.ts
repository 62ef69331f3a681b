import { sql, type MigrateUpArgs } from '@payloadcms/db-sqlite'

import { defaultThemes } from '../domain/defaultVocabulary'
import { createTerm, insertDefaultVocabulary } from './defaultVocabulary'

type Row = Record<string, unknown>

/**
 * The SQLite data step of the migration that made the vocabularies content:
 * the default terms; a campaign's 征集领域 (a select of fixed keys before, now
 * term keys, stored with the other hasMany texts); and its 重点工作主题 (free
 * text before): each distinct theme becomes a term of 词表 › 重点工作主题 (a
 * default one when the wording matches) and the campaign keeps its key.
 * Drafts (versions) move the same way.
 */
export async function moveCampaignTermsToTexts({ db, payload, req }: Pick<MigrateUpArgs, 'db' | 'payload' | 'req'>): Promise<void> {
  await insertDefaultVocabulary(payload, req)

  const themeValues = new Map<string, string>(defaultThemes.map((t) => [t.label as string, t.value as string]))
  const themeValue = async (name: string) => {
    let value = themeValues.get(name)
    if (!value) {
      value = await createTerm(payload, req, 'themes', { value: '', label: name })
      themeValues.set(name, value)
    }
    return value
  }

  const tables = [
    { fields: 'campaigns_fields', themes: 'campaigns_themes', texts: 'campaigns_texts', prefix: '' },
    { fields: '_campaigns_v_version_fields', themes: '_campaigns_v_version_themes', texts: '_campaigns_v_texts', prefix: 'version.' },
  ]
  for (const table of tables) {
    const fields = (await db.all(sql.raw(`SELECT "order", "parent_id", "value" FROM "${table.fields}" ORDER BY "parent_id", "order"`))) as Row[]
    for (const row of fields) {
      if (!row.value) continue
      await db.run(
        sql`INSERT INTO ${sql.identifier(table.texts)} ("order", "parent_id", "path", "text") VALUES (${row.order as number}, ${row.parent_id as number}, ${`${table.prefix}fields`}, ${row.value as string})`,
      )
    }
    const themes = (await db.all(sql.raw(`SELECT "_order", "_parent_id", "name" FROM "${table.themes}" ORDER BY "_parent_id", "_order"`))) as Row[]
    for (const row of themes) {
      const name = String(row.name ?? '').trim()
      if (!name) continue
      await db.run(
        sql`INSERT INTO ${sql.identifier(table.texts)} ("order", "parent_id", "path", "text") VALUES (${row._order as number}, ${row._parent_id as number}, ${`${table.prefix}themes`}, ${await themeValue(name)})`,
      )
    }
  }
}
