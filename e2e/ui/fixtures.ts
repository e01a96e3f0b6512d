// The browser tests' `test`: every page a test opens is watched for Content-Security-Policy
// violations and uncaught errors, so a script the policy blocks (or a crash) fails the test
// that caused it instead of passing silently.
import { test as base, expect, type Page } from "@playwright/test";

type Problems = { problems: string[] };

export const test = base.extend<Problems>({
  problems: [
    async ({ context }, use) => {
      const problems: string[] = [];
      await context.exposeBinding("__reportCspViolation", (_source, text: string) => problems.push(text));
      await context.addInitScript(() => {
        document.addEventListener("securitypolicyviolation", (event) => {
          const report = (window as unknown as { __reportCspViolation: (text: string) => void }).__reportCspViolation;
          const where = event.sourceFile ? ` (${event.sourceFile}:${event.lineNumber})` : "";
          void report(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI || "inline code"}${where}`);
        });
      });
      const watch = (page: Page) => page.on("pageerror", (error) => problems.push(`Uncaught error on ${page.url()}: ${error.message}`));
      context.pages().forEach(watch);
      context.on("page", watch);
      await use(problems);
      expect(problems, "no CSP violations or uncaught errors").toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
