// The HTTP tests' one check against the OpenAPI document (docs/openapi.json, generated
// from the same schemas the routes use): every response an API test receives, through
// any request context, is compared with the operation it answers (its status among the
// documented ones, its body against that status's schema, with no field the document
// does not name, and its required headers), so a route that drifts from the document
// fails the test that called it. Specs import `test` from here instead of Playwright.
import fs from "node:fs";
import { test as base, type APIRequestContext, type APIResponse } from "@playwright/test";
import { Ajv2020, type ValidateFunction } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";

type Schema = Record<string, unknown>;
type Header = { required?: boolean; schema?: { type?: string; pattern?: string; const?: string } };
type Answer = { content?: Record<string, { schema: Schema }>; headers?: Record<string, Header> };
type Operation = { responses: Record<string, Answer> };
type Document = { paths: Record<string, Record<string, Operation>> };

const API_PREFIX = "/api/v1";
const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;

export const openApiDocument: Document = JSON.parse(fs.readFileSync(new URL("../../docs/openapi.json", import.meta.url), "utf8"));

/**
 * The document leaves objects open, so that clients accept fields added later; the
 * server must not send one the document lacks, so the tests close every object.
 */
function closed(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(closed);
  if (typeof value !== "object" || value === null) return value;
  const copy = Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, closed(inner)]));
  if (copy.type === "object" && copy.properties && copy.additionalProperties === undefined) copy.additionalProperties = false;
  return copy;
}

const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats(ajv);
ajv.addSchema(closed(openApiDocument) as Schema, "openapi");
const validators = new Map<string, ValidateFunction>();

const pointer = (...parts: string[]) => parts.map((part) => part.replaceAll("~", "~0").replaceAll("/", "~1")).join("/");

function validatorFor(...parts: string[]): ValidateFunction {
  const ref = `openapi#/${pointer(...parts)}`;
  let validate = validators.get(ref);
  if (!validate) {
    validate = ajv.compile({ $ref: ref });
    validators.set(ref, validate);
  }
  return validate;
}

const templates = Object.keys(openApiDocument.paths).map((template) => ({
  template,
  pattern: new RegExp(`^${template.replace(/\{[^}]+\}/g, "[^/]+").replaceAll(".", "\\.")}$`),
}));

/** What a response looked like, as the check needs it. */
export type Received = { method: string; url: string; status: number; headers: Record<string, string>; body: string };

