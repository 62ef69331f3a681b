import * as migration_20261201_094552_entry_numbers_quota_rounding from './20261201_094552_entry_numbers_quota_rounding'
import * as migration_20261201_134823_vocabularies from './20261201_134823_vocabularies'
import * as migration_20261201_160351_evidence_files from './20261201_160351_evidence_files'

export const migrations = [
  {
    up: migration_20261201_094552_entry_numbers_quota_rounding.up,
    down: migration_20261201_094552_entry_numbers_quota_rounding.down,
    name: '20261201_094552_entry_numbers_quota_rounding',
  },
  {
    up: migration_20261201_134823_vocabularies.up,
    down: migration_20261201_134823_vocabularies.down,
    name: '20261201_134823_vocabularies',
  },
  {
    up: migration_20261201_160351_evidence_files.up,
    down: migration_20261201_160351_evidence_files.down,
    name: '20261201_160351_evidence_files',
  },
]
