/**
 * Runs the emulator in the foreground, e.g. to try `npm start` on MongoDB:
 *   npx tsx test/mongo-emulator/cli.ts --port 27017
 *   DATABASE_URL='mongodb://127.0.0.1:27017/huibian?replicaSet=rs0' npm start
 * Data lives in memory and is gone when it stops (Ctrl-C).
 */
import { parseArgs } from 'node:util'

import { startMongoEmulator } from './server'

const { values } = parseArgs({ options: { port: { type: 'string', default: '27017' } } })
const emulator = await startMongoEmulator({ port: Number(values.port) })
console.log(`MongoDB emulator (one-member replica set rs0, in memory) at ${emulator.url}`)
const stop = () => void emulator.stop().then(() => process.exit(0))
process.on('SIGINT', stop)
process.on('SIGTERM', stop)
