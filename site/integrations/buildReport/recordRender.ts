/** Notes each page the build renders (middleware runs only for pages that are rendered, not reused). */
import fs from 'node:fs'

import { defineMiddleware } from 'astro:middleware'

import { renderedListOf, reportFile } from './reportFile'

export const onRequest = defineMiddleware((context, next) => {
  const file = reportFile()
  if (file && context.isPrerendered) fs.appendFileSync(renderedListOf(file), `${context.url.pathname}\n`)
  return next()
})
