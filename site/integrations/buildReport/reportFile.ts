import { env } from '../../../cms/env'

export type AstroBuildReport = {
  /** Every prerendered page, as URL paths (`/cases/x/`). */
  pages: string[]
  /** The pages this build rendered; the others were copied from the last build. */
  rendered: string[]
}

/** Set by the build pipeline for the `astro build` it starts. */
export const reportFile = env.buildReportFile

/** Pages rendered so far, one path a line, while the build runs. */
export const renderedListOf = (file: string) => `${file}.rendered`
