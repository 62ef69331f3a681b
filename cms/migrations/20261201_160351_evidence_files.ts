import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

import { copyEvidenceImagesToFiles, evidenceFileOfImage } from '../database/moveEvidenceImages'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`evidence_files\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text NOT NULL,
  	\`visibility\` text NOT NULL,
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
  	\`sizes_thumbnail_filename\` text
  );
  `)
  await db.run(sql`CREATE INDEX \`evidence_files_updated_at_idx\` ON \`evidence_files\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`evidence_files_created_at_idx\` ON \`evidence_files\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`evidence_files_filename_idx\` ON \`evidence_files\` (\`filename\`);`)
  await db.run(sql`CREATE INDEX \`evidence_files_sizes_thumbnail_sizes_thumbnail_filename_idx\` ON \`evidence_files\` (\`sizes_thumbnail_filename\`);`)
  // Hand-written: a 公开的佐证 photo from 图片 becomes a 佐证文件 (drizzle would have dropped it).
  await copyEvidenceImagesToFiles(db)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_cases_evidence\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`kind\` text,
  	\`title\` text,
  	\`source\` text,
  	\`date_year\` numeric,
  	\`date_month\` numeric,
  	\`url\` text,
  	\`file_id\` integer,
  	FOREIGN KEY (\`file_id\`) REFERENCES \`evidence_files\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`cases\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_cases_evidence\`("_order", "_parent_id", "id", "kind", "title", "source", "date_year", "date_month", "url", "file_id") SELECT "_order", "_parent_id", "id", "kind", "title", "source", "date_year", "date_month", "url", ${evidenceFileOfImage} FROM \`cases_evidence\`;`)
  await db.run(sql`DROP TABLE \`cases_evidence\`;`)
  await db.run(sql`ALTER TABLE \`__new_cases_evidence\` RENAME TO \`cases_evidence\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`cases_evidence_order_idx\` ON \`cases_evidence\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`cases_evidence_parent_id_idx\` ON \`cases_evidence\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`cases_evidence_file_idx\` ON \`cases_evidence\` (\`file_id\`);`)
  await db.run(sql`CREATE TABLE \`__new__cases_v_version_evidence\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`kind\` text,
  	\`title\` text,
  	\`source\` text,
  	\`date_year\` numeric,
  	\`date_month\` numeric,
  	\`url\` text,
  	\`file_id\` integer,
  	\`_uuid\` text,
  	FOREIGN KEY (\`file_id\`) REFERENCES \`evidence_files\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_cases_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new__cases_v_version_evidence\`("_order", "_parent_id", "id", "kind", "title", "source", "date_year", "date_month", "url", "file_id", "_uuid") SELECT "_order", "_parent_id", "id", "kind", "title", "source", "date_year", "date_month", "url", ${evidenceFileOfImage}, "_uuid" FROM \`_cases_v_version_evidence\`;`)
  await db.run(sql`DROP TABLE \`_cases_v_version_evidence\`;`)
  await db.run(sql`ALTER TABLE \`__new__cases_v_version_evidence\` RENAME TO \`_cases_v_version_evidence\`;`)
  await db.run(sql`CREATE INDEX \`_cases_v_version_evidence_order_idx\` ON \`_cases_v_version_evidence\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_cases_v_version_evidence_parent_id_idx\` ON \`_cases_v_version_evidence\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_cases_v_version_evidence_file_idx\` ON \`_cases_v_version_evidence\` (\`file_id\`);`)
  await db.run(sql`ALTER TABLE \`cases_private_evidence\` ADD \`file_id\` integer REFERENCES evidence_files(id);`)
  await db.run(sql`CREATE INDEX \`cases_private_evidence_file_idx\` ON \`cases_private_evidence\` (\`file_id\`);`)
  await db.run(sql`ALTER TABLE \`_cases_v_version_private_evidence\` ADD \`file_id\` integer REFERENCES evidence_files(id);`)
  await db.run(sql`CREATE INDEX \`_cases_v_version_private_evidence_file_idx\` ON \`_cases_v_version_private_evidence\` (\`file_id\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`evidence_files_id\` integer REFERENCES evidence_files(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_evidence_files_id_idx\` ON \`payload_locked_documents_rels\` (\`evidence_files_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`evidence_files\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_cases_evidence\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`kind\` text,
  	\`title\` text,
  	\`source\` text,
  	\`date_year\` numeric,
  	\`date_month\` numeric,
  	\`url\` text,
  	\`image_id\` integer,
  	FOREIGN KEY (\`image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`cases\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_cases_evidence\`("_order", "_parent_id", "id", "kind", "title", "source", "date_year", "date_month", "url", "image_id") SELECT "_order", "_parent_id", "id", "kind", "title", "source", "date_year", "date_month", "url", NULL FROM \`cases_evidence\`;`)
  await db.run(sql`DROP TABLE \`cases_evidence\`;`)
  await db.run(sql`ALTER TABLE \`__new_cases_evidence\` RENAME TO \`cases_evidence\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`cases_evidence_order_idx\` ON \`cases_evidence\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`cases_evidence_parent_id_idx\` ON \`cases_evidence\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`cases_evidence_image_idx\` ON \`cases_evidence\` (\`image_id\`);`)
  await db.run(sql`CREATE TABLE \`__new_cases_private_evidence\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`kind\` text,
  	\`title\` text,
  	\`source\` text,
  	\`date_year\` numeric,
  	\`date_month\` numeric,
  	\`url\` text,
  	\`note\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`cases\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_cases_private_evidence\`("_order", "_parent_id", "id", "kind", "title", "source", "date_year", "date_month", "url", "note") SELECT "_order", "_parent_id", "id", "kind", "title", "source", "date_year", "date_month", "url", "note" FROM \`cases_private_evidence\`;`)
  await db.run(sql`DROP TABLE \`cases_private_evidence\`;`)
  await db.run(sql`ALTER TABLE \`__new_cases_private_evidence\` RENAME TO \`cases_private_evidence\`;`)
  await db.run(sql`CREATE INDEX \`cases_private_evidence_order_idx\` ON \`cases_private_evidence\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`cases_private_evidence_parent_id_idx\` ON \`cases_private_evidence\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`__new__cases_v_version_evidence\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`kind\` text,
  	\`title\` text,
  	\`source\` text,
  	\`date_year\` numeric,
  	\`date_month\` numeric,
  	\`url\` text,
  	\`image_id\` integer,
  	\`_uuid\` text,
  	FOREIGN KEY (\`image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_cases_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new__cases_v_version_evidence\`("_order", "_parent_id", "id", "kind", "title", "source", "date_year", "date_month", "url", "image_id", "_uuid") SELECT "_order", "_parent_id", "id", "kind", "title", "source", "date_year", "date_month", "url", NULL, "_uuid" FROM \`_cases_v_version_evidence\`;`)
  await db.run(sql`DROP TABLE \`_cases_v_version_evidence\`;`)
  await db.run(sql`ALTER TABLE \`__new__cases_v_version_evidence\` RENAME TO \`_cases_v_version_evidence\`;`)
  await db.run(sql`CREATE INDEX \`_cases_v_version_evidence_order_idx\` ON \`_cases_v_version_evidence\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_cases_v_version_evidence_parent_id_idx\` ON \`_cases_v_version_evidence\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_cases_v_version_evidence_image_idx\` ON \`_cases_v_version_evidence\` (\`image_id\`);`)
  await db.run(sql`CREATE TABLE \`__new__cases_v_version_private_evidence\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`kind\` text,
  	\`title\` text,
  	\`source\` text,
  	\`date_year\` numeric,
  	\`date_month\` numeric,
  	\`url\` text,
  	\`note\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_cases_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new__cases_v_version_private_evidence\`("_order", "_parent_id", "id", "kind", "title", "source", "date_year", "date_month", "url", "note", "_uuid") SELECT "_order", "_parent_id", "id", "kind", "title", "source", "date_year", "date_month", "url", "note", "_uuid" FROM \`_cases_v_version_private_evidence\`;`)
  await db.run(sql`DROP TABLE \`_cases_v_version_private_evidence\`;`)
  await db.run(sql`ALTER TABLE \`__new__cases_v_version_private_evidence\` RENAME TO \`_cases_v_version_private_evidence\`;`)
  await db.run(sql`CREATE INDEX \`_cases_v_version_private_evidence_order_idx\` ON \`_cases_v_version_private_evidence\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_cases_v_version_private_evidence_parent_id_idx\` ON \`_cases_v_version_private_evidence\` (\`_parent_id\`);`)
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
  	\`case_types_id\` integer,
  	\`party_fields_id\` integer,
  	\`themes_id\` integer,
  	\`award_tiers_id\` integer,
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
  	FOREIGN KEY (\`case_types_id\`) REFERENCES \`case_types\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`party_fields_id\`) REFERENCES \`party_fields\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`themes_id\`) REFERENCES \`themes\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`award_tiers_id\`) REFERENCES \`award_tiers\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "cases_id", "campaigns_id", "publicity_notices_id", "result_lists_id", "features_id", "brands_id", "units_id", "case_types_id", "party_fields_id", "themes_id", "award_tiers_id", "media_id", "users_id") SELECT "id", "order", "parent_id", "path", "cases_id", "campaigns_id", "publicity_notices_id", "result_lists_id", "features_id", "brands_id", "units_id", "case_types_id", "party_fields_id", "themes_id", "award_tiers_id", "media_id", "users_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
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
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_case_types_id_idx\` ON \`payload_locked_documents_rels\` (\`case_types_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_party_fields_id_idx\` ON \`payload_locked_documents_rels\` (\`party_fields_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_themes_id_idx\` ON \`payload_locked_documents_rels\` (\`themes_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_award_tiers_id_idx\` ON \`payload_locked_documents_rels\` (\`award_tiers_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
}
