import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`cases_honours\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`text\` text,
  	\`level\` text,
  	\`year\` numeric,
  	\`body\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`cases\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`cases_honours_order_idx\` ON \`cases_honours\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`cases_honours_parent_id_idx\` ON \`cases_honours\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`cases_press\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`outlet\` text,
  	\`date\` text,
  	\`title\` text,
  	\`url\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`cases\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`cases_press_order_idx\` ON \`cases_press\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`cases_press_parent_id_idx\` ON \`cases_press\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`cases_images\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`image_id\` integer,
  	\`caption\` text,
  	FOREIGN KEY (\`image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`cases\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`cases_images_order_idx\` ON \`cases_images\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`cases_images_parent_id_idx\` ON \`cases_images\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`cases_images_image_idx\` ON \`cases_images\` (\`image_id\`);`)
  await db.run(sql`CREATE TABLE \`cases_slug_history\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	\`changed_at\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`cases\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`cases_slug_history_order_idx\` ON \`cases_slug_history\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`cases_slug_history_parent_id_idx\` ON \`cases_slug_history\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`cases_slug_history_slug_idx\` ON \`cases_slug_history\` (\`slug\`);`)
  await db.run(sql`CREATE TABLE \`cases\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`kind\` text DEFAULT 'case',
  	\`sequence\` numeric,
  	\`campaign_id\` integer,
  	\`unit_id\` integer,
  	\`co_units_note\` text,
  	\`case_type\` text,
  	\`field\` text,
  	\`award_tier\` text,
  	\`brand_id\` integer,
  	\`abstract\` text,
  	\`sections_background\` text,
  	\`sections_highlights\` text,
  	\`sections_practice\` text,
  	\`sections_results\` text,
  	\`sections_significance\` text,
  	\`site_organisation\` text,
  	\`site_stars\` numeric,
  	\`site_members\` numeric,
  	\`site_secretary_name\` text,
  	\`site_secretary_gender\` text,
  	\`site_secretary_born\` text,
  	\`site_secretary_ethnicity\` text,
  	\`site_secretary_education\` text,
  	\`site_secretary_position\` text,
  	\`site_secretary_joined_party\` text,
  	\`site_secretary_since\` text,
  	\`contact_person\` text,
  	\`contact_phone\` text,
  	\`remarks\` text,
  	\`review_notes\` text,
  	\`slug\` text,
  	\`published_at\` text,
  	\`seed_hash\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`campaign_id\`) REFERENCES \`campaigns\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`unit_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`brand_id\`) REFERENCES \`brands\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`cases_campaign_idx\` ON \`cases\` (\`campaign_id\`);`)
  await db.run(sql`CREATE INDEX \`cases_unit_idx\` ON \`cases\` (\`unit_id\`);`)
  await db.run(sql`CREATE INDEX \`cases_case_type_idx\` ON \`cases\` (\`case_type\`);`)
  await db.run(sql`CREATE INDEX \`cases_field_idx\` ON \`cases\` (\`field\`);`)
  await db.run(sql`CREATE INDEX \`cases_award_tier_idx\` ON \`cases\` (\`award_tier\`);`)
  await db.run(sql`CREATE INDEX \`cases_brand_idx\` ON \`cases\` (\`brand_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`cases_slug_idx\` ON \`cases\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`cases_published_at_idx\` ON \`cases\` (\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`cases_updated_at_idx\` ON \`cases\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`cases_created_at_idx\` ON \`cases\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`cases__status_idx\` ON \`cases\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`cases_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`cases\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`cases_texts_order_parent\` ON \`cases_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`cases_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`units_id\` integer,
  	\`cases_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`cases\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`units_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`cases_id\`) REFERENCES \`cases\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`cases_rels_order_idx\` ON \`cases_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`cases_rels_parent_idx\` ON \`cases_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`cases_rels_path_idx\` ON \`cases_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`cases_rels_units_id_idx\` ON \`cases_rels\` (\`units_id\`);`)
  await db.run(sql`CREATE INDEX \`cases_rels_cases_id_idx\` ON \`cases_rels\` (\`cases_id\`);`)
  await db.run(sql`CREATE TABLE \`_cases_v_version_honours\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`text\` text,
  	\`level\` text,
  	\`year\` numeric,
  	\`body\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_cases_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_cases_v_version_honours_order_idx\` ON \`_cases_v_version_honours\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_cases_v_version_honours_parent_id_idx\` ON \`_cases_v_version_honours\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_cases_v_version_press\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`outlet\` text,
  	\`date\` text,
  	\`title\` text,
  	\`url\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_cases_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_cases_v_version_press_order_idx\` ON \`_cases_v_version_press\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_cases_v_version_press_parent_id_idx\` ON \`_cases_v_version_press\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_cases_v_version_images\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`image_id\` integer,
  	\`caption\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_cases_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_cases_v_version_images_order_idx\` ON \`_cases_v_version_images\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_cases_v_version_images_parent_id_idx\` ON \`_cases_v_version_images\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_cases_v_version_images_image_idx\` ON \`_cases_v_version_images\` (\`image_id\`);`)
  await db.run(sql`CREATE TABLE \`_cases_v_version_slug_history\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	\`changed_at\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_cases_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_cases_v_version_slug_history_order_idx\` ON \`_cases_v_version_slug_history\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_cases_v_version_slug_history_parent_id_idx\` ON \`_cases_v_version_slug_history\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_cases_v_version_slug_history_slug_idx\` ON \`_cases_v_version_slug_history\` (\`slug\`);`)
  await db.run(sql`CREATE TABLE \`_cases_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_title\` text,
  	\`version_kind\` text DEFAULT 'case',
  	\`version_sequence\` numeric,
  	\`version_campaign_id\` integer,
  	\`version_unit_id\` integer,
  	\`version_co_units_note\` text,
  	\`version_case_type\` text,
  	\`version_field\` text,
  	\`version_award_tier\` text,
  	\`version_brand_id\` integer,
  	\`version_abstract\` text,
  	\`version_sections_background\` text,
  	\`version_sections_highlights\` text,
  	\`version_sections_practice\` text,
  	\`version_sections_results\` text,
  	\`version_sections_significance\` text,
  	\`version_site_organisation\` text,
  	\`version_site_stars\` numeric,
  	\`version_site_members\` numeric,
  	\`version_site_secretary_name\` text,
  	\`version_site_secretary_gender\` text,
  	\`version_site_secretary_born\` text,
  	\`version_site_secretary_ethnicity\` text,
  	\`version_site_secretary_education\` text,
  	\`version_site_secretary_position\` text,
  	\`version_site_secretary_joined_party\` text,
  	\`version_site_secretary_since\` text,
  	\`version_contact_person\` text,
  	\`version_contact_phone\` text,
  	\`version_remarks\` text,
  	\`version_review_notes\` text,
  	\`version_slug\` text,
  	\`version_published_at\` text,
  	\`version_seed_hash\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`cases\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_campaign_id\`) REFERENCES \`campaigns\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_unit_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_brand_id\`) REFERENCES \`brands\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_cases_v_parent_idx\` ON \`_cases_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_cases_v_version_version_campaign_idx\` ON \`_cases_v\` (\`version_campaign_id\`);`)
  await db.run(sql`CREATE INDEX \`_cases_v_version_version_unit_idx\` ON \`_cases_v\` (\`version_unit_id\`);`)
  await db.run(sql`CREATE INDEX \`_cases_v_version_version_case_type_idx\` ON \`_cases_v\` (\`version_case_type\`);`)
  await db.run(sql`CREATE INDEX \`_cases_v_version_version_field_idx\` ON \`_cases_v\` (\`version_field\`);`)
  await db.run(sql`CREATE INDEX \`_cases_v_version_version_award_tier_idx\` ON \`_cases_v\` (\`version_award_tier\`);`)
  await db.run(sql`CREATE INDEX \`_cases_v_version_version_brand_idx\` ON \`_cases_v\` (\`version_brand_id\`);`)
  await db.run(sql`CREATE INDEX \`_cases_v_version_version_slug_idx\` ON \`_cases_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_cases_v_version_version_published_at_idx\` ON \`_cases_v\` (\`version_published_at\`);`)
  await db.run(sql`CREATE INDEX \`_cases_v_version_version_updated_at_idx\` ON \`_cases_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_cases_v_version_version_created_at_idx\` ON \`_cases_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_cases_v_version_version__status_idx\` ON \`_cases_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_cases_v_created_at_idx\` ON \`_cases_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_cases_v_updated_at_idx\` ON \`_cases_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_cases_v_latest_idx\` ON \`_cases_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_cases_v_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_cases_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_cases_v_texts_order_parent\` ON \`_cases_v_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_cases_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`units_id\` integer,
  	\`cases_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_cases_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`units_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`cases_id\`) REFERENCES \`cases\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_cases_v_rels_order_idx\` ON \`_cases_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_cases_v_rels_parent_idx\` ON \`_cases_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_cases_v_rels_path_idx\` ON \`_cases_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_cases_v_rels_units_id_idx\` ON \`_cases_v_rels\` (\`units_id\`);`)
  await db.run(sql`CREATE INDEX \`_cases_v_rels_cases_id_idx\` ON \`_cases_v_rels\` (\`cases_id\`);`)
  await db.run(sql`CREATE TABLE \`campaigns_slug_history\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	\`changed_at\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`campaigns\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`campaigns_slug_history_order_idx\` ON \`campaigns_slug_history\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_slug_history_parent_id_idx\` ON \`campaigns_slug_history\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_slug_history_slug_idx\` ON \`campaigns_slug_history\` (\`slug\`);`)
  await db.run(sql`CREATE TABLE \`campaigns_organisers\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`role\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`campaigns\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`campaigns_organisers_order_idx\` ON \`campaigns_organisers\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_organisers_parent_id_idx\` ON \`campaigns_organisers\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`campaigns_case_types_focus_areas\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`campaigns_case_types\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`campaigns_case_types_focus_areas_order_idx\` ON \`campaigns_case_types_focus_areas\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_case_types_focus_areas_parent_id_idx\` ON \`campaigns_case_types_focus_areas\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`campaigns_case_types\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`type\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`campaigns\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`campaigns_case_types_order_idx\` ON \`campaigns_case_types\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_case_types_parent_id_idx\` ON \`campaigns_case_types\` (\`_parent_id\`);`)
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
  await db.run(sql`CREATE TABLE \`campaigns_criteria\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`description\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`campaigns\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`campaigns_criteria_order_idx\` ON \`campaigns_criteria\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_criteria_parent_id_idx\` ON \`campaigns_criteria\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`campaigns_quotas\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`unit_level\` text,
  	\`case_type\` text,
  	\`min\` numeric,
  	\`max\` numeric,
  	\`note\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`campaigns\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`campaigns_quotas_order_idx\` ON \`campaigns_quotas\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_quotas_parent_id_idx\` ON \`campaigns_quotas\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`campaigns_award_scheme\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`tier\` text,
  	\`share\` numeric,
  	\`count\` numeric,
  	\`note\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`campaigns\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`campaigns_award_scheme_order_idx\` ON \`campaigns_award_scheme\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_award_scheme_parent_id_idx\` ON \`campaigns_award_scheme\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`campaigns_stages\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`kind\` text,
  	\`start\` text,
  	\`end\` text,
  	\`description\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`campaigns\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`campaigns_stages_order_idx\` ON \`campaigns_stages\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_stages_parent_id_idx\` ON \`campaigns_stages\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`campaigns_write_up_rules_sections\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`section\` text,
  	\`heading\` text,
  	\`min\` numeric,
  	\`max\` numeric,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`campaigns\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`campaigns_write_up_rules_sections_order_idx\` ON \`campaigns_write_up_rules_sections\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_write_up_rules_sections_parent_id_idx\` ON \`campaigns_write_up_rules_sections\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`campaigns_documents\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`kind\` text,
  	\`issuer\` text,
  	\`date\` text,
  	\`url\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`campaigns\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`campaigns_documents_order_idx\` ON \`campaigns_documents\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_documents_parent_id_idx\` ON \`campaigns_documents\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`campaigns_contacts\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`phone\` text,
  	\`email\` text,
  	\`organisation\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`campaigns\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`campaigns_contacts_order_idx\` ON \`campaigns_contacts\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_contacts_parent_id_idx\` ON \`campaigns_contacts\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`campaigns\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`short_name\` text,
  	\`series\` text,
  	\`edition\` numeric,
  	\`year\` numeric,
  	\`region\` text,
  	\`level\` text,
  	\`slug\` text,
  	\`theme\` text,
  	\`document_number\` text,
  	\`issued_on\` text,
  	\`summary\` text,
  	\`compilation_title\` text,
  	\`preface\` text,
  	\`write_up_rules_total_min\` numeric,
  	\`write_up_rules_total_max\` numeric,
  	\`write_up_rules_abstract_min\` numeric,
  	\`write_up_rules_abstract_max\` numeric,
  	\`review_notes\` text,
  	\`seed_hash\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft'
  );
  `)
  await db.run(sql`CREATE INDEX \`campaigns_year_idx\` ON \`campaigns\` (\`year\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`campaigns_slug_idx\` ON \`campaigns\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_updated_at_idx\` ON \`campaigns\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_created_at_idx\` ON \`campaigns\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`campaigns__status_idx\` ON \`campaigns\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`_campaigns_v_version_slug_history\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	\`changed_at\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_campaigns_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_campaigns_v_version_slug_history_order_idx\` ON \`_campaigns_v_version_slug_history\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_campaigns_v_version_slug_history_parent_id_idx\` ON \`_campaigns_v_version_slug_history\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_campaigns_v_version_slug_history_slug_idx\` ON \`_campaigns_v_version_slug_history\` (\`slug\`);`)
  await db.run(sql`CREATE TABLE \`_campaigns_v_version_organisers\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`role\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_campaigns_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_campaigns_v_version_organisers_order_idx\` ON \`_campaigns_v_version_organisers\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_campaigns_v_version_organisers_parent_id_idx\` ON \`_campaigns_v_version_organisers\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_campaigns_v_version_case_types_focus_areas\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`text\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_campaigns_v_version_case_types\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_campaigns_v_version_case_types_focus_areas_order_idx\` ON \`_campaigns_v_version_case_types_focus_areas\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_campaigns_v_version_case_types_focus_areas_parent_id_idx\` ON \`_campaigns_v_version_case_types_focus_areas\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_campaigns_v_version_case_types\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`type\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_campaigns_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_campaigns_v_version_case_types_order_idx\` ON \`_campaigns_v_version_case_types\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_campaigns_v_version_case_types_parent_id_idx\` ON \`_campaigns_v_version_case_types\` (\`_parent_id\`);`)
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
  await db.run(sql`CREATE TABLE \`_campaigns_v_version_criteria\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`description\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_campaigns_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_campaigns_v_version_criteria_order_idx\` ON \`_campaigns_v_version_criteria\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_campaigns_v_version_criteria_parent_id_idx\` ON \`_campaigns_v_version_criteria\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_campaigns_v_version_quotas\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`unit_level\` text,
  	\`case_type\` text,
  	\`min\` numeric,
  	\`max\` numeric,
  	\`note\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_campaigns_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_campaigns_v_version_quotas_order_idx\` ON \`_campaigns_v_version_quotas\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_campaigns_v_version_quotas_parent_id_idx\` ON \`_campaigns_v_version_quotas\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_campaigns_v_version_award_scheme\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`tier\` text,
  	\`share\` numeric,
  	\`count\` numeric,
  	\`note\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_campaigns_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_campaigns_v_version_award_scheme_order_idx\` ON \`_campaigns_v_version_award_scheme\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_campaigns_v_version_award_scheme_parent_id_idx\` ON \`_campaigns_v_version_award_scheme\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_campaigns_v_version_stages\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`kind\` text,
  	\`start\` text,
  	\`end\` text,
  	\`description\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_campaigns_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_campaigns_v_version_stages_order_idx\` ON \`_campaigns_v_version_stages\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_campaigns_v_version_stages_parent_id_idx\` ON \`_campaigns_v_version_stages\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_campaigns_v_version_write_up_rules_sections\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`section\` text,
  	\`heading\` text,
  	\`min\` numeric,
  	\`max\` numeric,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_campaigns_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_campaigns_v_version_write_up_rules_sections_order_idx\` ON \`_campaigns_v_version_write_up_rules_sections\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_campaigns_v_version_write_up_rules_sections_parent_id_idx\` ON \`_campaigns_v_version_write_up_rules_sections\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_campaigns_v_version_documents\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`kind\` text,
  	\`issuer\` text,
  	\`date\` text,
  	\`url\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_campaigns_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_campaigns_v_version_documents_order_idx\` ON \`_campaigns_v_version_documents\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_campaigns_v_version_documents_parent_id_idx\` ON \`_campaigns_v_version_documents\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_campaigns_v_version_contacts\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`phone\` text,
  	\`email\` text,
  	\`organisation\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_campaigns_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_campaigns_v_version_contacts_order_idx\` ON \`_campaigns_v_version_contacts\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_campaigns_v_version_contacts_parent_id_idx\` ON \`_campaigns_v_version_contacts\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_campaigns_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_name\` text,
  	\`version_short_name\` text,
  	\`version_series\` text,
  	\`version_edition\` numeric,
  	\`version_year\` numeric,
  	\`version_region\` text,
  	\`version_level\` text,
  	\`version_slug\` text,
  	\`version_theme\` text,
  	\`version_document_number\` text,
  	\`version_issued_on\` text,
  	\`version_summary\` text,
  	\`version_compilation_title\` text,
  	\`version_preface\` text,
  	\`version_write_up_rules_total_min\` numeric,
  	\`version_write_up_rules_total_max\` numeric,
  	\`version_write_up_rules_abstract_min\` numeric,
  	\`version_write_up_rules_abstract_max\` numeric,
  	\`version_review_notes\` text,
  	\`version_seed_hash\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`campaigns\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_campaigns_v_parent_idx\` ON \`_campaigns_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_campaigns_v_version_version_year_idx\` ON \`_campaigns_v\` (\`version_year\`);`)
  await db.run(sql`CREATE INDEX \`_campaigns_v_version_version_slug_idx\` ON \`_campaigns_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_campaigns_v_version_version_updated_at_idx\` ON \`_campaigns_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_campaigns_v_version_version_created_at_idx\` ON \`_campaigns_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_campaigns_v_version_version__status_idx\` ON \`_campaigns_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_campaigns_v_created_at_idx\` ON \`_campaigns_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_campaigns_v_updated_at_idx\` ON \`_campaigns_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_campaigns_v_latest_idx\` ON \`_campaigns_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`features_entries\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`case_id\` integer,
  	\`heading\` text,
  	\`blurb\` text,
  	FOREIGN KEY (\`case_id\`) REFERENCES \`cases\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`features\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`features_entries_order_idx\` ON \`features_entries\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`features_entries_parent_id_idx\` ON \`features_entries\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`features_entries_case_idx\` ON \`features_entries\` (\`case_id\`);`)
  await db.run(sql`CREATE TABLE \`features_slug_history\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	\`changed_at\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`features\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`features_slug_history_order_idx\` ON \`features_slug_history\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`features_slug_history_parent_id_idx\` ON \`features_slug_history\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`features_slug_history_slug_idx\` ON \`features_slug_history\` (\`slug\`);`)
  await db.run(sql`CREATE TABLE \`features\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`kicker\` text,
  	\`headline\` text,
  	\`subtitle\` text,
  	\`byline\` text,
  	\`publication\` text,
  	\`published_on\` text,
  	\`campaign_id\` integer,
  	\`lead\` text,
  	\`presentation\` text DEFAULT 'pairs',
  	\`slug\` text,
  	\`published_at\` text,
  	\`seed_hash\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`campaign_id\`) REFERENCES \`campaigns\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`features_campaign_idx\` ON \`features\` (\`campaign_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`features_slug_idx\` ON \`features\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`features_updated_at_idx\` ON \`features\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`features_created_at_idx\` ON \`features\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`features__status_idx\` ON \`features\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`_features_v_version_entries\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`case_id\` integer,
  	\`heading\` text,
  	\`blurb\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`case_id\`) REFERENCES \`cases\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_features_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_features_v_version_entries_order_idx\` ON \`_features_v_version_entries\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_features_v_version_entries_parent_id_idx\` ON \`_features_v_version_entries\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_features_v_version_entries_case_idx\` ON \`_features_v_version_entries\` (\`case_id\`);`)
  await db.run(sql`CREATE TABLE \`_features_v_version_slug_history\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	\`changed_at\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_features_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_features_v_version_slug_history_order_idx\` ON \`_features_v_version_slug_history\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_features_v_version_slug_history_parent_id_idx\` ON \`_features_v_version_slug_history\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_features_v_version_slug_history_slug_idx\` ON \`_features_v_version_slug_history\` (\`slug\`);`)
  await db.run(sql`CREATE TABLE \`_features_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_kicker\` text,
  	\`version_headline\` text,
  	\`version_subtitle\` text,
  	\`version_byline\` text,
  	\`version_publication\` text,
  	\`version_published_on\` text,
  	\`version_campaign_id\` integer,
  	\`version_lead\` text,
  	\`version_presentation\` text DEFAULT 'pairs',
  	\`version_slug\` text,
  	\`version_published_at\` text,
  	\`version_seed_hash\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`features\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_campaign_id\`) REFERENCES \`campaigns\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_features_v_parent_idx\` ON \`_features_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_features_v_version_version_campaign_idx\` ON \`_features_v\` (\`version_campaign_id\`);`)
  await db.run(sql`CREATE INDEX \`_features_v_version_version_slug_idx\` ON \`_features_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_features_v_version_version_updated_at_idx\` ON \`_features_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_features_v_version_version_created_at_idx\` ON \`_features_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_features_v_version_version__status_idx\` ON \`_features_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_features_v_created_at_idx\` ON \`_features_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_features_v_updated_at_idx\` ON \`_features_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_features_v_latest_idx\` ON \`_features_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`brands_recognitions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`text\` text,
  	\`level\` text,
  	\`year\` numeric,
  	\`body\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`brands\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`brands_recognitions_order_idx\` ON \`brands_recognitions\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`brands_recognitions_parent_id_idx\` ON \`brands_recognitions\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`brands_slug_history\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	\`changed_at\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`brands\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`brands_slug_history_order_idx\` ON \`brands_slug_history\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`brands_slug_history_parent_id_idx\` ON \`brands_slug_history\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`brands_slug_history_slug_idx\` ON \`brands_slug_history\` (\`slug\`);`)
  await db.run(sql`CREATE TABLE \`brands\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`unit_id\` integer,
  	\`description\` text,
  	\`slug\` text,
  	\`seed_hash\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`unit_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`brands_unit_idx\` ON \`brands\` (\`unit_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`brands_slug_idx\` ON \`brands\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`brands_updated_at_idx\` ON \`brands\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`brands_created_at_idx\` ON \`brands\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`brands__status_idx\` ON \`brands\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`_brands_v_version_recognitions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`text\` text,
  	\`level\` text,
  	\`year\` numeric,
  	\`body\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_brands_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_brands_v_version_recognitions_order_idx\` ON \`_brands_v_version_recognitions\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_brands_v_version_recognitions_parent_id_idx\` ON \`_brands_v_version_recognitions\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_brands_v_version_slug_history\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	\`changed_at\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_brands_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_brands_v_version_slug_history_order_idx\` ON \`_brands_v_version_slug_history\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_brands_v_version_slug_history_parent_id_idx\` ON \`_brands_v_version_slug_history\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_brands_v_version_slug_history_slug_idx\` ON \`_brands_v_version_slug_history\` (\`slug\`);`)
  await db.run(sql`CREATE TABLE \`_brands_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_name\` text,
  	\`version_unit_id\` integer,
  	\`version_description\` text,
  	\`version_slug\` text,
  	\`version_seed_hash\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`brands\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_unit_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_brands_v_parent_idx\` ON \`_brands_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_brands_v_version_version_unit_idx\` ON \`_brands_v\` (\`version_unit_id\`);`)
  await db.run(sql`CREATE INDEX \`_brands_v_version_version_slug_idx\` ON \`_brands_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_brands_v_version_version_updated_at_idx\` ON \`_brands_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_brands_v_version_version_created_at_idx\` ON \`_brands_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_brands_v_version_version__status_idx\` ON \`_brands_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_brands_v_created_at_idx\` ON \`_brands_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_brands_v_updated_at_idx\` ON \`_brands_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_brands_v_latest_idx\` ON \`_brands_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`units_slug_history\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	\`changed_at\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`units_slug_history_order_idx\` ON \`units_slug_history\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`units_slug_history_parent_id_idx\` ON \`units_slug_history\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`units_slug_history_slug_idx\` ON \`units_slug_history\` (\`slug\`);`)
  await db.run(sql`CREATE TABLE \`units_contacts\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`phone\` text,
  	\`email\` text,
  	\`organisation\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`units_contacts_order_idx\` ON \`units_contacts\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`units_contacts_parent_id_idx\` ON \`units_contacts\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`units\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`short_name\` text,
  	\`level\` text,
  	\`region\` text,
  	\`category\` text,
  	\`parent_id\` integer,
  	\`description\` text,
  	\`slug\` text,
  	\`seed_hash\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`units_name_idx\` ON \`units\` (\`name\`);`)
  await db.run(sql`CREATE INDEX \`units_short_name_idx\` ON \`units\` (\`short_name\`);`)
  await db.run(sql`CREATE INDEX \`units_region_idx\` ON \`units\` (\`region\`);`)
  await db.run(sql`CREATE INDEX \`units_parent_idx\` ON \`units\` (\`parent_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`units_slug_idx\` ON \`units\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`units_updated_at_idx\` ON \`units\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`units_created_at_idx\` ON \`units\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`media\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`alt\` text NOT NULL,
  	\`caption\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`url\` text,
  	\`thumbnail_u_r_l\` text,
  	\`filename\` text,
  	\`mime_type\` text,
  	\`filesize\` numeric,
  	\`width\` numeric,
  	\`height\` numeric,
  	\`focal_x\` numeric,
  	\`focal_y\` numeric,
  	\`sizes_thumbnail_url\` text,
  	\`sizes_thumbnail_width\` numeric,
  	\`sizes_thumbnail_height\` numeric,
  	\`sizes_thumbnail_mime_type\` text,
  	\`sizes_thumbnail_filesize\` numeric,
  	\`sizes_thumbnail_filename\` text,
  	\`sizes_card_url\` text,
  	\`sizes_card_width\` numeric,
  	\`sizes_card_height\` numeric,
  	\`sizes_card_mime_type\` text,
  	\`sizes_card_filesize\` numeric,
  	\`sizes_card_filename\` text,
  	\`sizes_wide_url\` text,
  	\`sizes_wide_width\` numeric,
  	\`sizes_wide_height\` numeric,
  	\`sizes_wide_mime_type\` text,
  	\`sizes_wide_filesize\` numeric,
  	\`sizes_wide_filename\` text
  );
  `)
  await db.run(sql`CREATE INDEX \`media_updated_at_idx\` ON \`media\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`media_created_at_idx\` ON \`media\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`media_filename_idx\` ON \`media\` (\`filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_thumbnail_sizes_thumbnail_filename_idx\` ON \`media\` (\`sizes_thumbnail_filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_card_sizes_card_filename_idx\` ON \`media\` (\`sizes_card_filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_wide_sizes_wide_filename_idx\` ON \`media\` (\`sizes_wide_filename\`);`)
  await db.run(sql`CREATE TABLE \`users_sessions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`created_at\` text,
  	\`expires_at\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`users_sessions_order_idx\` ON \`users_sessions\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`users_sessions_parent_id_idx\` ON \`users_sessions\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`users\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`role\` text DEFAULT 'editor' NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`email\` text NOT NULL,
  	\`reset_password_token\` text,
  	\`reset_password_expiration\` text,
  	\`salt\` text,
  	\`hash\` text,
  	\`login_attempts\` numeric DEFAULT 0,
  	\`lock_until\` text
  );
  `)
  await db.run(sql`CREATE INDEX \`users_updated_at_idx\` ON \`users\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`users_created_at_idx\` ON \`users\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`users_email_idx\` ON \`users\` (\`email\`);`)
  await db.run(sql`CREATE TABLE \`payload_kv\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text NOT NULL,
  	\`data\` text NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`payload_kv_key_idx\` ON \`payload_kv\` (\`key\`);`)
  await db.run(sql`CREATE TABLE \`payload_locked_documents\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`global_slug\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_global_slug_idx\` ON \`payload_locked_documents\` (\`global_slug\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_updated_at_idx\` ON \`payload_locked_documents\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_created_at_idx\` ON \`payload_locked_documents\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_locked_documents_rels\` (
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
  await db.run(sql`CREATE TABLE \`payload_preferences\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text,
  	\`value\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_preferences_key_idx\` ON \`payload_preferences\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_updated_at_idx\` ON \`payload_preferences\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_created_at_idx\` ON \`payload_preferences\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_preferences_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_preferences\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_order_idx\` ON \`payload_preferences_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_parent_idx\` ON \`payload_preferences_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_path_idx\` ON \`payload_preferences_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_users_id_idx\` ON \`payload_preferences_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_migrations\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`batch\` numeric,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_migrations_updated_at_idx\` ON \`payload_migrations\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_migrations_created_at_idx\` ON \`payload_migrations\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`site_build\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`status\` text DEFAULT 'idle',
  	\`trigger\` text,
  	\`last_requested_at\` text,
  	\`last_started_at\` text,
  	\`last_success_at\` text,
  	\`last_failure_at\` text,
  	\`last_duration_ms\` numeric,
  	\`pages\` numeric,
  	\`last_error\` text,
  	\`log\` text,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`cases_honours\`;`)
  await db.run(sql`DROP TABLE \`cases_press\`;`)
  await db.run(sql`DROP TABLE \`cases_images\`;`)
  await db.run(sql`DROP TABLE \`cases_slug_history\`;`)
  await db.run(sql`DROP TABLE \`cases\`;`)
  await db.run(sql`DROP TABLE \`cases_texts\`;`)
  await db.run(sql`DROP TABLE \`cases_rels\`;`)
  await db.run(sql`DROP TABLE \`_cases_v_version_honours\`;`)
  await db.run(sql`DROP TABLE \`_cases_v_version_press\`;`)
  await db.run(sql`DROP TABLE \`_cases_v_version_images\`;`)
  await db.run(sql`DROP TABLE \`_cases_v_version_slug_history\`;`)
  await db.run(sql`DROP TABLE \`_cases_v\`;`)
  await db.run(sql`DROP TABLE \`_cases_v_texts\`;`)
  await db.run(sql`DROP TABLE \`_cases_v_rels\`;`)
  await db.run(sql`DROP TABLE \`campaigns_slug_history\`;`)
  await db.run(sql`DROP TABLE \`campaigns_organisers\`;`)
  await db.run(sql`DROP TABLE \`campaigns_case_types_focus_areas\`;`)
  await db.run(sql`DROP TABLE \`campaigns_case_types\`;`)
  await db.run(sql`DROP TABLE \`campaigns_fields\`;`)
  await db.run(sql`DROP TABLE \`campaigns_themes\`;`)
  await db.run(sql`DROP TABLE \`campaigns_criteria\`;`)
  await db.run(sql`DROP TABLE \`campaigns_quotas\`;`)
  await db.run(sql`DROP TABLE \`campaigns_award_scheme\`;`)
  await db.run(sql`DROP TABLE \`campaigns_stages\`;`)
  await db.run(sql`DROP TABLE \`campaigns_write_up_rules_sections\`;`)
  await db.run(sql`DROP TABLE \`campaigns_documents\`;`)
  await db.run(sql`DROP TABLE \`campaigns_contacts\`;`)
  await db.run(sql`DROP TABLE \`campaigns\`;`)
  await db.run(sql`DROP TABLE \`_campaigns_v_version_slug_history\`;`)
  await db.run(sql`DROP TABLE \`_campaigns_v_version_organisers\`;`)
  await db.run(sql`DROP TABLE \`_campaigns_v_version_case_types_focus_areas\`;`)
  await db.run(sql`DROP TABLE \`_campaigns_v_version_case_types\`;`)
  await db.run(sql`DROP TABLE \`_campaigns_v_version_fields\`;`)
  await db.run(sql`DROP TABLE \`_campaigns_v_version_themes\`;`)
  await db.run(sql`DROP TABLE \`_campaigns_v_version_criteria\`;`)
  await db.run(sql`DROP TABLE \`_campaigns_v_version_quotas\`;`)
  await db.run(sql`DROP TABLE \`_campaigns_v_version_award_scheme\`;`)
  await db.run(sql`DROP TABLE \`_campaigns_v_version_stages\`;`)
  await db.run(sql`DROP TABLE \`_campaigns_v_version_write_up_rules_sections\`;`)
  await db.run(sql`DROP TABLE \`_campaigns_v_version_documents\`;`)
  await db.run(sql`DROP TABLE \`_campaigns_v_version_contacts\`;`)
  await db.run(sql`DROP TABLE \`_campaigns_v\`;`)
  await db.run(sql`DROP TABLE \`features_entries\`;`)
  await db.run(sql`DROP TABLE \`features_slug_history\`;`)
  await db.run(sql`DROP TABLE \`features\`;`)
  await db.run(sql`DROP TABLE \`_features_v_version_entries\`;`)
  await db.run(sql`DROP TABLE \`_features_v_version_slug_history\`;`)
  await db.run(sql`DROP TABLE \`_features_v\`;`)
  await db.run(sql`DROP TABLE \`brands_recognitions\`;`)
  await db.run(sql`DROP TABLE \`brands_slug_history\`;`)
  await db.run(sql`DROP TABLE \`brands\`;`)
  await db.run(sql`DROP TABLE \`_brands_v_version_recognitions\`;`)
  await db.run(sql`DROP TABLE \`_brands_v_version_slug_history\`;`)
  await db.run(sql`DROP TABLE \`_brands_v\`;`)
  await db.run(sql`DROP TABLE \`units_slug_history\`;`)
  await db.run(sql`DROP TABLE \`units_contacts\`;`)
  await db.run(sql`DROP TABLE \`units\`;`)
  await db.run(sql`DROP TABLE \`media\`;`)
  await db.run(sql`DROP TABLE \`users_sessions\`;`)
  await db.run(sql`DROP TABLE \`users\`;`)
  await db.run(sql`DROP TABLE \`payload_kv\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_preferences\`;`)
  await db.run(sql`DROP TABLE \`payload_preferences_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_migrations\`;`)
  await db.run(sql`DROP TABLE \`site_build\`;`)
}
