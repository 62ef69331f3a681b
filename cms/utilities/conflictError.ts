import { APIError } from 'payload'

/**
 * A 409 whose Chinese message the admin shows as it is. The name is set by
 * hand: in the admin's production build the class is minified, its
 * constructor name is empty, and Payload's error formatter then answers
 * "An unknown error occurred." instead of the message.
 */
export function conflictError(message: string) {
  const error = new APIError(message, 409, undefined, true)
  error.name = 'APIError'
  return error
}
