import type { CollectionConfig } from 'payload'

import { editors } from '../access/editors'
import { publishedImagesOrEditors } from '../access/publishedImagesOrEditors'
import { mediaDir } from '../paths'
import { checkImageUpload, maxImagePixels } from '../hooks/checkImageUpload'
import { queueRebuildAfterChange, queueRebuildAfterDelete } from '../hooks/queueSiteRebuild'
import { refuseWhileShown } from '../hooks/refuseWhileShown'

/** 图片: photos of cases, resized by sharp when uploaded; public once a published case shows them. */
export const Media: CollectionConfig = {
  slug: 'media',
  labels: { singular: '图片', plural: '图片' },
  admin: { group: '案例库', useAsTitle: 'alt' },
  access: { read: publishedImagesOrEditors, create: editors, update: editors, delete: editors },
  upload: {
    staticDir: mediaDir,
    // Payload checks the type by content too; checkImageUpload says why in Chinese, and refuses SVG and bombs.
    mimeTypes: ['image/jpeg', 'image/png', 'image/webp', 'image/avif', 'image/gif'],
    // Setting these makes Payload re-encode the original through sharp: camera metadata
    // (GPS position) and anything appended after the image data are not kept.
    constructorOptions: { limitInputPixels: maxImagePixels },
    imageSizes: [
      { name: 'thumbnail', width: 400, height: 300, position: 'centre' },
      { name: 'card', width: 800 },
      { name: 'wide', width: 1600 },
    ],
    adminThumbnail: 'thumbnail',
    focalPoint: true,
  },
  hooks: {
    beforeOperation: [checkImageUpload, refuseWhileShown([{ collection: 'cases', field: 'images.image', label: '案例' }])],
    afterChange: [queueRebuildAfterChange],
    afterDelete: [queueRebuildAfterDelete],
  },
  fields: [
    { name: 'alt', label: '替代文字', type: 'text', required: true, maxLength: 200, admin: { description: '为读屏用户描述图片内容' } },
    { name: 'caption', label: '图注', type: 'text', maxLength: 200 },
  ],
}
