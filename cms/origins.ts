import { env } from './env'

/**
 * The origins the admin is served from: CMS_URL in a deployment (behind a
 * proxy, with its public address), else this machine's port. Payload accepts
 * its login cookie only from these (CSRF), so a page elsewhere cannot act
 * with an editor's session.
 */
export function adminOrigins(): string[] {
  const configured = env.configuredCmsUrl()
  if (configured) {
    try {
      return [new URL(configured).origin]
    } catch {
      throw new Error(`CMS_URL must be the admin's public address, such as https://cms.example.gov.cn (got "${configured}").`)
    }
  }
  const port = env.port()
  return [`http://localhost:${port}`, `http://127.0.0.1:${port}`]
}

/** Over HTTPS the login cookie is marked Secure, so it never travels in clear text. */
export const adminUsesHttps = () => adminOrigins().every((origin) => origin.startsWith('https:'))
