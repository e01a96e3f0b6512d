// The raw rate of the password check that every login runs: the app's own
// verifyPassword (argon2id with its parameters), `concurrency` checks in flight at a
// time, in a Node process of its own like the server's. Login can never be faster
// than this; the benchmark compares the two.
// Usage: tsx --conditions=react-server bench/hash-rate.ts <seconds> <concurrency>
import { hashPassword, verifyPassword } from "../lib/server/auth/password";

const seconds = Number(process.argv[2] ?? 5);
const concurrency = Number(process.argv[3] ?? 32);

const password = "bench-password-123";
const stored = await hashPassword(password);

// One unrecorded second, as the HTTP scenarios get a warm-up.
await runFor(1);
const cpuBefore = process.cpuUsage();
const { checks, elapsed } = await runFor(seconds);
const cpu = process.cpuUsage(cpuBefore);
// CPU per check (all threads, in ms): what one login must spend on the hash alone.
const cpuPerCheck = (cpu.user + cpu.system) / 1000 / checks;
process.stdout.write(`${JSON.stringify({ rate: checks / elapsed, checks, seconds: elapsed, concurrency, cpuPerCheck })}\n`);

async function runFor(duration: number): Promise<{ checks: number; elapsed: number }> {
  const start = performance.now();
  const end = start + duration * 1000;
  let checks = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (performance.now() < end) {
        if (!(await verifyPassword(stored, password))) throw new Error("verifyPassword rejected the right password");
        checks += 1;
      }
    }),
  );
  return { checks, elapsed: (performance.now() - start) / 1000 };
}
