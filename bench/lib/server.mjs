// The server under test: `npm start` (migrate, seed, `next start`) on the production
// build, with its own settings, and a sampler that watches its memory.
import { execFileSync, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { isPostgresUrl } from "../../lib/shared/database-url.mjs";

/**
 * Where the run's data lives: a `postgresql://` DATABASE_URL is used as given (the
 * benchmark only adds users with fresh emails, so a used database works too);
 * anything else gets a fresh SQLite file in a temporary folder, removed afterwards.
 */
export function chooseDatabase(env = process.env) {
  const url = env.DATABASE_URL ?? "";
  if (isPostgresUrl(url)) {
    return { url, label: "PostgreSQL", kind: "postgresql", cleanup: () => {} };
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "shop-bench-"));
  return {
    url: `file:${path.join(dir, "bench.db")}`,
    label: "SQLite (fresh file)",
    kind: "sqlite",
    cleanup: () => fs.rmSync(dir, { recursive: true, force: true }),
  };
}

/** Starts `npm start` on `port` and resolves once /api/v1/health answers. */
export async function startServer({ port, databaseUrl, logFile }) {
  const env = {
    ...process.env,
    DATABASE_URL: databaseUrl,
    PORT: String(port),
    NEXT_TELEMETRY_DISABLED: "1",
    // A key of its own for this run, and tokens that outlive it: the benchmark
    // measures the cost of the flow, not the client's reaction to expiry.
    JWT_SECRET: randomBytes(48).toString("base64url"),
    ACCESS_TOKEN_TTL_SECONDS: "3600",
    REFRESH_TOKEN_TTL_SECONDS: "86400",
  };
  const log = fs.openSync(logFile, "w");
  // Its own process group, so that stopping it reaches `next start` under npm and sh.
  const child = spawn("npm", ["start", "--", "--hostname", "127.0.0.1"], {
    env,
    stdio: ["ignore", log, log],
    detached: true,
  });
  fs.closeSync(log);
  let exited = null;
  child.on("exit", (code, signal) => (exited = { code, signal }));

  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 180_000;
  for (;;) {
    if (exited) {
      throw new Error(`npm start exited (${exited.code ?? exited.signal}) before serving; see ${logFile}:\n${tail(logFile)}`);
    }
    if (Date.now() > deadline) {
      stopProcessGroup(child.pid);
      throw new Error(`The server did not answer on ${base} within 3 minutes; see ${logFile}:\n${tail(logFile)}`);
    }
    try {
      const response = await fetch(`${base}/api/v1/health`);
      if (response.ok) break;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }

  const serverPid = findNextServer(child.pid);
  return {
    base,
    pid: child.pid,
    serverPid,
    stop: async () => {
      stopProcessGroup(child.pid);
      const until = Date.now() + 10_000;
      while (!exited && Date.now() < until) await new Promise((resolve) => setTimeout(resolve, 100));
    },
  };
}

function stopProcessGroup(pid) {
  try {
    process.kill(-pid, "SIGTERM");
  } catch {
    // already gone
  }
}

function tail(file, lines = 30) {
  try {
    return fs.readFileSync(file, "utf8").split("\n").slice(-lines).join("\n");
  } catch {
    return "(no log)";
  }
}

function childrenOf(pid) {
  try {
    return fs.readFileSync(`/proc/${pid}/task/${pid}/children`, "utf8").trim().split(/\s+/).filter(Boolean).map(Number);
  } catch {
    return [];
  }
}

/** Every process below `pid` (npm → sh → next-server), depth first. */
export function descendantsOf(pid) {
  const found = [];
  for (const child of childrenOf(pid)) found.push(child, ...descendantsOf(child));
  return found;
}

/** The Node process that serves requests: `next start` renames itself to "next-server". */
function findNextServer(rootPid) {
  for (const pid of descendantsOf(rootPid)) {
    if (readComm(pid).startsWith("next-server")) return pid;
  }
  return null;
}

function readComm(pid) {
  try {
    return fs.readFileSync(`/proc/${pid}/comm`, "utf8").trim();
  } catch {
    return "";
  }
}

let clockTicks;

/**
 * CPU time (user + system, all threads) the process has used so far, in ms. Divided by
 * the requests of a scenario it is a cost per request that other work on the machine
 * barely changes, unlike requests/s.
 */
export function cpuTimeOf(pid) {
  clockTicks ??= Number(execFileSync("getconf", ["CLK_TCK"], { encoding: "utf8" }).trim()) || 100;
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
    // Fields after the command name, which is in parentheses and may contain spaces.
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / clockTicks; // utime, stime
  } catch {
    return 0;
  }
}

