// Starts one production server for the Playwright suites on a fresh database file
// (playwright.config.ts passes its settings in the environment).
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

const file = process.env.DATABASE_URL?.replace(/^file:/, "");
if (file) {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  for (const suffix of ["", "-journal", "-wal", "-shm"]) fs.rmSync(file + suffix, { force: true });
}
const child = spawn("npm", ["start"], { stdio: "inherit", env: process.env });
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => child.kill(signal));
child.on("exit", (code) => process.exit(code ?? 1));
