// `npm run db:schema`: writes prisma/postgres/schema.prisma from prisma/schema.prisma,
// the one schema edited by hand (scripts/postgres-schema.mjs says what differs).
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { POSTGRES_SCHEMA, SQLITE_SCHEMA, postgresSchemaFrom } from "./postgres-schema.mjs";

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const target = path.join(root, POSTGRES_SCHEMA);

let schema;
try {
  schema = postgresSchemaFrom(fs.readFileSync(path.join(root, SQLITE_SCHEMA), "utf8"));
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
const current = fs.existsSync(target) ? fs.readFileSync(target, "utf8") : undefined;
if (current === schema) {
  console.log(`${POSTGRES_SCHEMA} is up to date.`);
} else {
  fs.writeFileSync(target, schema);
  console.log(`Wrote ${POSTGRES_SCHEMA} from ${SQLITE_SCHEMA}.`);
}
