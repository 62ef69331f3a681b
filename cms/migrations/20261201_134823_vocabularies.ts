import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

import { moveCampaignTermsToTexts } from '../seed/migrateVocabulary'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`campaigns_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`campaigns\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`campaigns_texts_order_parent\` ON \`campaigns_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_campaigns_v_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_campaigns_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_campaigns_v_texts_order_parent\` ON \`_campaigns_v_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`case_types_slug_history\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	\`changed_at\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`case_types\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`case_types_slug_history_order_idx\` ON \`case_types_slug_history\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`case_types_slug_history_parent_id_idx\` ON \`case_types_slug_history\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`case_types_slug_history_slug_idx\` ON \`case_types_slug_history\` (\`slug\`);`)
  await db.run(sql`CREATE TABLE \`case_types\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_order\` text,
  	\`label\` text,
  	\`description\` text,
  	\`value\` text,
  	\`slug\` text,
  	\`kind\` text DEFAULT 'case',
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft'
  );
  `)
  await db.run(sql`CREATE INDEX \`case_types__order_idx\` ON \`case_types\` (\`_order\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`case_types_label_idx\` ON \`case_types\` (\`label\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`case_types_value_idx\` ON \`case_types\` (\`value\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`case_types_slug_idx\` ON \`case_types\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`case_types_updated_at_idx\` ON \`case_types\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`case_types_created_at_idx\` ON \`case_types\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`case_types__status_idx\` ON \`case_types\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`_case_types_v_version_slug_history\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	\`changed_at\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_case_types_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_case_types_v_version_slug_history_order_idx\` ON \`_case_types_v_version_slug_history\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_case_types_v_version_slug_history_parent_id_idx\` ON \`_case_types_v_version_slug_history\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_case_types_v_version_slug_history_slug_idx\` ON \`_case_types_v_version_slug_history\` (\`slug\`);`)
  await db.run(sql`CREATE TABLE \`_case_types_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version__order\` text,
  	\`version_label\` text,
  	\`version_description\` text,
  	\`version_value\` text,
  	\`version_slug\` text,
  	\`version_kind\` text DEFAULT 'case',
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`case_types\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_case_types_v_parent_idx\` ON \`_case_types_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_case_types_v_version_version__order_idx\` ON \`_case_types_v\` (\`version__order\`);`)
  await db.run(sql`CREATE INDEX \`_case_types_v_version_version_label_idx\` ON \`_case_types_v\` (\`version_label\`);`)
  await db.run(sql`CREATE INDEX \`_case_types_v_version_version_value_idx\` ON \`_case_types_v\` (\`version_value\`);`)
  await db.run(sql`CREATE INDEX \`_case_types_v_version_version_slug_idx\` ON \`_case_types_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_case_types_v_version_version_updated_at_idx\` ON \`_case_types_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_case_types_v_version_version_created_at_idx\` ON \`_case_types_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_case_types_v_version_version__status_idx\` ON \`_case_types_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_case_types_v_created_at_idx\` ON \`_case_types_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_case_types_v_updated_at_idx\` ON \`_case_types_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_case_types_v_latest_idx\` ON \`_case_types_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`party_fields_slug_history\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	\`changed_at\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`party_fields\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`party_fields_slug_history_order_idx\` ON \`party_fields_slug_history\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`party_fields_slug_history_parent_id_idx\` ON \`party_fields_slug_history\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`party_fields_slug_history_slug_idx\` ON \`party_fields_slug_history\` (\`slug\`);`)
  await db.run(sql`CREATE TABLE \`party_fields\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_order\` text,
  	\`label\` text,
  	\`description\` text,
  	\`value\` text,
  	\`slug\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft'
  );
  `)
  await db.run(sql`CREATE INDEX \`party_fields__order_idx\` ON \`party_fields\` (\`_order\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`party_fields_label_idx\` ON \`party_fields\` (\`label\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`party_fields_value_idx\` ON \`party_fields\` (\`value\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`party_fields_slug_idx\` ON \`party_fields\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`party_fields_updated_at_idx\` ON \`party_fields\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`party_fields_created_at_idx\` ON \`party_fields\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`party_fields__status_idx\` ON \`party_fields\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`_party_fields_v_version_slug_history\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	\`changed_at\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_party_fields_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_party_fields_v_version_slug_history_order_idx\` ON \`_party_fields_v_version_slug_history\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_party_fields_v_version_slug_history_parent_id_idx\` ON \`_party_fields_v_version_slug_history\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_party_fields_v_version_slug_history_slug_idx\` ON \`_party_fields_v_version_slug_history\` (\`slug\`);`)
  await db.run(sql`CREATE TABLE \`_party_fields_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version__order\` text,
  	\`version_label\` text,
  	\`version_description\` text,
  	\`version_value\` text,
  	\`version_slug\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`party_fields\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_party_fields_v_parent_idx\` ON \`_party_fields_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_party_fields_v_version_version__order_idx\` ON \`_party_fields_v\` (\`version__order\`);`)
  await db.run(sql`CREATE INDEX \`_party_fields_v_version_version_label_idx\` ON \`_party_fields_v\` (\`version_label\`);`)
  await db.run(sql`CREATE INDEX \`_party_fields_v_version_version_value_idx\` ON \`_party_fields_v\` (\`version_value\`);`)
  await db.run(sql`CREATE INDEX \`_party_fields_v_version_version_slug_idx\` ON \`_party_fields_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_party_fields_v_version_version_updated_at_idx\` ON \`_party_fields_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_party_fields_v_version_version_created_at_idx\` ON \`_party_fields_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_party_fields_v_version_version__status_idx\` ON \`_party_fields_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_party_fields_v_created_at_idx\` ON \`_party_fields_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_party_fields_v_updated_at_idx\` ON \`_party_fields_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_party_fields_v_latest_idx\` ON \`_party_fields_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`themes_slug_history\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	\`changed_at\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`themes\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`themes_slug_history_order_idx\` ON \`themes_slug_history\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`themes_slug_history_parent_id_idx\` ON \`themes_slug_history\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`themes_slug_history_slug_idx\` ON \`themes_slug_history\` (\`slug\`);`)
  await db.run(sql`CREATE TABLE \`themes\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_order\` text,
  	\`label\` text,
  	\`description\` text,
  	\`value\` text,
  	\`slug\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft'
  );
  `)
  await db.run(sql`CREATE INDEX \`themes__order_idx\` ON \`themes\` (\`_order\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`themes_label_idx\` ON \`themes\` (\`label\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`themes_value_idx\` ON \`themes\` (\`value\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`themes_slug_idx\` ON \`themes\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`themes_updated_at_idx\` ON \`themes\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`themes_created_at_idx\` ON \`themes\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`themes__status_idx\` ON \`themes\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`_themes_v_version_slug_history\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	\`changed_at\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_themes_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_themes_v_version_slug_history_order_idx\` ON \`_themes_v_version_slug_history\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_themes_v_version_slug_history_parent_id_idx\` ON \`_themes_v_version_slug_history\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_themes_v_version_slug_history_slug_idx\` ON \`_themes_v_version_slug_history\` (\`slug\`);`)
  await db.run(sql`CREATE TABLE \`_themes_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version__order\` text,
  	\`version_label\` text,
  	\`version_description\` text,
  	\`version_value\` text,
  	\`version_slug\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`themes\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_themes_v_parent_idx\` ON \`_themes_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_themes_v_version_version__order_idx\` ON \`_themes_v\` (\`version__order\`);`)
  await db.run(sql`CREATE INDEX \`_themes_v_version_version_label_idx\` ON \`_themes_v\` (\`version_label\`);`)
  await db.run(sql`CREATE INDEX \`_themes_v_version_version_value_idx\` ON \`_themes_v\` (\`version_value\`);`)
  await db.run(sql`CREATE INDEX \`_themes_v_version_version_slug_idx\` ON \`_themes_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_themes_v_version_version_updated_at_idx\` ON \`_themes_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_themes_v_version_version_created_at_idx\` ON \`_themes_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_themes_v_version_version__status_idx\` ON \`_themes_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_themes_v_created_at_idx\` ON \`_themes_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_themes_v_updated_at_idx\` ON \`_themes_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_themes_v_latest_idx\` ON \`_themes_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`award_tiers_slug_history\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	\`changed_at\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`award_tiers\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`award_tiers_slug_history_order_idx\` ON \`award_tiers_slug_history\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`award_tiers_slug_history_parent_id_idx\` ON \`award_tiers_slug_history\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`award_tiers_slug_history_slug_idx\` ON \`award_tiers_slug_history\` (\`slug\`);`)
  await db.run(sql`CREATE TABLE \`award_tiers_kinds\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`award_tiers\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`award_tiers_kinds_order_idx\` ON \`award_tiers_kinds\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`award_tiers_kinds_parent_idx\` ON \`award_tiers_kinds\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`award_tiers\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_order\` text,
  	\`label\` text,
  	\`description\` text,
  	\`value\` text,
  	\`slug\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft'
  );
  `)
  await db.run(sql`CREATE INDEX \`award_tiers__order_idx\` ON \`award_tiers\` (\`_order\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`award_tiers_label_idx\` ON \`award_tiers\` (\`label\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`award_tiers_value_idx\` ON \`award_tiers\` (\`value\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`award_tiers_slug_idx\` ON \`award_tiers\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`award_tiers_updated_at_idx\` ON \`award_tiers\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`award_tiers_created_at_idx\` ON \`award_tiers\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`award_tiers__status_idx\` ON \`award_tiers\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`_award_tiers_v_version_slug_history\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	\`changed_at\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_award_tiers_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_award_tiers_v_version_slug_history_order_idx\` ON \`_award_tiers_v_version_slug_history\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_award_tiers_v_version_slug_history_parent_id_idx\` ON \`_award_tiers_v_version_slug_history\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_award_tiers_v_version_slug_history_slug_idx\` ON \`_award_tiers_v_version_slug_history\` (\`slug\`);`)
  await db.run(sql`CREATE TABLE \`_award_tiers_v_version_kinds\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_award_tiers_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_award_tiers_v_version_kinds_order_idx\` ON \`_award_tiers_v_version_kinds\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_award_tiers_v_version_kinds_parent_idx\` ON \`_award_tiers_v_version_kinds\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_award_tiers_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version__order\` text,
  	\`version_label\` text,
  	\`version_description\` text,
  	\`version_value\` text,
  	\`version_slug\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`award_tiers\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_award_tiers_v_parent_idx\` ON \`_award_tiers_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_award_tiers_v_version_version__order_idx\` ON \`_award_tiers_v\` (\`version__order\`);`)
  await db.run(sql`CREATE INDEX \`_award_tiers_v_version_version_label_idx\` ON \`_award_tiers_v\` (\`version_label\`);`)
  await db.run(sql`CREATE INDEX \`_award_tiers_v_version_version_value_idx\` ON \`_award_tiers_v\` (\`version_value\`);`)
  await db.run(sql`CREATE INDEX \`_award_tiers_v_version_version_slug_idx\` ON \`_award_tiers_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_award_tiers_v_version_version_updated_at_idx\` ON \`_award_tiers_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_award_tiers_v_version_version_created_at_idx\` ON \`_award_tiers_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_award_tiers_v_version_version__status_idx\` ON \`_award_tiers_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_award_tiers_v_created_at_idx\` ON \`_award_tiers_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_award_tiers_v_updated_at_idx\` ON \`_award_tiers_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_award_tiers_v_latest_idx\` ON \`_award_tiers_v\` (\`latest\`);`)
  // The vocabularies become content: the default terms, then campaigns' fields and themes as term keys.
  await moveCampaignTermsToTexts({ db, payload, req })
  await db.run(sql`DROP TABLE \`campaigns_fields\`;`)
  await db.run(sql`DROP TABLE \`campaigns_themes\`;`)
  await db.run(sql`DROP TABLE \`_campaigns_v_version_fields\`;`)
  await db.run(sql`DROP TABLE \`_campaigns_v_version_themes\`;`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`case_types_id\` integer REFERENCES case_types(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`party_fields_id\` integer REFERENCES party_fields(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`themes_id\` integer REFERENCES themes(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`award_tiers_id\` integer REFERENCES award_tiers(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_case_types_id_idx\` ON \`payload_locked_documents_rels\` (\`case_types_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_party_fields_id_idx\` ON \`payload_locked_documents_rels\` (\`party_fields_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_themes_id_idx\` ON \`payload_locked_documents_rels\` (\`themes_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_award_tiers_id_idx\` ON \`payload_locked_documents_rels\` (\`award_tiers_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`campaigns_fields\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`campaigns\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`campaigns_fields_order_idx\` ON \`campaigns_fields\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_fields_parent_idx\` ON \`campaigns_fields\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`campaigns_themes\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`campaigns\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`campaigns_themes_order_idx\` ON \`campaigns_themes\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_themes_parent_id_idx\` ON \`campaigns_themes\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_campaigns_v_version_fields\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_campaigns_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_campaigns_v_version_fields_order_idx\` ON \`_campaigns_v_version_fields\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_campaigns_v_version_fields_parent_idx\` ON \`_campaigns_v_version_fields\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_campaigns_v_version_themes\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_campaigns_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_campaigns_v_version_themes_order_idx\` ON \`_campaigns_v_version_themes\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_campaigns_v_version_themes_parent_id_idx\` ON \`_campaigns_v_version_themes\` (\`_parent_id\`);`)
  await db.run(sql`DROP TABLE \`campaigns_texts\`;`)
  await db.run(sql`DROP TABLE \`_campaigns_v_texts\`;`)
  await db.run(sql`DROP TABLE \`case_types_slug_history\`;`)
  await db.run(sql`DROP TABLE \`case_types\`;`)
  await db.run(sql`DROP TABLE \`_case_types_v_version_slug_history\`;`)
  await db.run(sql`DROP TABLE \`_case_types_v\`;`)
  await db.run(sql`DROP TABLE \`party_fields_slug_history\`;`)
  await db.run(sql`DROP TABLE \`party_fields\`;`)
  await db.run(sql`DROP TABLE \`_party_fields_v_version_slug_history\`;`)
  await db.run(sql`DROP TABLE \`_party_fields_v\`;`)
  await db.run(sql`DROP TABLE \`themes_slug_history\`;`)
  await db.run(sql`DROP TABLE \`themes\`;`)
  await db.run(sql`DROP TABLE \`_themes_v_version_slug_history\`;`)
  await db.run(sql`DROP TABLE \`_themes_v\`;`)
  await db.run(sql`DROP TABLE \`award_tiers_slug_history\`;`)
  await db.run(sql`DROP TABLE \`award_tiers_kinds\`;`)
  await db.run(sql`DROP TABLE \`award_tiers\`;`)
  await db.run(sql`DROP TABLE \`_award_tiers_v_version_slug_history\`;`)
  await db.run(sql`DROP TABLE \`_award_tiers_v_version_kinds\`;`)
  await db.run(sql`DROP TABLE \`_award_tiers_v\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`cases_id\` integer,
  	\`campaigns_id\` integer,
  	\`publicity_notices_id\` integer,
  	\`result_lists_id\` integer,
  	\`features_id\` integer,
  	\`brands_id\` integer,
  	\`units_id\` integer,
  	\`media_id\` integer,
  	\`users_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`cases_id\`) REFERENCES \`cases\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`campaigns_id\`) REFERENCES \`campaigns\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`publicity_notices_id\`) REFERENCES \`publicity_notices\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`result_lists_id\`) REFERENCES \`result_lists\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`features_id\`) REFERENCES \`features\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`brands_id\`) REFERENCES \`brands\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`units_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "cases_id", "campaigns_id", "publicity_notices_id", "result_lists_id", "features_id", "brands_id", "units_id", "media_id", "users_id") SELECT "id", "order", "parent_id", "path", "cases_id", "campaigns_id", "publicity_notices_id", "result_lists_id", "features_id", "brands_id", "units_id", "media_id", "users_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_cases_id_idx\` ON \`payload_locked_documents_rels\` (\`cases_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_campaigns_id_idx\` ON \`payload_locked_documents_rels\` (\`campaigns_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_publicity_notices_id_idx\` ON \`payload_locked_documents_rels\` (\`publicity_notices_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_result_lists_id_idx\` ON \`payload_locked_documents_rels\` (\`result_lists_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_features_id_idx\` ON \`payload_locked_documents_rels\` (\`features_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_brands_id_idx\` ON \`payload_locked_documents_rels\` (\`brands_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_units_id_idx\` ON \`payload_locked_documents_rels\` (\`units_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
}
