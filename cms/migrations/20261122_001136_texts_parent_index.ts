import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

/**
 * Payload indexes a hasMany text field's table on (order, parent_id) only, so
 * reading a case's focus areas scanned the whole table: reading all cases grew
 * with the square of their number (7.8 s of SQLite at 10,000 cases). An index
 * led by parent_id makes each lookup direct. Not part of Payload's schema, so
 * the schema snapshot is unchanged.
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE INDEX IF NOT EXISTS \`cases_texts_parent_idx\` ON \`cases_texts\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX IF NOT EXISTS \`_cases_v_texts_parent_idx\` ON \`_cases_v_texts\` (\`parent_id\`);`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX IF EXISTS \`cases_texts_parent_idx\`;`)
  await db.run(sql`DROP INDEX IF EXISTS \`_cases_v_texts_parent_idx\`;`)
}
