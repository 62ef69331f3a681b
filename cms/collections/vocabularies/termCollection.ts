import type { CollectionConfig, Field } from 'payload'

import { editors } from '../../access/editors'
import { publishedOrEditors } from '../../access/publishedOrEditors'
import { termFields } from '../../fields/termFields'
import { ensureSlug } from '../../hooks/ensureSlug'
import { keepTermValue } from '../../hooks/keepTermValue'
import { queueRebuildAfterChange, queueRebuildAfterDelete, rememberWhetherLive } from '../../hooks/queueSiteRebuild'
import { refuseWhileTermInUse, type TermReferrer } from '../../hooks/refuseWhileTermInUse'

type TermCollectionOptions = {
  slug: CollectionConfig['slug']
  /** What one term is called, e.g. 案例类型. */
  label: string
  description: string
  descriptionLabel?: string
  /** Where documents store this list's values: deleting or unpublishing a used term is refused. */
  usedBy: TermReferrer[]
  fields?: Field[]
  defaultColumns?: string[]
}

/**
 * A 词表 the editors own. Its order (drag the rows in the list) is the list's
 * order everywhere — for award tiers, their rank — and Payload keeps it a total
 * order, so two terms never share a place. Publishing a change rebuilds the site.
 */
export function termCollection({ slug, label, description, descriptionLabel, usedBy, fields = [], defaultColumns }: TermCollectionOptions): CollectionConfig {
  return {
    slug,
    labels: { singular: label, plural: label },
    orderable: true,
    admin: {
      useAsTitle: 'label',
      defaultColumns: defaultColumns ?? ['label', 'slug', '_status'],
      group: '词表',
      description,
      listSearchableFields: ['label', 'value', 'slug'],
    },
    access: { read: publishedOrEditors, readVersions: editors, create: editors, update: editors, delete: editors },
    versions: { drafts: true, maxPerDoc: 20 },
    hooks: {
      beforeOperation: [refuseWhileTermInUse(usedBy, label)],
      beforeChange: [ensureSlug('label'), keepTermValue, rememberWhetherLive],
      afterChange: [queueRebuildAfterChange],
      afterDelete: [queueRebuildAfterDelete],
    },
    fields: [...termFields({ descriptionLabel }), ...fields],
  }
}
