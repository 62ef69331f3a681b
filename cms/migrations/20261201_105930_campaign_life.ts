import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`publicity_notices_entries\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`case_id\` integer,
  	\`number\` text,
  	\`tier\` text,
  	\`title\` text,
  	\`unit_name\` text,
  	FOREIGN KEY (\`case_id\`) REFERENCES \`cases\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`publicity_notices\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`publicity_notices_entries_order_idx\` ON \`publicity_notices_entries\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`publicity_notices_entries_parent_id_idx\` ON \`publicity_notices_entries\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`publicity_notices_entries_case_idx\` ON \`publicity_notices_entries\` (\`case_id\`);`)
  await db.run(sql`CREATE TABLE \`publicity_notices_slug_history\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	\`changed_at\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`publicity_notices\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`publicity_notices_slug_history_order_idx\` ON \`publicity_notices_slug_history\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`publicity_notices_slug_history_parent_id_idx\` ON \`publicity_notices_slug_history\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`publicity_notices_slug_history_slug_idx\` ON \`publicity_notices_slug_history\` (\`slug\`);`)
  await db.run(sql`CREATE TABLE \`publicity_notices\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`campaign_id\` integer,
  	\`list_kind\` text DEFAULT 'commend',
  	\`issuer\` text,
  	\`document_number\` text,
  	\`intro\` text,
  	\`period_start\` text,
  	\`working_days\` numeric DEFAULT 5,
  	\`period_end\` text,
  	\`holiday_data\` text,
  	\`objection_channel_office\` text,
  	\`objection_channel_phone\` text,
  	\`objection_channel_email\` text,
  	\`objection_channel_address\` text,
  	\`slug\` text,
  	\`published_at\` text,
  	\`seed_hash\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`campaign_id\`) REFERENCES \`campaigns\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`publicity_notices_campaign_idx\` ON \`publicity_notices\` (\`campaign_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`publicity_notices_slug_idx\` ON \`publicity_notices\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`publicity_notices_published_at_idx\` ON \`publicity_notices\` (\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`publicity_notices_updated_at_idx\` ON \`publicity_notices\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`publicity_notices_created_at_idx\` ON \`publicity_notices\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`publicity_notices__status_idx\` ON \`publicity_notices\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`_publicity_notices_v_version_entries\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`case_id\` integer,
  	\`number\` text,
  	\`tier\` text,
  	\`title\` text,
  	\`unit_name\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`case_id\`) REFERENCES \`cases\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_publicity_notices_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_publicity_notices_v_version_entries_order_idx\` ON \`_publicity_notices_v_version_entries\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_publicity_notices_v_version_entries_parent_id_idx\` ON \`_publicity_notices_v_version_entries\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_publicity_notices_v_version_entries_case_idx\` ON \`_publicity_notices_v_version_entries\` (\`case_id\`);`)
  await db.run(sql`CREATE TABLE \`_publicity_notices_v_version_slug_history\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	\`changed_at\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_publicity_notices_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_publicity_notices_v_version_slug_history_order_idx\` ON \`_publicity_notices_v_version_slug_history\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_publicity_notices_v_version_slug_history_parent_id_idx\` ON \`_publicity_notices_v_version_slug_history\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_publicity_notices_v_version_slug_history_slug_idx\` ON \`_publicity_notices_v_version_slug_history\` (\`slug\`);`)
  await db.run(sql`CREATE TABLE \`_publicity_notices_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_title\` text,
  	\`version_campaign_id\` integer,
  	\`version_list_kind\` text DEFAULT 'commend',
  	\`version_issuer\` text,
  	\`version_document_number\` text,
  	\`version_intro\` text,
  	\`version_period_start\` text,
  	\`version_working_days\` numeric DEFAULT 5,
  	\`version_period_end\` text,
  	\`version_holiday_data\` text,
  	\`version_objection_channel_office\` text,
  	\`version_objection_channel_phone\` text,
  	\`version_objection_channel_email\` text,
  	\`version_objection_channel_address\` text,
  	\`version_slug\` text,
  	\`version_published_at\` text,
  	\`version_seed_hash\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`publicity_notices\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_campaign_id\`) REFERENCES \`campaigns\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_publicity_notices_v_parent_idx\` ON \`_publicity_notices_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_publicity_notices_v_version_version_campaign_idx\` ON \`_publicity_notices_v\` (\`version_campaign_id\`);`)
  await db.run(sql`CREATE INDEX \`_publicity_notices_v_version_version_slug_idx\` ON \`_publicity_notices_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_publicity_notices_v_version_version_published_at_idx\` ON \`_publicity_notices_v\` (\`version_published_at\`);`)
  await db.run(sql`CREATE INDEX \`_publicity_notices_v_version_version_updated_at_idx\` ON \`_publicity_notices_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_publicity_notices_v_version_version_created_at_idx\` ON \`_publicity_notices_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_publicity_notices_v_version_version__status_idx\` ON \`_publicity_notices_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_publicity_notices_v_created_at_idx\` ON \`_publicity_notices_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_publicity_notices_v_updated_at_idx\` ON \`_publicity_notices_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_publicity_notices_v_latest_idx\` ON \`_publicity_notices_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`result_lists_entries\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`case_id\` integer,
  	\`number\` text,
  	\`tier\` text,
  	\`title\` text,
  	\`unit_name\` text,
  	FOREIGN KEY (\`case_id\`) REFERENCES \`cases\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`result_lists\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`result_lists_entries_order_idx\` ON \`result_lists_entries\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`result_lists_entries_parent_id_idx\` ON \`result_lists_entries\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`result_lists_entries_case_idx\` ON \`result_lists_entries\` (\`case_id\`);`)
  await db.run(sql`CREATE TABLE \`result_lists_slug_history\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	\`changed_at\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`result_lists\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`result_lists_slug_history_order_idx\` ON \`result_lists_slug_history\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`result_lists_slug_history_parent_id_idx\` ON \`result_lists_slug_history\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`result_lists_slug_history_slug_idx\` ON \`result_lists_slug_history\` (\`slug\`);`)
  await db.run(sql`CREATE TABLE \`result_lists\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`campaign_id\` integer,
  	\`issuer\` text,
  	\`document_number\` text,
  	\`issued_on\` text,
  	\`intro\` text,
  	\`slug\` text,
  	\`published_at\` text,
  	\`seed_hash\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`campaign_id\`) REFERENCES \`campaigns\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`result_lists_campaign_idx\` ON \`result_lists\` (\`campaign_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`result_lists_slug_idx\` ON \`result_lists\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`result_lists_published_at_idx\` ON \`result_lists\` (\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`result_lists_updated_at_idx\` ON \`result_lists\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`result_lists_created_at_idx\` ON \`result_lists\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`result_lists__status_idx\` ON \`result_lists\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`_result_lists_v_version_entries\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`case_id\` integer,
  	\`number\` text,
  	\`tier\` text,
  	\`title\` text,
  	\`unit_name\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`case_id\`) REFERENCES \`cases\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_result_lists_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_result_lists_v_version_entries_order_idx\` ON \`_result_lists_v_version_entries\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_result_lists_v_version_entries_parent_id_idx\` ON \`_result_lists_v_version_entries\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_result_lists_v_version_entries_case_idx\` ON \`_result_lists_v_version_entries\` (\`case_id\`);`)
  await db.run(sql`CREATE TABLE \`_result_lists_v_version_slug_history\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	\`changed_at\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_result_lists_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_result_lists_v_version_slug_history_order_idx\` ON \`_result_lists_v_version_slug_history\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_result_lists_v_version_slug_history_parent_id_idx\` ON \`_result_lists_v_version_slug_history\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_result_lists_v_version_slug_history_slug_idx\` ON \`_result_lists_v_version_slug_history\` (\`slug\`);`)
  await db.run(sql`CREATE TABLE \`_result_lists_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_title\` text,
  	\`version_campaign_id\` integer,
  	\`version_issuer\` text,
  	\`version_document_number\` text,
  	\`version_issued_on\` text,
  	\`version_intro\` text,
  	\`version_slug\` text,
  	\`version_published_at\` text,
  	\`version_seed_hash\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`result_lists\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_campaign_id\`) REFERENCES \`campaigns\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_result_lists_v_parent_idx\` ON \`_result_lists_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_result_lists_v_version_version_campaign_idx\` ON \`_result_lists_v\` (\`version_campaign_id\`);`)
  await db.run(sql`CREATE INDEX \`_result_lists_v_version_version_slug_idx\` ON \`_result_lists_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_result_lists_v_version_version_published_at_idx\` ON \`_result_lists_v\` (\`version_published_at\`);`)
  await db.run(sql`CREATE INDEX \`_result_lists_v_version_version_updated_at_idx\` ON \`_result_lists_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_result_lists_v_version_version_created_at_idx\` ON \`_result_lists_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_result_lists_v_version_version__status_idx\` ON \`_result_lists_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_result_lists_v_created_at_idx\` ON \`_result_lists_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_result_lists_v_updated_at_idx\` ON \`_result_lists_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_result_lists_v_latest_idx\` ON \`_result_lists_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`payload_jobs_log\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`executed_at\` text NOT NULL,
  	\`completed_at\` text NOT NULL,
  	\`task_slug\` text NOT NULL,
  	\`task_i_d\` text NOT NULL,
  	\`input\` text,
  	\`output\` text,
  	\`state\` text NOT NULL,
  	\`error\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`payload_jobs\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_jobs_log_order_idx\` ON \`payload_jobs_log\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_log_parent_id_idx\` ON \`payload_jobs_log\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_jobs\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`input\` text,
  	\`completed_at\` text,
  	\`total_tried\` numeric DEFAULT 0,
  	\`has_error\` integer DEFAULT false,
  	\`error\` text,
  	\`task_slug\` text,
  	\`queue\` text DEFAULT 'default',
  	\`wait_until\` text,
  	\`processing\` integer DEFAULT false,
  	\`meta\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_jobs_completed_at_idx\` ON \`payload_jobs\` (\`completed_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_total_tried_idx\` ON \`payload_jobs\` (\`total_tried\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_has_error_idx\` ON \`payload_jobs\` (\`has_error\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_task_slug_idx\` ON \`payload_jobs\` (\`task_slug\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_queue_idx\` ON \`payload_jobs\` (\`queue\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_wait_until_idx\` ON \`payload_jobs\` (\`wait_until\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_processing_idx\` ON \`payload_jobs\` (\`processing\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_updated_at_idx\` ON \`payload_jobs\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_created_at_idx\` ON \`payload_jobs\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_jobs_stats\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`stats\` text,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
  await db.run(sql`ALTER TABLE \`campaigns_documents\` ADD \`number\` text;`)
  await db.run(sql`ALTER TABLE \`_campaigns_v_version_documents\` ADD \`number\` text;`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`publicity_notices_id\` integer REFERENCES publicity_notices(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`result_lists_id\` integer REFERENCES result_lists(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_publicity_notices_id_idx\` ON \`payload_locked_documents_rels\` (\`publicity_notices_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_result_lists_id_idx\` ON \`payload_locked_documents_rels\` (\`result_lists_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`publicity_notices_entries\`;`)
  await db.run(sql`DROP TABLE \`publicity_notices_slug_history\`;`)
  await db.run(sql`DROP TABLE \`publicity_notices\`;`)
  await db.run(sql`DROP TABLE \`_publicity_notices_v_version_entries\`;`)
  await db.run(sql`DROP TABLE \`_publicity_notices_v_version_slug_history\`;`)
  await db.run(sql`DROP TABLE \`_publicity_notices_v\`;`)
  await db.run(sql`DROP TABLE \`result_lists_entries\`;`)
  await db.run(sql`DROP TABLE \`result_lists_slug_history\`;`)
  await db.run(sql`DROP TABLE \`result_lists\`;`)
  await db.run(sql`DROP TABLE \`_result_lists_v_version_entries\`;`)
  await db.run(sql`DROP TABLE \`_result_lists_v_version_slug_history\`;`)
  await db.run(sql`DROP TABLE \`_result_lists_v\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs_log\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs_stats\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`cases_id\` integer,
  	\`campaigns_id\` integer,
  	\`features_id\` integer,
  	\`brands_id\` integer,
  	\`units_id\` integer,
  	\`media_id\` integer,
  	\`users_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`cases_id\`) REFERENCES \`cases\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`campaigns_id\`) REFERENCES \`campaigns\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`features_id\`) REFERENCES \`features\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`brands_id\`) REFERENCES \`brands\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`units_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "cases_id", "campaigns_id", "features_id", "brands_id", "units_id", "media_id", "users_id") SELECT "id", "order", "parent_id", "path", "cases_id", "campaigns_id", "features_id", "brands_id", "units_id", "media_id", "users_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_cases_id_idx\` ON \`payload_locked_documents_rels\` (\`cases_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_campaigns_id_idx\` ON \`payload_locked_documents_rels\` (\`campaigns_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_features_id_idx\` ON \`payload_locked_documents_rels\` (\`features_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_brands_id_idx\` ON \`payload_locked_documents_rels\` (\`brands_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_units_id_idx\` ON \`payload_locked_documents_rels\` (\`units_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`ALTER TABLE \`campaigns_documents\` DROP COLUMN \`number\`;`)
  await db.run(sql`ALTER TABLE \`_campaigns_v_version_documents\` DROP COLUMN \`number\`;`)
}
