// Shared steps of the HTTP contract tests.
import { expect, type APIRequestContext, type APIResponse } from "@playwright/test";
import type { AuthResponse, ErrorCode } from "@/lib/shared/api-types";

export const DEMO = { email: "user@example.com", password: "password123" } as const;

let counter = 0;
/** An email no other test (or earlier run against the same database) has used. */
export function uniqueEmail(label = "shopper"): string {
  counter += 1;
  return `${label}-${Date.now().toString(36)}-${process.pid}-${counter}@example.com`;
}

export async function register(
  request: APIRequestContext,
  data: Record<string, unknown> = {},
  baseURL = "",
): Promise<AuthResponse & { email: string; password: string }> {
  const email = (data.email as string | undefined) ?? uniqueEmail();
  const password = (data.password as string | undefined) ?? "correct horse battery";
  const response = await request.post(`${baseURL}/api/v1/auth/register`, { data: { email, password, ...data } });
  expect(response.status(), await response.text()).toBe(201);
  return { ...(await response.json()), email, password };
}

export const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });

/** Asserts docs/api.md's one error shape, and the RFC 6750 header on every 401. */
export async function expectError(response: APIResponse, status: number, code: ErrorCode) {
  const body = await response.json().catch(() => ({}));
  expect({ status: response.status(), code: body?.error?.code }).toEqual({ status, code });
  expect(typeof body.error.message).toBe("string");
  expect(body.error.details).toBeInstanceOf(Object);
  const challenge = response.headers()["www-authenticate"];
  if (status === 401) {
    expect(challenge).toMatch(/^Bearer realm="shop"/);
    if (code === "token_expired" || code === "invalid_token") {
      expect(challenge).toMatch(/, error="invalid_token", error_description="[^"]+"$/);
    } else {
      expect(challenge).toBe('Bearer realm="shop"');
    }
  } else {
    expect(challenge).toBeUndefined();
  }
  return body.error as { code: ErrorCode; message: string; details: Record<string, unknown> };
}

/** Waits, by polling a protected route, until the server calls this access token expired. */
export async function waitUntilExpired(request: APIRequestContext, accessToken: string, baseURL = ""): Promise<void> {
  await expect
    .poll(
      async () => {
        const response = await request.get(`${baseURL}/api/v1/auth/me`, { headers: bearer(accessToken) });
        return response.status() === 401 ? (await response.json()).error.code : response.status();
      },
      { timeout: 15_000, intervals: [250] },
    )
    .toBe("token_expired");
}