/**
 * Waits until the process is idle (under 3% of one core for 300 ms): requests that a
 * finished run cut off are still being served, and must not count against the next.
 */
export async function settle(pid, timeoutMs = 60_000) {
  const until = Date.now() + timeoutMs;
  let quietSamples = 0;
  let before = cpuTimeOf(pid);
  while (quietSamples < 3 && Date.now() < until) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    const now = cpuTimeOf(pid);
    quietSamples = now - before <= 3 ? quietSamples + 1 : 0;
    before = now;
  }
}

/** VmRSS and VmHWM (the kernel's own peak RSS of the process) in bytes. */
export function memoryOf(pid) {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, "utf8");
    const kib = (field) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, "m").exec(status)?.[1] ?? 0) * 1024;
    return { rss: kib("VmRSS"), hwm: kib("VmHWM") };
  } catch {
    return { rss: 0, hwm: 0 };
  }
}

/**
 * Samples the RSS of the server's process tree (everything under npm) while the
 * benchmark runs, and the peak of next-server within each phase (one scenario). The
 * kernel's VmHWM of next-server catches peaks between samples; the tree sum shows
 * whether anything besides next-server grows.
 */
export function watchMemory(server, intervalMs = 250) {
  const idle = memoryOf(server.serverPid).rss;
  let peakTree = 0;
  let phasePeak = 0;
  const sample = () => {
    const tree = descendantsOf(server.pid).reduce((sum, pid) => sum + memoryOf(pid).rss, 0);
    peakTree = Math.max(peakTree, tree);
    phasePeak = Math.max(phasePeak, memoryOf(server.serverPid).rss);
  };
  sample();
  const timer = setInterval(sample, intervalMs);
  return {
    beginPhase() {
      phasePeak = 0;
      sample();
    },
    /** The highest RSS of next-server sampled since beginPhase(). */
    endPhase() {
      sample();
      return phasePeak;
    },
    /** Call before stopping the server: VmHWM vanishes with the process. */
    finish() {
      clearInterval(timer);
      sample();
      return { idleRss: idle, peakRss: memoryOf(server.serverPid).hwm, peakTreeRss: peakTree };
    },
  };
}

/**
 * How busy the rest of the machine is: every second, the processes outside the
 * benchmark's own tree (this process, the server, Chromium, the hash-rate child) that
 * are running or waiting for a core. The load average cannot tell them apart from
 * the benchmark's own work.
 */
export function watchOtherWork(intervalMs = 1000) {
  let samples = 0;
  let runnable = 0;
  const sample = () => {
    const ours = new Set([process.pid, ...descendantsOf(process.pid)]);
    for (const name of fs.readdirSync("/proc")) {
      if (!/^\d+$/.test(name) || ours.has(Number(name))) continue;
      try {
        const stat = fs.readFileSync(`/proc/${name}/stat`, "utf8");
        if (stat[stat.lastIndexOf(")") + 2] === "R") runnable += 1;
      } catch {
        // the process ended meanwhile
      }
    }
    samples += 1;
  };
  const timer = setInterval(sample, intervalMs);
  return {
    /** The mean number of other processes that wanted a core (2 cores: 1 or more is heavy). */
    finish() {
      clearInterval(timer);
      return samples === 0 ? 0 : runnable / samples;
    },
  };
}
