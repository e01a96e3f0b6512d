import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { openApiDocument } from "./openapi";

const root = path.resolve(__dirname, "../..");
type Doc = { paths: Record<string, Record<string, { responses: Record<string, unknown> }>> };
const doc = openApiDocument() as Doc;

describe("the OpenAPI document", () => {
  it("is committed as docs/openapi.json exactly as the schemas produce it", () => {
    const committed = fs.readFileSync(path.join(root, "docs/openapi.json"), "utf8");
    expect(committed, "docs/openapi.json is stale: run `npm run openapi` and commit the result").toBe(`${JSON.stringify(doc, null, 2)}\n`);
  });

  // Each route file under app/api/v1 names the methods it serves in `methods({ GET: …, POST: … })`.
  const routes = fs
    .readdirSync(path.join(root, "app/api/v1"), { recursive: true, encoding: "utf8" })
    .filter((file) => path.basename(file) === "route.ts" && !file.includes("[[...path]]"))
    .map((file) => path.join("app/api/v1", file))
    .map((file) => {
      const source = fs.readFileSync(path.join(root, file), "utf8");
      const served = [...source.matchAll(/^\s+(GET|POST|PUT|PATCH|DELETE): (?:route|gated)/gm)].map((m) => m[1]!.toLowerCase());
      const apiPath = path
        .dirname(file)
        .slice("app/api/v1".length)
        .replace(/\[([^\]]+)\]/g, "{$1}");
      return { apiPath, served };
    });

  it("describes every route the app serves, with the methods it serves, and nothing else", () => {
    expect(routes.length).toBeGreaterThan(15);
    const fromCode = Object.fromEntries(routes.map(({ apiPath, served }) => [apiPath, served.sort()]));
    const fromDocument = Object.fromEntries(Object.entries(doc.paths).map(([p, ops]) => [p, Object.keys(ops).sort()]));
    expect(fromDocument).toEqual(fromCode);
  });

  it("gives every operation a 500 and every protected one its 401 with the RFC 6750 header", () => {
    for (const [p, operations] of Object.entries(doc.paths)) {
      for (const [method, operation] of Object.entries(
        operations as Record<string, { security?: object[]; responses: Record<string, { headers?: object }> }>,
      )) {
        expect(operation.responses["500"], `${method} ${p}`).toBeDefined();
        const bearer = operation.security?.some((requirement) => "bearerAuth" in requirement);
        if (bearer) expect(operation.responses["401"]?.headers, `${method} ${p}`).toHaveProperty("WWW-Authenticate");
      }
    }
  });
});
