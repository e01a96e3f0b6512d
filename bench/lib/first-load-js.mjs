// First-load JavaScript, measured from build output: the chunks a page's HTML makes
// the browser load, gzipped, against those of a bare Next.js page (a root layout and a
// page that renders one element) built with the same Next.js. The difference is what
// the app itself adds to the page. (The build manifest's `rootMainFiles` would not do
// as the bare page: they also hold the app's own code that every page loads, such as
// instrumentation-client.ts.)
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";

// Inside node_modules: within the project root, so Turbopack resolves next and react
// from the project's own install, and outside git and the type check. Turbopack does
// not transform JSX under node_modules, hence createElement.
const BARE_APP = path.join("node_modules", ".cache", "shop-bench-bare");
const BARE_FILES = {
  "app/layout.js": `import { createElement } from "react";
export default function RootLayout({ children }) {
  return createElement("html", { lang: "en" }, createElement("body", null, children));
}
`,
  "app/page.js": `import { createElement } from "react";
export default function Page() {
  return createElement("main", null, "A bare page");
}
`,
  "next.config.mjs": "export default { reactStrictMode: true };\n",
};

function gzipSize(file) {
  // Level 9, as the gzip-size package that Next's own size report used.
  return gzipSync(fs.readFileSync(file), { level: 9 }).length;
}

/** Chunk files of every `<script src>` in the HTML, except `nomodule` polyfills modern browsers skip. */
export function scriptChunks(html) {
  const chunks = new Set();
  for (const [tag] of html.matchAll(/<script\b[^>]*>/g)) {
    if (/\bnomodule\b/i.test(tag)) continue;
    const src = /\bsrc="([^"]+)"/.exec(tag)?.[1];
    if (!src) continue;
    const pathname = new URL(src, "http://x").pathname;
    if (pathname.startsWith("/_next/static/")) chunks.add(pathname.slice("/_next/".length));
  }
  return [...chunks];
}

/** Builds the bare app once per Next.js version; its page is prerendered to HTML. */
export function bareBuild(log) {
  const nextVersion = JSON.parse(fs.readFileSync(path.join("node_modules", "next", "package.json"), "utf8")).version;
  const stamp = path.join(BARE_APP, "built-with-next");
  const html = path.join(BARE_APP, ".next", "server", "app", "index.html");
  const current = fs.existsSync(stamp) && fs.readFileSync(stamp, "utf8") === nextVersion && fs.existsSync(html);
  if (!current) {
    log(`Building the bare Next.js ${nextVersion} page to compare with…`);
    fs.rmSync(BARE_APP, { recursive: true, force: true });
    for (const [file, text] of Object.entries(BARE_FILES)) {
      fs.mkdirSync(path.dirname(path.join(BARE_APP, file)), { recursive: true });
      fs.writeFileSync(path.join(BARE_APP, file), text);
    }
    const result = spawnSync(path.resolve("node_modules", ".bin", "next"), ["build"], {
      cwd: BARE_APP,
      encoding: "utf8",
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
    });
    if (result.status !== 0) throw new Error(`building the bare page failed:\n${result.stdout}${result.stderr}`);
    fs.writeFileSync(stamp, nextVersion);
  }
  return fs.readFileSync(html, "utf8");
}

export async function measureFirstLoadJs(base, pagePath, log) {
  const response = await fetch(new URL(pagePath, base));
  if (!response.ok) throw new Error(`GET ${pagePath}: ${response.status}`);
  const pageChunks = scriptChunks(await response.text());
  const bareChunks = scriptChunks(bareBuild(log));
  const sizes = (dir, files) => files.map((file) => ({ file, size: gzipSize(path.join(dir, ".next", file)) }));
  const page = sizes(".", pageChunks);
  const bare = sizes(BARE_APP, bareChunks);
  const sum = (chunks) => chunks.reduce((total, chunk) => total + chunk.size, 0);
  return {
    pagePath,
    page: sum(page),
    bare: sum(bare),
    added: sum(page) - sum(bare),
    pageChunkCount: page.length,
    bareChunkCount: bare.length,
  };
}
