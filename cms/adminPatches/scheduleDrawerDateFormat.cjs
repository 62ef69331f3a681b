/**
 * 预约发布 (Payload's schedule-publish drawer) shows its time as "12月 1, 2026 8:36 下午":
 * the drawer gives its date picker no display format, and the picker then falls back
 * to a hard-coded English pattern. Payload 3.90 has no option for it
 * (versions.drafts.schedulePublish takes only timeFormat, the clock of the time list;
 * upstream asks for one in https://github.com/payloadcms/payload/issues/13220).
 * Every other date field gets its Chinese format from cms/plugins/chineseDates.ts.
 *
 * So the admin bundle rewrites that one fallback, in the one module of
 * @payloadcms/ui that holds it, as a Turbopack loader (cms/next.config.mjs).
 * Only pickers that set no display format use the fallback, and every field of
 * ours sets one, so the drawer is all it changes. The version pin and the count
 * check fail the admin build loudly when an upgrade moves the code: then look
 * whether Payload has gained an option, and retire this file if it has.
 */
/* eslint-disable @typescript-eslint/no-require-imports -- a webpack loader is a CommonJS module */
const fs = require('node:fs')
const path = require('node:path')

const payloadUiVersion = '3.90.2'
/** The picker's fallback for pickerAppearance 'dayAndTime' (packages/ui/src/elements/DatePicker/DatePicker.tsx). */
const englishDayAndTime = '"MMM d, yyy h:mm a"'
/** As cms/plugins/chineseDates.ts shows dayAndTime fields (a unit test keeps the two equal). */
const chineseDayAndTime = 'yyyy年M月d日 HH:mm'
/** The picker's class name: how the loader knows the module that defines it. */
const pickerMarker = '"date-time-picker"'

// The package's main module is dist/exports/client/index.js (its exports map hides package.json).
const chunkDir = path.dirname(require.resolve('@payloadcms/ui'))
const uiDir = path.resolve(chunkDir, '..', '..', '..')

/** Throws unless the installed @payloadcms/ui is the one this patch was written against. */
function checkInstalledVersion() {
  const { version } = JSON.parse(fs.readFileSync(path.join(uiDir, 'package.json'), 'utf8'))
  if (version !== payloadUiVersion)
    throw new Error(
      `cms/adminPatches/scheduleDrawerDateFormat.cjs patches @payloadcms/ui ${payloadUiVersion}, but ${version} is installed. ` +
        'Check whether the schedule-publish drawer now takes a date format (payloadcms/payload#13220); update or remove the patch.',
    )
}

/** The rewritten module text; throws when the module does not hold the fallback exactly once. */
function patchSource(source, file = 'the module') {
  const count = source.split(englishDayAndTime).length - 1
  if (count !== 1)
    throw new Error(
      `cms/adminPatches/scheduleDrawerDateFormat.cjs expected the date picker's English fallback ${englishDayAndTime} once in ${file}, found ${count}. ` +
        'Payload changed its date picker: update or remove the patch.',
    )
  return source.replace(englishDayAndTime, JSON.stringify(chineseDayAndTime))
}

/** The Turbopack rule for next.config: this file as the loader of @payloadcms/ui's client chunks. */
function turbopackRule() {
  checkInstalledVersion()
  return {
    condition: { path: /[\\/]@payloadcms[\\/]ui[\\/]dist[\\/]exports[\\/]client[\\/]chunk-[^\\/]+\.js$/ },
    loaders: [__filename],
  }
}

/** The loader: rewrites the chunk that defines the date picker, passes the others through. */
function scheduleDrawerDateFormatLoader(source) {
  if (!source.includes(pickerMarker) || !source.includes('pickerAppearance')) return source
  return patchSource(source, path.relative(chunkDir, this.resourcePath))
}

module.exports = scheduleDrawerDateFormatLoader
module.exports.turbopackRule = turbopackRule
module.exports.patchSource = patchSource
module.exports.checkInstalledVersion = checkInstalledVersion
module.exports.chineseDayAndTime = chineseDayAndTime
module.exports.chunkDir = chunkDir
