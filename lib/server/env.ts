import "server-only";
// Every setting of the app, parsed once with zod. Nothing else reads process.env.
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { z } from "zod";
import { DEFAULT_DATABASE_URL, isDatabaseUrl } from "@/lib/shared/database-url.mjs";

const seconds = (fallback: number, min = 1) => z.coerce.number().int("Must be a whole number of seconds").min(min).default(fallback);

const flag = z
  .enum(["0", "1", "true", "false"])
  .transform((value) => value === "1" || value === "true")
  .default(false);

const schema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: z.string().default(DEFAULT_DATABASE_URL).refine(isDatabaseUrl, "Must start with file: or postgresql://"),
  JWT_SECRET: z.string().optional(),
  JWT_ISSUER: z.string().min(1).default("shop"),
  JWT_AUDIENCE: z.string().min(1).default("shop-api"),
  ACCESS_TOKEN_TTL_SECONDS: seconds(1800),
  REFRESH_TOKEN_TTL_SECONDS: seconds(604800),
  SESSION_MAX_SECONDS: seconds(2592000),
  REFRESH_REUSE_GRACE_SECONDS: seconds(10, 0),
  PUBLIC_ORIGIN: z
    .url()
    .transform((url) => new URL(url).origin)
    .optional(),
  TRUST_PROXY: flag,
  LOGIN_IP_MAX_FAILURES: z.coerce.number().int("Must be a whole number").min(0).default(50),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  DEMO_TOOLS: flag,
});

export type Env = Omit<z.output<typeof schema>, "JWT_SECRET"> & { JWT_SECRET: string };

const MIN_SECRET_BYTES = 32;

let cached: Env | undefined;

/** The database URL alone, for scripts (migrate, seed) that need no other setting. */
export function databaseUrl(source: NodeJS.ProcessEnv = process.env): string {
  return schema.shape.DATABASE_URL.parse(source.DATABASE_URL || undefined);
}

/** The parsed settings. Throws a readable error when a setting is wrong. */
export function getEnv(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}

export function parseEnv(source: NodeJS.ProcessEnv): Env {
  // An empty variable means "not set", so `FOO= npm start` falls back to the default.
  const present = Object.fromEntries(Object.entries(source).filter(([, value]) => value !== ""));
  const result = schema.safeParse(present);
  if (!result.success) {
    const lines = result.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`);
    throw new Error(`Invalid settings:\n${lines.join("\n")}`);
  }
  const env = result.data;
  return { ...env, JWT_SECRET: resolveSecret(env.JWT_SECRET, env.NODE_ENV) };
}

function resolveSecret(secret: string | undefined, mode: Env["NODE_ENV"]): string {
  // Next.js reads .env.local in production too, so after `npm run dev` a production
  // server would quietly sign tokens with the development key, which sits in a file on
  // the developer's disk. It must bring its own.
  if (mode === "production" && secret !== undefined && secret === generatedDevelopmentSecret()) {
    throw new Error(
      `JWT_SECRET is the development key that npm run dev generated in .env.local; a production server needs its own, for example:\n  JWT_SECRET=$(openssl rand -base64 48) npm start`,
    );
  }
  if (secret !== undefined && Buffer.byteLength(secret) >= MIN_SECRET_BYTES) return secret;
  if (mode === "production") {
    throw new Error(
      secret === undefined
        ? `JWT_SECRET is not set. Set it to at least ${MIN_SECRET_BYTES} random bytes, for example:\n  JWT_SECRET=$(openssl rand -base64 48) npm start`
        : `JWT_SECRET is too short (${Buffer.byteLength(secret)} bytes); it must be at least ${MIN_SECRET_BYTES} bytes.`,
    );
  }
  if (secret !== undefined) {
    throw new Error(`JWT_SECRET is too short; it must be at least ${MIN_SECRET_BYTES} bytes.`);
  }
  // Unit tests get a throwaway key; development keeps one in .env.local so that a
  // restart of `npm run dev` does not sign every shopper out.
  return mode === "test" ? randomBytes(48).toString("base64url") : developmentSecret();
}

const ENV_LOCAL = () => path.join(process.cwd(), ".env.local");
const GENERATED_NOTE = "# Generated for development; keep it out of git.";

/** The JWT_SECRET that developmentSecret() wrote into .env.local (the line after its note), if it is there. */
function generatedDevelopmentSecret(): string | undefined {
  const lines = fs.existsSync(ENV_LOCAL()) ? fs.readFileSync(ENV_LOCAL(), "utf8").split(/\r?\n/) : [];
  const note = lines.indexOf(GENERATED_NOTE);
  return note === -1 ? undefined : /^JWT_SECRET=(.+)$/.exec(lines[note + 1] ?? "")?.[1]?.trim();
}

function developmentSecret(): string {
  const file = ENV_LOCAL();
  const existing = fs.existsSync(file) ? fs.readFileSync(file, "utf8") : "";
  const match = /^JWT_SECRET=(.+)$/m.exec(existing);
  if (match?.[1] && Buffer.byteLength(match[1]) >= MIN_SECRET_BYTES) return match[1].trim();
  const secret = randomBytes(48).toString("base64url");
  const separator = existing === "" || existing.endsWith("\n") ? "" : "\n";
  fs.appendFileSync(file, `${separator}${GENERATED_NOTE}\nJWT_SECRET=${secret}\n`);
  console.info("Generated a development JWT_SECRET in .env.local");
  return secret;
}
