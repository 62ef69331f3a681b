/**
 * Serves a built site folder (what `npm start` runs beside the admin):
 *   tsx site/cli/serve.ts [--out <dir>] [--port <n>]
 * The folder may be replaced by a rebuild while it serves (see server/serveSite.ts).
 */
import path from 'node:path'
import { parseArgs } from 'node:util'

import { env } from '../../cms/env'
import { rootDir } from '../../cms/paths'
import { startSiteServer } from '../server/serveSite'

const { values } = parseArgs({ options: { out: { type: 'string' }, port: { type: 'string' } } })
const outDir = path.resolve(rootDir, values.out ?? env.siteOut())
const port = Number(values.port ?? env.sitePort())
const server = await startSiteServer(outDir, port).catch((error: Error) => {
  console.error(`The site server did not start on port ${port}: ${error.message}`)
  process.exit(1)
})
console.log(`Site server: ${path.relative(rootDir, outDir) || outDir}/ on port ${port}`)
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => server.close(() => process.exit(0)))
