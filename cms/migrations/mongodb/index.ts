import * as migration_20261201_094552_entry_numbers_quota_rounding from './20261201_094552_entry_numbers_quota_rounding'

export const migrations = [
  {
    up: migration_20261201_094552_entry_numbers_quota_rounding.up,
    down: migration_20261201_094552_entry_numbers_quota_rounding.down,
    name: '20261201_094552_entry_numbers_quota_rounding',
  },
]
