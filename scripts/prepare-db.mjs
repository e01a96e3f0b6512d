// Runs before `npm run dev` and `npm start`: applies pending migrations and seeds a
// database that has no products yet. Reads the same .env files as Next.js.
import { spawnSync } from "node:child_process";
import nextEnv from "@next/env";

nextEnv.loadEnvConfig(process.cwd(), process.env.npm_lifecycle_event === "dev");

function run(command, args) {
  const result = spawnSync(command, args, { stdio: "inherit", env: process.env });
  if (result.status !== 0) {
    console.error(`\n${command} ${args.join(" ")} failed (exit code ${result.status}).`);
    process.exit(result.status ?? 1);
  }
}

run("node_modules/.bin/prisma", ["migrate", "deploy"]);
// react-server: lets the seed import server-only modules (the password hashing).
run("node_modules/.bin/tsx", ["--conditions=react-server", "prisma/seed.ts"]);