/** Every way `received` differs from the document; empty when it matches. */
export function contractProblems(received: Received): string[] {
  const { pathname } = new URL(received.url, "http://localhost");
  if (!pathname.startsWith(`${API_PREFIX}/`)) return [];
  const apiPath = pathname.slice(API_PREFIX.length);
  const method = received.method.toUpperCase();
  const match = templates.find(({ pattern }) => pattern.test(apiPath));
  const where = `${method} ${pathname} → ${received.status}`;
  const problems: string[] = [];

  const errorCode = (): string | undefined => {
    try {
      return JSON.parse(received.body)?.error?.code;
    } catch {
      return undefined;
    }
  };

  if (!match) {
    // An unknown path: the JSON 404 of any unknown path, for every method.
    if (received.status !== 404 || errorCode() !== "not_found") problems.push(`${where}: an unknown path must answer 404 not_found`);
    return problems;
  }
  const operations = openApiDocument.paths[match.template]!;
  const served = METHODS.filter((name) => operations[name.toLowerCase()]);
  const operationKey = method === "HEAD" ? "get" : method.toLowerCase();
  const operation = operations[operationKey];

  // A path whose every operation can be 404 may be switched off as a whole (the demo
  // endpoint without DEMO_TOOLS): then every method gets the unknown path's answer.
  const canVanish = Object.values(operations).every((op) => op.responses["404"]);
  if (canVanish && received.status === 404 && errorCode() === "not_found") return problems;

  if (!operation || method === "OPTIONS") {
    const allow = received.headers["allow"];
    if (method === "OPTIONS" && received.status === 204) {
      if (allow !== served.join(", ")) problems.push(`${where}: Allow "${allow}", the document serves "${served.join(", ")}"`);
    } else if (received.status === 405) {
      if (errorCode() !== "method_not_allowed") problems.push(`${where}: a 405 must be method_not_allowed`);
      if (allow !== served.join(", ")) problems.push(`${where}: Allow "${allow}", the document serves "${served.join(", ")}"`);
    } else {
      problems.push(`${where}: the document has no ${method} here, so only 405 (or 204 to OPTIONS) may answer`);
    }
    return problems;
  }

  const status = String(received.status);
  const answer = operation.responses[status];
  if (!answer) {
    problems.push(`${where}: status not in the document (${Object.keys(operation.responses).join(", ")})`);
    return problems;
  }
  for (const [name, header] of Object.entries(answer.headers ?? {})) {
    const value = received.headers[name.toLowerCase()];
    if (value === undefined) {
      if (header.required) problems.push(`${where}: header ${name} missing`);
      continue;
    }
    const schema = header.schema ?? {};
    if (schema.pattern && !new RegExp(schema.pattern).test(value)) problems.push(`${where}: header ${name} "${value}"`);
    if (schema.const !== undefined && value !== schema.const) problems.push(`${where}: header ${name} "${value}"`);
    if (schema.type === "integer" && !/^\d+$/.test(value)) problems.push(`${where}: header ${name} "${value}" is not an integer`);
  }
  const json = answer.content?.["application/json"];
  if (method === "HEAD" || !json) {
    if (received.body.length > 0) problems.push(`${where}: the document has no body here, the server sent one`);
    return problems;
  }
  if (!/^application\/json\b/.test(received.headers["content-type"] ?? "")) {
    problems.push(`${where}: Content-Type "${received.headers["content-type"]}", not JSON`);
    return problems;
  }
  let body: unknown;
  try {
    body = JSON.parse(received.body);
  } catch {
    problems.push(`${where}: the body is not JSON`);
    return problems;
  }
  const validate = validatorFor("paths", match.template, operationKey, "responses", status, "content", "application/json", "schema");
  if (!validate(body)) {
    for (const error of validate.errors ?? []) {
      const extra = error.keyword === "additionalProperties" ? ` (${String(error.params.additionalProperty)})` : "";
      problems.push(`${where}: body${error.instancePath} ${error.message}${extra}`);
    }
  }
  return problems;
}

async function check(method: string, response: APIResponse): Promise<void> {
  const problems = contractProblems({
    method,
    url: response.url(),
    status: response.status(),
    headers: response.headers(),
    body: (await response.body()).toString("utf8"),
  });
  if (problems.length > 0) throw new Error(`The response does not match docs/openapi.json:\n  ${problems.join("\n  ")}`);
}

let installed = false;

/**
 * Checks every response of every request context of this worker: `get`, `post` and the
 * rest all go through `fetch`, so wrapping it on the prototype covers the `request`
 * fixture, `playwright.request.newContext()` and the helpers that take a context.
 */
function install(context: APIRequestContext): void {
  if (installed) return;
  installed = true;
  const prototype = Object.getPrototypeOf(context) as APIRequestContext;
  const fetch = prototype.fetch;
  prototype.fetch = async function checkedFetch(this: APIRequestContext, urlOrRequest, options = {}) {
    const response = await fetch.call(this, urlOrRequest, options);
    const method = options.method ?? (typeof urlOrRequest === "string" ? "GET" : urlOrRequest.method());
    await check(method, response);
    return response;
  } as APIRequestContext["fetch"];
}

export const test = base.extend<{ contract: void }>({
  contract: [
    async ({ request }, use) => {
      install(request);
      await use();
    },
    { auto: true },
  ],
});

export { expect } from "@playwright/test";
