import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`cases_adoptions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`scope\` text,
  	\`body\` text,
  	\`event\` text,
  	\`date_year\` numeric,
  	\`date_month\` numeric,
  	\`url\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`cases\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`cases_adoptions_order_idx\` ON \`cases_adoptions\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`cases_adoptions_parent_id_idx\` ON \`cases_adoptions\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`cases_figures\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`label\` text,
  	\`value\` numeric,
  	\`unit\` text,
  	\`qualifier\` text,
  	\`as_of_year\` numeric,
  	\`as_of_month\` numeric,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`cases\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`cases_figures_order_idx\` ON \`cases_figures\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`cases_figures_parent_id_idx\` ON \`cases_figures\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`cases_evidence\` (
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
  await db.run(sql`CREATE INDEX \`cases_evidence_order_idx\` ON \`cases_evidence\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`cases_evidence_parent_id_idx\` ON \`cases_evidence\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`cases_evidence_image_idx\` ON \`cases_evidence\` (\`image_id\`);`)
  await db.run(sql`CREATE TABLE \`cases_private_evidence\` (
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
  await db.run(sql`CREATE INDEX \`cases_private_evidence_order_idx\` ON \`cases_private_evidence\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`cases_private_evidence_parent_id_idx\` ON \`cases_private_evidence\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_cases_v_version_adoptions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`scope\` text,
  	\`body\` text,
  	\`event\` text,
  	\`date_year\` numeric,
  	\`date_month\` numeric,
  	\`url\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_cases_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_cases_v_version_adoptions_order_idx\` ON \`_cases_v_version_adoptions\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_cases_v_version_adoptions_parent_id_idx\` ON \`_cases_v_version_adoptions\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_cases_v_version_figures\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`label\` text,
  	\`value\` numeric,
  	\`unit\` text,
  	\`qualifier\` text,
  	\`as_of_year\` numeric,
  	\`as_of_month\` numeric,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_cases_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_cases_v_version_figures_order_idx\` ON \`_cases_v_version_figures\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_cases_v_version_figures_parent_id_idx\` ON \`_cases_v_version_figures\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_cases_v_version_evidence\` (
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
  await db.run(sql`CREATE INDEX \`_cases_v_version_evidence_order_idx\` ON \`_cases_v_version_evidence\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_cases_v_version_evidence_parent_id_idx\` ON \`_cases_v_version_evidence\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_cases_v_version_evidence_image_idx\` ON \`_cases_v_version_evidence\` (\`image_id\`);`)
  await db.run(sql`CREATE TABLE \`_cases_v_version_private_evidence\` (
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
  await db.run(sql`CREATE INDEX \`_cases_v_version_private_evidence_order_idx\` ON \`_cases_v_version_private_evidence\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_cases_v_version_private_evidence_parent_id_idx\` ON \`_cases_v_version_private_evidence\` (\`_parent_id\`);`)
  await db.run(sql`ALTER TABLE \`cases\` ADD \`implementation_start_year\` numeric;`)
  await db.run(sql`ALTER TABLE \`cases\` ADD \`implementation_start_month\` numeric;`)
  await db.run(sql`ALTER TABLE \`cases\` ADD \`implementation_start_part\` text;`)
  await db.run(sql`ALTER TABLE \`cases\` ADD \`implementation_ongoing\` integer;`)
  await db.run(sql`ALTER TABLE \`cases\` ADD \`implementation_end_year\` numeric;`)
  await db.run(sql`ALTER TABLE \`cases\` ADD \`implementation_end_month\` numeric;`)
  await db.run(sql`ALTER TABLE \`cases\` ADD \`lessons\` text;`)
  await db.run(sql`ALTER TABLE \`_cases_v\` ADD \`version_implementation_start_year\` numeric;`)
  await db.run(sql`ALTER TABLE \`_cases_v\` ADD \`version_implementation_start_month\` numeric;`)
  await db.run(sql`ALTER TABLE \`_cases_v\` ADD \`version_implementation_start_part\` text;`)
  await db.run(sql`ALTER TABLE \`_cases_v\` ADD \`version_implementation_ongoing\` integer;`)
  await db.run(sql`ALTER TABLE \`_cases_v\` ADD \`version_implementation_end_year\` numeric;`)
  await db.run(sql`ALTER TABLE \`_cases_v\` ADD \`version_implementation_end_month\` numeric;`)
  await db.run(sql`ALTER TABLE \`_cases_v\` ADD \`version_lessons\` text;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`cases_adoptions\`;`)
  await db.run(sql`DROP TABLE \`cases_figures\`;`)
  await db.run(sql`DROP TABLE \`cases_evidence\`;`)
  await db.run(sql`DROP TABLE \`cases_private_evidence\`;`)
  await db.run(sql`DROP TABLE \`_cases_v_version_adoptions\`;`)
  await db.run(sql`DROP TABLE \`_cases_v_version_figures\`;`)
  await db.run(sql`DROP TABLE \`_cases_v_version_evidence\`;`)
  await db.run(sql`DROP TABLE \`_cases_v_version_private_evidence\`;`)
  await db.run(sql`ALTER TABLE \`cases\` DROP COLUMN \`implementation_start_year\`;`)
  await db.run(sql`ALTER TABLE \`cases\` DROP COLUMN \`implementation_start_month\`;`)
  await db.run(sql`ALTER TABLE \`cases\` DROP COLUMN \`implementation_start_part\`;`)
  await db.run(sql`ALTER TABLE \`cases\` DROP COLUMN \`implementation_ongoing\`;`)
  await db.run(sql`ALTER TABLE \`cases\` DROP COLUMN \`implementation_end_year\`;`)
  await db.run(sql`ALTER TABLE \`cases\` DROP COLUMN \`implementation_end_month\`;`)
  await db.run(sql`ALTER TABLE \`cases\` DROP COLUMN \`lessons\`;`)
  await db.run(sql`ALTER TABLE \`_cases_v\` DROP COLUMN \`version_implementation_start_year\`;`)
  await db.run(sql`ALTER TABLE \`_cases_v\` DROP COLUMN \`version_implementation_start_month\`;`)
  await db.run(sql`ALTER TABLE \`_cases_v\` DROP COLUMN \`version_implementation_start_part\`;`)
  await db.run(sql`ALTER TABLE \`_cases_v\` DROP COLUMN \`version_implementation_ongoing\`;`)
  await db.run(sql`ALTER TABLE \`_cases_v\` DROP COLUMN \`version_implementation_end_year\`;`)
  await db.run(sql`ALTER TABLE \`_cases_v\` DROP COLUMN \`version_implementation_end_month\`;`)
  await db.run(sql`ALTER TABLE \`_cases_v\` DROP COLUMN \`version_lessons\`;`)
}
