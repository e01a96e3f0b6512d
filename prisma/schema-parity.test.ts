// The SQLite and PostgreSQL schemas must describe the same data model: the app types
// both clients as one (lib/server/db.ts), which is only sound while their models match.
// prisma/schema.prisma is edited by hand and prisma/postgres/schema.prisma generated
// from it (scripts/postgres-schema.mjs), so this checks that the committed PostgreSQL
// schema is the generator's current output, and that the generator changes nothing
// but the datasource, the generator's output directory and comments.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { POSTGRES_HEADER, POSTGRES_SCHEMA, SQLITE_SCHEMA, postgresSchemaFrom } from "@/scripts/postgres-schema.mjs";

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
    .map((block) => (block.kind === "generator" ? { ...block, body: block.body.replace(/^\s*output\s*=.*\n/m, "") } : block));
}

const read = (file: string) => fs.readFileSync(path.join(process.cwd(), file), "utf8");
const sqlite = read(SQLITE_SCHEMA);
const generated = postgresSchemaFrom(sqlite);

describe("the PostgreSQL schema", () => {
  it("is committed as the generator writes it from prisma/schema.prisma", () => {
    expect(
      read(POSTGRES_SCHEMA),
      `${POSTGRES_SCHEMA} is not what ${SQLITE_SCHEMA} generates: do not edit it by hand; ` +
        "run `npm run db:schema` (or `npm run db:migration -- <name>` for a data model change) and commit the result",
    ).toBe(generated);
  });

  it("declares the same models, field for field, and the same generator", () => {
    // Every model is compared, not just the ones a loose pattern happened to find.
    const declared = [...sqlite.matchAll(/^model (\w+)/gm)].map(([, name]) => name);
    expect(
      comparable(sqlite)
        .filter((block) => block.kind === "model")
        .map((block) => block.name),
    ).toEqual(declared);
    expect(declared.length).toBeGreaterThan(0);
    expect(comparable(generated)).toEqual(comparable(sqlite));
  });

  it("differs in the provider, the output directory and the adapter its comments name", () => {
    const provider = (schema: string) => /datasource db \{[^}]*provider\s*=\s*"(\w+)"/.exec(schema)?.[1];
    expect([provider(sqlite), provider(generated)]).toEqual(["sqlite", "postgresql"]);
    const output = (schema: string) => /^\s*output\s*=\s*"(.+)"/m.exec(schema)?.[1];
    expect([output(sqlite), output(generated)]).toEqual(["../lib/server/generated/sqlite", "../../lib/server/generated/postgres"]);
    expect(generated).not.toContain("libSQL");
    expect(generated).not.toContain(`"file:`);
  });

  it("opens with the notice that it is generated, in place of the SQLite schema's opening comment", () => {
    expect(generated.startsWith(`${POSTGRES_HEADER}\n`)).toBe(true);
    expect(generated).not.toContain(sqlite.split("\n")[0]);
  });

  it("cannot be generated from a schema whose SQLite settings moved", () => {
    expect(() => postgresSchemaFrom(sqlite.replace('provider = "sqlite"', 'provider = "sqlserver"'))).toThrow(/provider = "sqlite".*found 0/);
    expect(() => postgresSchemaFrom(sqlite.replace("generated/sqlite", "generated/lite"))).toThrow(/output/);
  });

  it("notices a changed field", () => {
    const changed = generated.replace("stock       Int", "stock       BigInt");
    expect(changed).not.toBe(generated);
    expect(comparable(changed)).not.toEqual(comparable(sqlite));
  });
});
