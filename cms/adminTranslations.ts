/**
 * Where Payload's own Chinese (@payloadcms/translations zh) reads as a
 * machine translation or says too little, the admin says it our way.
 * Keys are Payload's; see node_modules/@payloadcms/translations/dist/languages/zh.js.
 */
export const adminTranslations = {
  zh: {
    error: {
      followingFieldsInvalid_one: '请修改这一项：',
      followingFieldsInvalid_other: '请修改以下 {{count}} 项：',
      correctInvalidFields: '有字段需要修改，请按字段下方的提示改正后再保存。',
    },
  },
}
