import * as migration_20261121_232928_initial from './20261121_232928_initial';
import * as migration_20261122_001136_texts_parent_index from './20261122_001136_texts_parent_index';
import * as migration_20261201_094552_entry_numbers_quota_rounding from './20261201_094552_entry_numbers_quota_rounding';
import * as migration_20261201_101524_site_settings from './20261201_101524_site_settings';
import * as migration_20261201_105930_campaign_life from './20261201_105930_campaign_life';
import * as migration_20261201_130858_forgot_password_interval from './20261201_130858_forgot_password_interval';
import * as migration_20261201_132507_case_facts from './20261201_132507_case_facts';
import * as migration_20261201_134823_vocabularies from './20261201_134823_vocabularies';
import * as migration_20261201_160351_evidence_files from './20261201_160351_evidence_files';

export const migrations = [
  {
    up: migration_20261121_232928_initial.up,
    down: migration_20261121_232928_initial.down,
    name: '20261121_232928_initial',
  },
  {
    up: migration_20261122_001136_texts_parent_index.up,
    down: migration_20261122_001136_texts_parent_index.down,
    name: '20261122_001136_texts_parent_index',
  },
  {
    up: migration_20261201_094552_entry_numbers_quota_rounding.up,
    down: migration_20261201_094552_entry_numbers_quota_rounding.down,
    name: '20261201_094552_entry_numbers_quota_rounding',
  },
  {
    up: migration_20261201_101524_site_settings.up,
    down: migration_20261201_101524_site_settings.down,
    name: '20261201_101524_site_settings',
  },
  {
    up: migration_20261201_105930_campaign_life.up,
    down: migration_20261201_105930_campaign_life.down,
    name: '20261201_105930_campaign_life',
  },
  {
    up: migration_20261201_130858_forgot_password_interval.up,
    down: migration_20261201_130858_forgot_password_interval.down,
    name: '20261201_130858_forgot_password_interval',
  },
  {
    up: migration_20261201_132507_case_facts.up,
    down: migration_20261201_132507_case_facts.down,
    name: '20261201_132507_case_facts',
  },
  {
    up: migration_20261201_134823_vocabularies.up,
    down: migration_20261201_134823_vocabularies.down,
    name: '20261201_134823_vocabularies',
  },
  {
    up: migration_20261201_160351_evidence_files.up,
    down: migration_20261201_160351_evidence_files.down,
    name: '20261201_160351_evidence_files'
  },
];
