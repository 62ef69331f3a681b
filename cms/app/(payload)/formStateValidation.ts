import type { ServerFunctionClient } from 'payload'

type ServerFunctionCall = Parameters<ServerFunctionClient>[0]

/**
 * The admin asks the server for form state as an editor types, unvalidated until the first save
 * (`skipValidation: !submitted` in Payload 3.90's edit view). When such an answer lands after a
 * refused 发布, the form merges its "valid" over the save's field marks, and since a refused publish
 * leaves the form unmodified, nothing asks again: the editor sees the red toast and no marked field.
 * Validating every answer makes a late answer carry the same marks as the save. The marks still only
 * show after a save (Payload shows errors once the form is submitted).
 */
export function validatingFormState(call: ServerFunctionCall): ServerFunctionCall {
  if (call.name !== 'form-state') return call
  return { ...call, args: { ...call.args, skipValidation: false } }
}
