// Scalar's standalone API reference bundle, served from this site's own copy in
// node_modules (pinned in package.json), so /docs/api works offline and loads nothing
// from a CDN.
import { readFile } from "node:fs/promises";
import path from "node:path";

const BUNDLE = path.join(process.cwd(), "node_modules/@scalar/api-reference/dist/browser/standalone.js");
let cached: Promise<Buffer> | undefined;

export async function GET(): Promise<Response> {
  cached ??= readFile(BUNDLE);
  return new Response(new Uint8Array(await cached), {
    headers: { "Content-Type": "text/javascript; charset=utf-8", "Cache-Control": "public, max-age=3600" },
  });
}
