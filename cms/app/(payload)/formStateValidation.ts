import type { ServerFunctionClient } from 'payload'

type ServerFunctionCall = Parameters<ServerFunctionClient>[0]

/**
 * The admin asks the server for form state as an editor types, unvalidated until the first save
 * (`skipValidation: !submitted` in Payload 3.90's edit view). The form merges such an answer as
 * "valid" over every field, so one that lands after a refused 发布 clears the save's field marks;
 * a refused publish leaves the form unmodified, so nothing asks again. Validating the answers for an
 * existing document makes a late one carry the same marks as the save (they still show only after a
 * save). Forms that create (first user, new account) validate on the client before sending and
 * would refuse on a stale intermediate answer, so they keep Payload's behaviour.
 */
export function validatingFormState(call: ServerFunctionCall): ServerFunctionCall {
  if (call.name !== 'form-state' || call.args.operation !== 'update') return call
  return { ...call, args: { ...call.args, skipValidation: false } }
}
