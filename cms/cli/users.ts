/**
 * npm run users: recovers an installation whose admins are locked out, on
 * the database the environment names (no admin needs to be running).
 *   npm run users -- create-admin [--email a@b.cn] [--password …] [--name 姓名]
 *   npm run users -- reset-password <email> [--password …]
 * Whatever is not given is asked for. Passwords follow the policy
 * (cms/domain/passwordPolicy.ts); a reset also unlocks the account.
 */
import readline from 'node:readline/promises'

import { ValidationError } from 'payload'

import { closePayload, openPayload } from '../openPayload'

const [command, ...rest] = process.argv.slice(2)
const option = (name: string) => {
  const i = rest.indexOf(`--${name}`)
  return i >= 0 ? rest[i + 1] : undefined
}
const positional = rest.find((arg, i) => !arg.startsWith('--') && !rest[i - 1]?.startsWith('--'))

async function ask(question: string, given: string | undefined): Promise<string> {
  if (given) return given
  if (!process.stdin.isTTY) throw new Error(`${question} is missing; pass it as an option.`)
  const prompt = readline.createInterface({ input: process.stdin, output: process.stdout })
  try {
    return (await prompt.question(`${question}: `)).trim()
  } finally {
    prompt.close()
  }
}

function usage(): never {
  console.error(
    'Usage:\n  npm run users -- create-admin [--email <e-mail>] [--password <password>] [--name <name>]\n  npm run users -- reset-password <e-mail> [--password <password>]',
  )
  process.exit(2)
}

if (command !== 'create-admin' && command !== 'reset-password') usage()

const payload = await openPayload()
try {
  if (command === 'create-admin') {
    const email = await ask('E-mail', option('email'))
    const password = await ask('Password (10+ characters, three of: upper case, lower case, digits, symbols)', option('password'))
    const name = option('name') ?? '管理员'
    const user = await payload.create({ collection: 'users', data: { email, password, name, role: 'admin' }, overrideAccess: true })
    console.log(`Admin ${user.email} created. Log in at /admin.`)
  } else {
    const email = await ask('E-mail', positional)
    const found = (await payload.find({ collection: 'users', where: { email: { equals: email.toLowerCase() } }, limit: 1, overrideAccess: true })).docs[0]
    if (!found) throw new Error(`No account has the e-mail ${email}. \`npm run users -- create-admin\` makes a new admin.`)
    const password = await ask('New password (10+ characters, three of: upper case, lower case, digits, symbols)', option('password'))
    await payload.update({ collection: 'users', id: found.id, data: { password }, overrideAccess: true })
    // Unlocking needs only the e-mail (Payload's type asks for a password it does not read).
    await payload.unlock({ collection: 'users', data: { email: found.email } as { email: string; password: string }, overrideAccess: true })
    console.log(`Password of ${found.email} reset${found.role === 'admin' ? '' : ' (an editor account)'}; the account is unlocked.`)
  }
  await closePayload(payload)
  process.exit(0)
} catch (error) {
  const detail = error instanceof ValidationError ? error.data.errors.map((e) => e.message).join(' ') : (error as Error).message
  console.error(`Could not ${command === 'create-admin' ? 'create the admin' : 'reset the password'}: ${detail}`)
  await closePayload(payload).catch(() => undefined)
  process.exit(1)
}
