import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

// The rate limit on reset e-mails (Users: forgotPassword.minRequestInterval) keeps its time here.
// The generator also rebuilt the table to drop NOT NULL from `role` (the field is now hidden on the
// first-user screen); that rebuild copied a column the old table lacks, and a table rebuild inside
// the migration's transaction cannot turn foreign keys off. `role` keeps NOT NULL: it always has a
// value (default 'editor'; the first account is made an admin).
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`users\` ADD \`reset_password_requested_at\` text;`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`users\` DROP COLUMN \`reset_password_requested_at\`;`)
}
