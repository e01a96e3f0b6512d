import { useRef, useState } from "react";
import { errorMessage, fieldMessages } from "./error-message";

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

/**
 * The error state of a form: a message next to each field that needs one, and one above
 * the form for everything else. Field messages come from the shared schema (before the
 * request) or from the API's `details.fields` (after it), read against the current values.
 */
export function useFormErrors(values: Record<string, string>) {
  const formRef = useRef<HTMLFormElement>(null);
  const [fields, setFields] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);

  function showFieldErrors(errors: Record<string, string>) {
    const messages = formFieldErrors(errors, values);
    setFields(messages);
    focusFirstError(formRef.current, messages);
  }

  return {
    formRef,
    fields,
    formError,
    showFieldErrors,
    clearFieldErrors: () => setFields({}),
    clearFormError: () => setFormError(null),
    /** A refused request: next to the fields the API named, else above the form. */
    showApiError(error: unknown, describe: (error: unknown) => string = errorMessage) {
      const apiFields = fieldMessages(error);
      if (Object.keys(apiFields).length > 0) showFieldErrors(apiFields);
      else setFormError(describe(error));
    },
  };
}
