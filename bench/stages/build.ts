/**
 * Stages 3–5, run as one process: the site build exactly as publishing runs it
 * (site/build/buildSite.ts: astro build in a child process, search indexing,
 * check, swap), into the bench's folders. Each step is announced so the bench
 * times it and samples its memory on its own.
 */
import { buildSite } from '../../site/build/buildSite'
import { argValue, emit } from './protocol'

const outDir = argValue('--out')!
const cacheDir = argValue('--cache')!

const result = await buildSite({
  outDir,
  cacheDir,
  // --no-pdf: the same build without the 汇编 PDFs, to measure what they cost.
  books: !process.argv.includes('--no-pdf'),
  log: (line) => {
    const step = /^\[\d+\/\d+\] (.+)$/.exec(line)
    if (step) emit({ step: step[1] })
    else emit({ log: line })
  },
})
emit({ result })
process.exit(0)
