// First-load JavaScript, measured from the build output: the chunks a page's HTML
// makes the browser load, gzipped, against the framework's own chunks that every App
// Router page loads (the build manifest's `rootMainFiles`: React, Next's router and
// the Turbopack runtime). The difference is what the app itself adds to the page.
import fs from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";

const DIST = ".next";

function gzipSize(relativeFile) {
  // Level 9, as the gzip-size package that Next's own size report used.
  return gzipSync(fs.readFileSync(path.join(DIST, relativeFile)), { level: 9 }).length;
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

export async function measureFirstLoadJs(base, pagePath) {
  const response = await fetch(new URL(pagePath, base));
  if (!response.ok) throw new Error(`GET ${pagePath}: ${response.status}`);
  const pageChunks = scriptChunks(await response.text());
  const manifest = JSON.parse(fs.readFileSync(path.join(DIST, "build-manifest.json"), "utf8"));
  const frameworkChunks = manifest.rootMainFiles;
  const sum = (files) => files.reduce((total, file) => total + gzipSize(file), 0);
  const page = sum(pageChunks);
  const framework = sum(frameworkChunks);
  return {
    pagePath,
    page,
    framework,
    added: page - framework,
    // The page's own chunks, largest first: where the added kilobytes come from.
    ownChunks: pageChunks
      .filter((file) => !frameworkChunks.includes(file))
      .map((file) => ({ file: path.basename(file), size: gzipSize(file) }))
      .sort((a, b) => b.size - a.size),
    pageChunkCount: pageChunks.length,
    frameworkChunkCount: frameworkChunks.length,
    // Sanity: the framework chunks must be among the page's, or the comparison is off.
    frameworkIncluded: frameworkChunks.every((file) => pageChunks.includes(file)),
  };
}
