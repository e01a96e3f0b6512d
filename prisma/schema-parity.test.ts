// The SQLite and PostgreSQL schemas must describe the same data model: the app types
// both clients as one (lib/server/db.ts), which is only sound while their models match.
// Only the datasource and the generator's output directory may differ.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

type Block = { kind: string; name: string; body: string };

/** The top-level blocks of a schema, each with its text as written. */
function blocksOf(schema: string): Block[] {
  return [...schema.matchAll(/^(\w+)\s+(\w+)\s*\{\n([\s\S]*?)^\}/gm)].map(([, kind = "", name = "", body = ""]) => ({
    kind,
    name,
    body,
  }));
}

/** What must match: every block but the datasource, and the generator without its output. */
function comparable(schema: string): Block[] {
  return blocksOf(schema)
    .filter((block) => block.kind !== "datasource")
    .map((block) =>
      block.kind === "generator" ? { ...block, body: block.body.replace(/^\s*output\s*=.*\n/m, "") } : block,
    );
}

const read = (file: string) => fs.readFileSync(path.join(process.cwd(), "prisma", file), "utf8");
const sqlite = read("schema.prisma");
const postgres = read("postgres/schema.prisma");

describe("the two Prisma schemas", () => {
  it("declare the same models, field for field, and the same generator", () => {
    // Every model is compared, not just the ones a loose pattern happened to find.
    const declared = [...sqlite.matchAll(/^model (\w+)/gm)].map(([, name]) => name);
    expect(comparable(sqlite).filter((block) => block.kind === "model").map((block) => block.name)).toEqual(declared);
    expect(declared.length).toBeGreaterThan(0);
    expect(comparable(postgres)).toEqual(comparable(sqlite));
  });

  it("differ in the provider and the output directory", () => {
    const provider = (schema: string) => /datasource db \{[^}]*provider\s*=\s*"(\w+)"/.exec(schema)?.[1];
    expect([provider(sqlite), provider(postgres)]).toEqual(["sqlite", "postgresql"]);
    const output = (schema: string) => /^\s*output\s*=\s*"(.+)"/m.exec(schema)?.[1];
    expect([output(sqlite), output(postgres)]).toEqual(["../lib/server/generated/sqlite", "../../lib/server/generated/postgres"]);
  });

  it("notices a changed field", () => {
    const changed = postgres.replace("stock       Int", "stock       BigInt");
    expect(changed).not.toBe(postgres);
    expect(comparable(changed)).not.toEqual(comparable(sqlite));
  });
});
