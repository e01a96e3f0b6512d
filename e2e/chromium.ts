// How the tests start Chromium: the system one (Debian's package) when there is one, so
// nothing is downloaded, with the switches that keep it off the network.
import fs from "node:fs";

export const chromiumLaunchOptions = {
  executablePath: process.env.PLAYWRIGHT_CHROMIUM_PATH ?? (fs.existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined),
  args: ["--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync"],
};
