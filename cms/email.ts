import type { EmailAdapter } from 'payload'

import { env } from './env'

/**
 * Mail for password resets. Without an SMTP server (the embedded default) the
 * message goes to the server log, where an admin can read the reset link.
 */
export const logEmail: EmailAdapter = ({ payload }) => ({
  name: 'log',
  defaultFromAddress: env.mailFrom(),
  defaultFromName: '汇编',
  sendEmail: async (message) => {
    payload.logger.info({ msg: `Email to ${String(message.to)}: ${message.subject}`, text: message.text ?? message.html })
  },
})
