/**
 * The admin's production build, started by the test sequencer (sequencer.ts)
 * in the background when the run has browser files: it overlaps the files that
 * need no admin instead of holding up the first browser file. A failure is left
 * to that file, whose `npm start` builds again and reports it.
 */
import { ensureAdminBuild } from '../../cms/cli/adminBuild'

await ensureAdminBuild(() => undefined).catch(() => undefined)
