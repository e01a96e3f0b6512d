// A stand-in for the shop's HTTP API, small but faithful where the client's behaviour
// depends on it: JWT-shaped access tokens that expire on the server's clock, rotating
// refresh tokens with reuse detection (no grace window: a double refresh revokes the
// session, so tests see it), cookie or body delivery, and docs/api.md's error shape. Every
// request is recorded exactly as the client sent it.
import type { AuthResponse, ErrorCode, TokenResponse, UserDto } from "@/lib/shared/api-types";

export type RecordedRequest = {
  method: string;
  path: string;
  headers: Record<string, string>;
  body: string | undefined;
  credentials: RequestCredentials | undefined;
};

type Reply = { status: number; body?: unknown };
export type RouteHandler = (request: RecordedRequest & { json: unknown; userId: string | null }) => Reply | Promise<Reply>;

/** A scripted answer: no answer at all, an error status (code `internal`), or a status with a code. */
export type Failure = "network" | number | { status: number; code: ErrorCode };

export const DEMO_USER: UserDto = { id: "u1", email: "user@example.com", name: "Demo Shopper" };

export function createFakeServer({ accessTtlSeconds = 1800, now = () => Date.now() } = {}) {
  let counter = 0;
  const accessTokens = new Map<string, { userId: string; family: string; expiresAt: number }>();
  const refreshTokens = new Map<string, { userId: string; family: string; used: boolean }>();
  const revoked = new Set<string>();
  const routes = new Map<string, { handler: RouteHandler; isPublic: boolean }>();
  const failures = new Map<string, Failure[]>();
  const requests: RecordedRequest[] = [];
  let cookie: string | null = null; // the browser's cookie jar, shared by its tabs
  let latencyMs = 0;

  const error = (status: number, code: ErrorCode, message: string = code, details: Record<string, unknown> = {}): Reply => ({
    status,
    body: { error: { code, message, details } },
  });

  function issue(userId: string, family: string, delivery: "cookie" | "body"): TokenResponse {
    counter += 1;
    const iat = Math.floor(now() / 1000);
    const accessToken = fakeJwt({ sub: userId, sid: family, iat, exp: iat + accessTtlSeconds, jti: `a${counter}` });
    const refreshToken = `rt-${counter}`;
    accessTokens.set(accessToken, { userId, family, expiresAt: now() + accessTtlSeconds * 1000 });
    refreshTokens.set(refreshToken, { userId, family, used: false });
    if (delivery === "cookie") cookie = refreshToken;
    return {
      access_token: accessToken,
      ...(delivery === "body" ? { refresh_token: refreshToken } : {}),
      token_type: "Bearer",
      expires_in: accessTtlSeconds,
      refresh_expires_in: 604800,
    };
  }

  function authenticate(headers: Record<string, string>): { userId: string } | Reply {
    const header = headers.authorization;
    if (!header?.startsWith("Bearer ")) return error(401, "unauthorized");
    const token = accessTokens.get(header.slice(7));
    if (!token || revoked.has(token.family)) return error(401, "invalid_token");
    if (now() >= token.expiresAt) return error(401, "token_expired", "The access token has expired");
    return { userId: token.userId };
  }

  /** The refresh token a refresh or logout presents: the body's, else the cookie. */
  function presented(request: RecordedRequest, json: unknown): { token: string | null; delivery: "cookie" | "body" } {
    const bodyToken = (json as { refresh_token?: string } | undefined)?.refresh_token;
    if (bodyToken !== undefined) return { token: bodyToken, delivery: "body" };
    return { token: request.credentials === "omit" ? null : cookie, delivery: "cookie" };
  }

  function refresh(request: RecordedRequest, json: unknown): Reply {
    const { token, delivery } = presented(request, json);
    const record = token ? refreshTokens.get(token) : undefined;
    if (!record || revoked.has(record.family)) {
      if (delivery === "cookie") cookie = null;
      return error(401, "invalid_grant");
    }
    if (record.used) {
      revoked.add(record.family); // reuse: theft assumed, the whole session ends
      if (delivery === "cookie") cookie = null;
      return error(401, "invalid_grant", "reused");
    }
    record.used = true;
    return { status: 200, body: issue(record.userId, record.family, delivery) };
  }

  function logout(request: RecordedRequest, json: unknown): Reply {
    const { token, delivery } = presented(request, json);
    const record = token ? refreshTokens.get(token) : undefined;
    if (delivery === "cookie") cookie = null;
    if (!record) return error(401, "invalid_grant");
    revoked.add(record.family);
    return { status: 204 };
  }

  function signIn(json: unknown, status: number): Reply {
    const input = json as { email?: string; password?: string; refresh_token_delivery?: "cookie" | "body" };
    if (input.password !== "password123") return error(401, "invalid_credentials");
    const tokens = issue(DEMO_USER.id, `f${(counter += 1)}`, input.refresh_token_delivery ?? "body");
    return { status, body: { ...tokens, user: DEMO_USER } satisfies AuthResponse };
  }

  async function handle(request: RecordedRequest): Promise<Reply> {
    const json: unknown = request.body ? JSON.parse(request.body) : undefined;
    const key = `${request.method} ${request.path}`;
    if (key === "POST /auth/login") return signIn(json, 200);
    if (key === "POST /auth/register") return signIn(json, 201);
    if (key === "POST /auth/refresh") return refresh(request, json);
    if (key === "POST /auth/logout") return logout(request, json);
    const custom = routes.get(key);
    if (custom?.isPublic) return custom.handler({ ...request, json, userId: null });
    const auth = authenticate(request.headers);
    if ("status" in auth) return auth;
    if (key === "GET /auth/me") return { status: 200, body: { user: DEMO_USER } };
    if (key === "POST /auth/logout-all") {
      for (const record of refreshTokens.values()) if (record.userId === auth.userId) revoked.add(record.family);
      cookie = null; // the real route clears the caller's cookie too
      return { status: 204 };
    }
    if (custom) return custom.handler({ ...request, json, userId: auth.userId });
    return { status: 200, body: { method: request.method, path: request.path, body: json ?? null } };
  }

  const fetch = async (input: RequestInfo | URL, init: RequestInit = {}): Promise<Response> => {
    const url = String(input);
    const request: RecordedRequest = {
      method: init.method ?? "GET",
      path: url.replace(/^\/api\/v1/, ""),
      headers: Object.fromEntries(new Headers(init.headers).entries()),
      body: typeof init.body === "string" ? init.body : undefined,
      credentials: init.credentials,
    };
    requests.push(request);
    if (latencyMs > 0) await new Promise((resolve) => setTimeout(resolve, latencyMs));
    if (init.signal?.aborted) throw init.signal.reason;
    const failure = failures.get(request.path)?.shift();
    if (failure === "network") throw new TypeError("Failed to fetch");
    if (typeof failure === "number") return Response.json(error(failure, "internal").body, { status: failure });
    if (failure) return Response.json(error(failure.status, failure.code).body, { status: failure.status });
    const reply = await handle(request);
    if (reply.status === 204) return new Response(null, { status: 204 });
    return Response.json(reply.body, { status: reply.status });
  };

  return {
    fetch,
    requests,
    /** Requests to one path, e.g. calls("/auth/refresh").length. */
    calls: (path: string) => requests.filter((r) => r.path === path),
    /** A handler for "METHOD /path"; protected (Bearer) unless `isPublic`. */
    route(key: string, handler: RouteHandler, { isPublic = false } = {}) {
      routes.set(key, { handler, isPublic });
    },
    /** The next answers for a path: a network failure or an error status, in order. */
    fail(path: string, ...plan: Failure[]) {
      failures.set(path, [...(failures.get(path) ?? []), ...plan]);
    },
    expireAccessTokens() {
      for (const token of accessTokens.values()) token.expiresAt = Number.NEGATIVE_INFINITY;
    },
    setLatency(ms: number) {
      latencyMs = ms;
    },
    /** A session started outside the client (as if logged in earlier). */
    startSession(delivery: "cookie" | "body"): AuthResponse {
      return { ...issue(DEMO_USER.id, `f${(counter += 1)}`, delivery), user: DEMO_USER };
    },
    cookie: () => cookie,
    setCookie(value: string | null) {
      cookie = value;
    },
    isRevoked: (refreshToken: string) => {
      const record = refreshTokens.get(refreshToken);
      return !record || revoked.has(record.family);
    },
  };
}

export type FakeServer = ReturnType<typeof createFakeServer>;

/** An unsigned JWT with the claims a real access token carries (the client must never need them). */
function fakeJwt(claims: Record<string, unknown>): string {
  const part = (value: unknown) => Buffer.from(JSON.stringify(value)).toString("base64url");
  return `${part({ alg: "HS256", typ: "at+jwt" })}.${part(claims)}.signature`;
}
