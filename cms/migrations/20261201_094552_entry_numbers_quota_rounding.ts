import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`campaigns_quota_confirmations\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`confirmed_at\` text,
  	\`confirmed_by_id\` integer,
  	\`summary\` text,
  	\`note\` text,
  	\`counts\` text,
  	FOREIGN KEY (\`confirmed_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`campaigns\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`campaigns_quota_confirmations_order_idx\` ON \`campaigns_quota_confirmations\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_quota_confirmations_parent_id_idx\` ON \`campaigns_quota_confirmations\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_quota_confirmations_confirmed_by_idx\` ON \`campaigns_quota_confirmations\` (\`confirmed_by_id\`);`)
  await db.run(sql`CREATE TABLE \`_campaigns_v_version_quota_confirmations\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`confirmed_at\` text,
  	\`confirmed_by_id\` integer,
  	\`summary\` text,
  	\`note\` text,
  	\`counts\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`confirmed_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_campaigns_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_campaigns_v_version_quota_confirmations_order_idx\` ON \`_campaigns_v_version_quota_confirmations\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_campaigns_v_version_quota_confirmations_parent_id_idx\` ON \`_campaigns_v_version_quota_confirmations\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_campaigns_v_version_quota_confirmations_confirmed_by_idx\` ON \`_campaigns_v_version_quota_confirmations\` (\`confirmed_by_id\`);`)
  await db.run(sql`ALTER TABLE \`cases\` ADD \`submitted_sequence\` numeric;`)
  await db.run(sql`CREATE INDEX \`cases_sequence_idx\` ON \`cases\` (\`sequence\`);`)
  await db.run(sql`ALTER TABLE \`_cases_v\` ADD \`version_submitted_sequence\` numeric;`)
  await db.run(sql`CREATE INDEX \`_cases_v_version_version_sequence_idx\` ON \`_cases_v\` (\`version_sequence\`);`)
  await db.run(sql`ALTER TABLE \`campaigns\` ADD \`quota_rounding\` text DEFAULT 'round';`)
  await db.run(sql`ALTER TABLE \`_campaigns_v\` ADD \`version_quota_rounding\` text DEFAULT 'round';`)
  // Earlier imports stored each submitter's 序号 as the number, so several entries of a
  // campaign could share one. The first keeps it; the others keep theirs as 报送序号 and
  // get the next free 编号 of their campaign (entries without a number get one too).
  await db.run(sql`CREATE TEMP TABLE \`renumbered\` AS
    WITH ranked AS (
      SELECT id, campaign_id, sequence, ROW_NUMBER() OVER (PARTITION BY campaign_id, sequence ORDER BY id) AS nth
      FROM cases WHERE campaign_id IS NOT NULL
    )
    SELECT r.id, r.sequence AS old_sequence,
      (SELECT COALESCE(MAX(c.sequence), 0) FROM cases c WHERE c.campaign_id = r.campaign_id)
        + ROW_NUMBER() OVER (PARTITION BY r.campaign_id ORDER BY r.id) AS new_sequence
    FROM ranked r WHERE r.sequence IS NULL OR r.nth > 1;`)
  await db.run(sql`UPDATE \`cases\` SET
      submitted_sequence = (SELECT old_sequence FROM renumbered WHERE renumbered.id = cases.id),
      sequence = (SELECT new_sequence FROM renumbered WHERE renumbered.id = cases.id)
    WHERE id IN (SELECT id FROM renumbered);`)
  await db.run(sql`UPDATE \`_cases_v\` SET
      version_submitted_sequence = (SELECT old_sequence FROM renumbered WHERE renumbered.id = _cases_v.parent_id),
      version_sequence = (SELECT new_sequence FROM renumbered WHERE renumbered.id = _cases_v.parent_id)
    WHERE parent_id IN (SELECT id FROM renumbered);`)
  await db.run(sql`DROP TABLE \`renumbered\`;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`campaigns_quota_confirmations\`;`)
  await db.run(sql`DROP TABLE \`_campaigns_v_version_quota_confirmations\`;`)
  await db.run(sql`DROP INDEX \`cases_sequence_idx\`;`)
  await db.run(sql`ALTER TABLE \`cases\` DROP COLUMN \`submitted_sequence\`;`)
  await db.run(sql`DROP INDEX \`_cases_v_version_version_sequence_idx\`;`)
  await db.run(sql`ALTER TABLE \`_cases_v\` DROP COLUMN \`version_submitted_sequence\`;`)
  await db.run(sql`ALTER TABLE \`campaigns\` DROP COLUMN \`quota_rounding\`;`)
  await db.run(sql`ALTER TABLE \`_campaigns_v\` DROP COLUMN \`version_quota_rounding\`;`)
}
