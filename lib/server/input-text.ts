import "server-only";
// The rules every string from a client passes before any code uses it (docs/api.md, 400
// invalid_request): no NUL or other control character (tab and newline are text), no
// unpaired UTF-16 surrogate, and JSON nested at most 32 levels deep. One place applies
// them to every body, path segment and query value (lib/server/http.ts), so no schema
// has to remember them. Why they matter: SQLite stores a NUL and reads the text back
// cut at it (so "user@example.com\0.evil" would display as someone else's address),
// PostgreSQL refuses NUL in text, a lone surrogate cannot be encoded as UTF-8 for the
// database, and a deeply nested body overflows the stack of any code that recurses
// into it.

export const MAX_JSON_DEPTH = 32;

export const BAD_TEXT_MESSAGE = "Must not contain control characters or unpaired surrogates";

// C0 controls except tab (\x09) and newline (\x0a), DEL, and the C1 controls.
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** True for a string that is text: no control character apart from tab and newline, no lone surrogate. */
export function isCleanText(value: string): boolean {
  return !CONTROL.test(value) && !LONE_SURROGATE.test(value);
}

/**
 * How deeply the JSON text nests arrays and objects, counted on the raw text before it
 * is parsed, so nothing recursive ever sees a body that is too deep. Brackets inside
 * strings do not count.
 */
export function jsonDepth(text: string): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (inString) {
      if (char === "\\") i++;
      else if (char === '"') inString = false;
    } else if (char === '"') {
      inString = true;
    } else if (char === "[" || char === "{") {
      deepest = Math.max(deepest, ++depth);
    } else if (char === "]" || char === "}") {
      depth--;
    }
  }
  return deepest;
}

/** The most fields one answer lists: enough to fix a form, not a copy of a hostile body. */
const MAX_REPORTED = 20;

/**
 * Every string of a parsed JSON value (member names too) that is not clean text, as
 * docs/api.md's `details.fields`: the dotted path of each ("shipping.name", "items.0") and
 * the message. Empty when all of it is clean. The value must already have passed the
 * depth check.
 */
export function uncleanFields(value: unknown, path: string[] = [], found: Record<string, string> = {}): Record<string, string> {
  if (Object.keys(found).length >= MAX_REPORTED) return found;
  const at = (parts: string[]) => (parts.length > 0 ? parts.join(".") : "body");
  if (typeof value === "string") {
    if (!isCleanText(value)) found[at(path)] = BAD_TEXT_MESSAGE;
  } else if (Array.isArray(value)) {
    value.forEach((item, index) => uncleanFields(item, [...path, String(index)], found));
  } else if (value !== null && typeof value === "object") {
    for (const [name, member] of Object.entries(value)) {
      if (!isCleanText(name)) found[at([...path, name])] = BAD_TEXT_MESSAGE;
      else uncleanFields(member, [...path, name], found);
    }
  }
  return found;
}
