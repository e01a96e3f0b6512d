// Lighthouse's performance category on one page, in the system Chromium. Lighthouse's
// default settings: a mobile device with simulated slow 4G and a 4x slower CPU.
import fs from "node:fs";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";

const CHROME_FLAGS = [
  "--headless=new",
  "--no-sandbox",
  "--disable-gpu",
  // Nothing may reach the network: no update checks, no component downloads.
  "--disable-background-networking",
  "--disable-component-update",
  "--no-first-run",
];

export function chromiumPath(env = process.env) {
  return [env.CHROME_PATH, env.PLAYWRIGHT_CHROMIUM_PATH, "/usr/bin/chromium"].find((file) => file && fs.existsSync(file)) ?? null;
}

/** `runs` Lighthouse runs; the run with the median score is reported (Lighthouse's own advice for variance). */
export async function measureLighthouse(url, { runs, port, chromePath }) {
  const results = [];
  for (let i = 0; i < runs; i++) {
    const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: CHROME_FLAGS, port, logLevel: "silent" });
    try {
      const result = await lighthouse(url, { port: chrome.port, output: "json", logLevel: "error", onlyCategories: ["performance"] });
      const { categories, audits } = result.lhr;
      const runtimeError = result.lhr.runtimeError;
      if (runtimeError) throw new Error(`Lighthouse: ${runtimeError.code} ${runtimeError.message}`);
      results.push({
        score: Math.round((categories.performance.score ?? 0) * 100),
        lcp: audits["largest-contentful-paint"].numericValue,
        fcp: audits["first-contentful-paint"].numericValue,
        tbt: audits["total-blocking-time"].numericValue,
        cls: audits["cumulative-layout-shift"].numericValue,
        speedIndex: audits["speed-index"].numericValue,
      });
    } finally {
      await chrome.kill();
    }
  }
  const sorted = [...results].sort((a, b) => a.score - b.score);
  return { url, runs, scores: results.map((r) => r.score), ...sorted[Math.floor((sorted.length - 1) / 2)] };
}
