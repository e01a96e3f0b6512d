// `npm run e2e:demo`: the browser stories of e2e/demo/ as a step-by-step demo. Builds
// the shop, runs the demo project with a trace and a screenshot of every step, and
// writes Playwright's HTML report, where each story reads as its steps with a picture.
import { spawnSync } from "node:child_process";

const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1", E2E_DEMO: "1" };

function run(title, command, args) {
  console.log(`\n▶ ${title}: ${command} ${args.join(" ")}`);
  return spawnSync(command, args, { stdio: "inherit", env }).status ?? 1;
}

if (run("Production build", "node_modules/.bin/next", ["build"]) !== 0) process.exit(1);
const status = run("Demo stories", "node_modules/.bin/playwright", ["test", "--project=demo", ...process.argv.slice(2)]);
console.log(`
▶ The step-by-step report (one screenshot per step, and a trace of each story) is in
  playwright-report/index.html. Open it with:

    npx playwright show-report
`);
process.exit(status);
