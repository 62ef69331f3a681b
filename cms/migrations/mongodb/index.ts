import * as migration_20261201_130932_vocabularies from './20261201_130932_vocabularies'

export const migrations = [
  {
    up: migration_20261201_130932_vocabularies.up,
    down: migration_20261201_130932_vocabularies.down,
    name: '20261201_130932_vocabularies',
  },
]
