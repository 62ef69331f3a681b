/**
 * An installation cannot lock its office out: the first account is always an
 * admin, passwords follow the policy with a Chinese message on the field, and
 * `npm run users` makes an admin or resets a password with no admin running,
 * and reset e-mails are rate-limited per account.
 */
import { execFile } from 'node:child_process'
import path from 'node:path'
import { promisify } from 'node:util'

import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { rootDir, tsxCli } from '../../cms/paths'
import { bootPayload, closePayload, testPassword } from '../helpers/payload'
import { login, rest } from '../helpers/rest'

const users = (...args: string[]) =>
  promisify(execFile)(process.execPath, [tsxCli, path.join(rootDir, 'cms', 'cli', 'users.ts'), ...args], { cwd: rootDir }).then(
    ({ stdout }) => ({ code: 0, out: stdout }),
    (error: { code: number; stdout: string; stderr: string }) => ({ code: error.code, out: `${error.stdout}${error.stderr}` }),
  )

describe('a safe start', () => {
  let payload: Payload
  beforeAll(async () => {
    payload = await bootPayload()
  })
  afterAll(() => closePayload(payload))

  it('refuses a weak first password on the field, in Chinese, and makes the first account an admin whatever the form sent', async () => {
    const weak = await rest('POST', '/users/first-register', { body: { email: 'first@example.org', password: '123', role: 'editor' } })
    expect(weak.status).toBe(400)
    expect(weak.body.errors[0].data.errors).toEqual([
      { path: 'password', label: '密码', message: '密码至少 10 位，并包含大写字母、小写字母、数字、符号中的至少三种（当前 3 位、1 种）。' },
    ])
    expect((await payload.count({ collection: 'users' })).totalDocs).toBe(0)
    for (const password of ['abcdefghij', 'Abcdefghij', 'abcdefgh12']) {
      expect((await rest('POST', '/users/first-register', { body: { email: 'first@example.org', password } })).status).toBe(400)
    }

    const first = await rest('POST', '/users/first-register', { body: { email: 'first@example.org', password: testPassword, role: 'editor' } })
    expect(first.status).toBe(200)
    expect(first.body.user.role).toBe('admin')

    const token = await login('first@example.org')
    const second = await rest('POST', '/users', { token, body: { email: 'second@example.org', password: testPassword, role: 'editor' } })
    expect(second.body.doc.role).toBe('editor')
    const changed = await rest('PATCH', `/users/${second.body.doc.id}`, { token, body: { password: 'short' } })
    expect(changed.status).toBe(400)
  })

  it('creates an admin and resets a password from the command line, and refuses a weak one', async () => {
    const weak = await users('create-admin', '--email', 'rescue@example.org', '--password', 'password')
    expect(weak.code).toBe(1)
    expect(weak.out).toContain('密码至少 10 位')
    const made = await users('create-admin', '--email', 'rescue@example.org', '--password', 'Rescue-Pass-2026')
    expect(made).toMatchObject({ code: 0 })
    expect(await login('rescue@example.org', 'Rescue-Pass-2026')).toBeTruthy()

    // Five wrong attempts lock the account; a reset unlocks it.
    for (let i = 0; i < 5; i += 1) await rest('POST', '/users/login', { body: { email: 'rescue@example.org', password: 'Wrong-Pass-0000' } })
    const reset = await users('reset-password', 'rescue@example.org', '--password', 'New-Rescue-Pass-9')
    expect(reset).toMatchObject({ code: 0 })
    expect(await login('rescue@example.org', 'New-Rescue-Pass-9')).toBeTruthy()
    expect((await users('reset-password', 'nobody@example.org', '--password', 'New-Rescue-Pass-9')).out).toContain('No account has the e-mail')
    // Each command boots Payload in its own process.
  }, 240_000)

  it('sends one password-reset e-mail per account a minute, answering every request alike', async () => {
    const email = 'rescue@example.org'
    const token = async () =>
      (await payload.find({ collection: 'users', where: { email: { equals: email } }, showHiddenFields: true, overrideAccess: true })).docs[0]!
        .resetPasswordToken
    const before = await token()
    const first = await rest('POST', '/users/forgot-password', { body: { email } })
    expect(first.status).toBe(200)
    const issued = await token()
    expect(issued).toBeTruthy()
    expect(issued).not.toBe(before)
    // Within the minute: the same answer, and no new e-mail (the token stays the one sent).
    const again = await rest('POST', '/users/forgot-password', { body: { email } })
    expect([again.status, again.body]).toEqual([first.status, first.body])
    expect(await token()).toBe(issued)
    expect((await rest('POST', '/users/forgot-password', { body: { email: 'nobody@example.org' } })).status).toBe(200)
  })
})
