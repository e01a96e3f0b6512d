// `npm run demo`: the whole two-token story in a minute. Builds the shop and starts it
// with a 30-second access token and the demo tools on, on its own database
// (prisma/demo.db), so a learner can watch tokens expire and refresh live at
// /how-sign-in-works without waiting half an hour.
import { spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";

const port = process.env.PORT || "3000";
const env = {
  ...process.env,
  NEXT_TELEMETRY_DISABLED: "1",
  PORT: port,
  DATABASE_URL: "file:./prisma/demo.db",
  ACCESS_TOKEN_TTL_SECONDS: "30",
  DEMO_TOOLS: "1",
  // A fresh key per run: the demo server is throwaway, and `next start` runs in
  // production mode, which (rightly) refuses to invent a secret on its own.
  JWT_SECRET: randomBytes(48).toString("base64url"),
};

console.log("\n▶ Building the shop (next build)…\n");
const build = spawnSync("node_modules/.bin/next", ["build"], { stdio: "inherit", env });
if (build.status !== 0) {
  console.error(`\n✖ The build failed (exit code ${build.status ?? build.signal}).`);
  process.exit(build.status ?? 1);
}

console.log(`
▶ Starting the demo shop on http://localhost:${port}

   Access tokens live 30 seconds; "Expire my access token now" is enabled.
   (Each run uses a new signing key, so earlier sign-ins end.)
`);
// `npm start` applies the migrations and seeds prisma/demo.db before serving.
const server = spawn("npm", ["start"], { stdio: "inherit", env });
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
