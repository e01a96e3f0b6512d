/**
 * Field messages from the shared zod schemas (or the API's `details.fields`), keyed by the
 * form's field names ("shipping.city" → "city"). A field left empty just reads "Required":
 * "Must be at least 8 characters" is true, but not the first thing to say about a blank.
 */
export function formFieldErrors(errors: Record<string, string>, values: Record<string, string>): Record<string, string> {
  const result: Record<string, string> = {};
  for (const [path, message] of Object.entries(errors)) {
    const name = path.split(".").at(-1)!;
    result[name] = values[name]?.trim() === "" ? "Required" : message;
  }
  return result;
}
