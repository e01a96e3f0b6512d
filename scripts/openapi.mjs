// `npm run openapi`: writes the OpenAPI document that lib/server/openapi.ts builds from
// the zod schemas to docs/openapi.json (the copy a reader, a linter or a client generator
// uses without running the server). lib/server/openapi.test.ts fails when it is stale.
import fs from "node:fs";
import { openApiDocument } from "../lib/server/openapi.ts";

const target = new URL("../docs/openapi.json", import.meta.url);
fs.writeFileSync(target, `${JSON.stringify(openApiDocument(), null, 2)}\n`);
console.log(`Wrote ${target.pathname.replace(`${process.cwd()}/`, "")}`);
