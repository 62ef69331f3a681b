/**
 * npm run seed: loads content/ into the CMS (see cms/seed). Safe to run again.
 */
import { openPayload } from '../openPayload'
import { ContentError, describeSummary, seedContent } from '../seed'

const started = Date.now()
const payload = await openPayload()
try {
  let last = ''
  const summary = await seedContent(payload, {
    onProgress: (collection, done, total) => {
      if (done === total || done % 25 === 0) {
        const line = `seed: ${collection} ${done}/${total}`
        if (line !== last) console.log(line)
        last = line
      }
    },
    onSkip: (collection, entry) => console.warn(`seed: left ${collection} "${entry.slug}" alone: an editor's document already uses that slug (${entry.file})`),
  })
  console.log(`Seeded in ${((Date.now() - started) / 1000).toFixed(1)} s: ${describeSummary(summary)}.`)
  process.exit(0)
} catch (error) {
  if (error instanceof ContentError) {
    console.error(`Seed failed, nothing was written: ${error.message}\nFix that file in content/ and run \`npm run seed\` again.`)
  } else {
    console.error('Seed failed, nothing was written:', error)
  }
  process.exit(1)
}
