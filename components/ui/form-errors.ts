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

/** Moves focus to the first field with an error, so keyboard and screen-reader users land on it. */
export function focusFirstError(form: HTMLFormElement | null, fields: Record<string, string>): void {
  const first = Object.keys(fields)[0];
  if (!form || !first) return;
  const input = form.elements.namedItem(first);
  if (input instanceof HTMLElement) input.focus();
}
