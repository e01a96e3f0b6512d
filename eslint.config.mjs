// `npm run lint`. Next.js's own rules (React, hooks, accessibility, Core Web Vitals, and
// typescript-eslint's recommended set through eslint-config-next/typescript), then the
// project's boundaries: which code may reach the server modules, the database client and
// the environment.
import { defineConfig, globalIgnores } from "eslint/config";
import nextCoreWebVitals from "eslint-config-next/core-web-vitals";
import nextTypeScript from "eslint-config-next/typescript";

const SOURCE_FILES = ["**/*.{js,jsx,mjs,cjs,ts,tsx,mts,cts}"];

// Code that Next.js bundles for the server, the browser or both; configs, scripts, tests,
// e2e and bench run in Node on their own terms.
const APP_FILES = ["app/**", "components/**", "lib/**", "proxy.ts", "instrumentation.ts", "instrumentation-client.ts"];
const TEST_FILES = ["**/*.test.{ts,tsx}", "**/testing/**"];

// Only lib/server opens the database; everything else asks it (the pages and routes call
// its functions, the browser calls the API).
const noPrismaOutsideServer = {
  regex: "^@prisma/|^\\.prisma/|(^|/)lib/server/generated(/|$)",
  message:
    "Only lib/server talks to the database: use the functions in lib/server (db.ts, shop/, auth/) instead of @prisma/* or the generated client.",
};

// lib/client and lib/shared end up in the browser bundle: lib/server holds the database,
// the signing keys and password hashing, and its `server-only` import fails the build.
const noServerFromBrowserCode = {
  regex: "^@/lib/server(/|$)|(^|/)lib/server(/|$)|^(\\.\\./)+server(/|$)",
  message:
    "lib/client and lib/shared run in the browser: reach the server through the API (lib/client/api.ts), and put shared types and schemas in lib/shared.",
};

// Files that start with "use client" may sit anywhere (most are in components/, beside
// server components such as product-results.tsx that rightly call lib/server), so they are
// found by their directive rather than by their path.
const USE_CLIENT_MODULE = "Program:has(> ExpressionStatement[directive='use client'])";
const SERVER_PATH = "/(^|\\/)lib\\/server(\\/|$)/";
const noServerInUseClient = {
  selector: `${USE_CLIENT_MODULE} :matches(ImportDeclaration, ExportNamedDeclaration, ExportAllDeclaration, ImportExpression)[source.value=${SERVER_PATH}]`,
  message:
    'A "use client" module is sent to the browser: it must not import lib/server (database, secrets, password hashing). Call the API through lib/client, or move what both sides need to lib/shared.',
};

// lib/server/env.ts parses every setting once, with defaults and checks; a stray read
// elsewhere skips them, and in browser code Next.js inlines it at build time or leaves it
// undefined.
const ENV_MESSAGE =
  "Read settings through lib/server/env.ts (getEnv() or a function exported there), which validates them once; process.env in browser code is inlined at build time or undefined.";
const noProcessEnv = [
  {
    selector: "MemberExpression[object.name='process']:matches([computed=false][property.name='env'], [property.value='env'])",
    message: ENV_MESSAGE,
  },
  {
    selector: "ImportDeclaration[source.value=/^(node:)?process$/] > ImportSpecifier[imported.name='env']",
    message: ENV_MESSAGE,
  },
];

const config = defineConfig([
  globalIgnores([
    ".next/",
    "out/",
    "node_modules/",
    "lib/server/generated/",
    "test-results/",
    "playwright-report/",
    "blob-report/",
    "coverage/",
    ".e2e/",
    "next-env.d.ts",
  ]),
  ...nextCoreWebVitals,
  ...nextTypeScript,
  {
    files: SOURCE_FILES,
    rules: {
      // Product images and the logo are local SVG files, which next/image would pass
      // through unoptimized anyway; a plain <img> with width and height is what they need.
      "@next/next/no-img-element": "off",
      // `const { passwordHash: _, ...dto } = user` drops a field on purpose.
      "@typescript-eslint/no-unused-vars": [
        "warn",
        { ignoreRestSiblings: true, argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrorsIgnorePattern: "^_" },
      ],
    },
  },

  // Rule options do not merge across config objects: where two of these match a file,
  // the later one must carry every restriction that applies there.
  {
    files: SOURCE_FILES,
    ignores: ["lib/server/**", "prisma/**", "prisma.config.ts"],
    rules: { "no-restricted-imports": ["error", { patterns: [noPrismaOutsideServer] }] },
  },
  {
    files: ["lib/client/**", "lib/shared/**"],
    rules: { "no-restricted-imports": ["error", { patterns: [noPrismaOutsideServer, noServerFromBrowserCode] }] },
  },
  {
    files: APP_FILES,
    rules: { "no-restricted-syntax": ["error", noServerInUseClient, ...noProcessEnv] },
  },
  {
    files: ["lib/server/env.ts", ...TEST_FILES],
    rules: { "no-restricted-syntax": ["error", noServerInUseClient] },
  },
]);

export default config;
