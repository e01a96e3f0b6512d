// The one error every lib/client call throws: the server's docs/api.md error (status, code,
// details) or, when no answer came back at all, `network_error` with status 0. Pages
// switch on `code`, never on message text.
import type { ApiErrorBody, ErrorCode } from "@/lib/shared/api-types";

export type ClientErrorCode = ErrorCode | "network_error";

export class ApiRequestError extends Error {
  readonly status: number;
  readonly code: ClientErrorCode;
  readonly details: Record<string, unknown>;

  constructor(status: number, code: ClientErrorCode, message: string, details: Record<string, unknown> = {}) {
    super(message);
    this.name = "ApiRequestError";
    this.status = status;
    this.code = code;
    this.details = details;
  }
}

/** Turns a non-2xx answer into an ApiRequestError (a proxy's HTML error page becomes `internal`). */
export function errorFromBody(status: number, body: unknown): ApiRequestError {
  const error = (body as Partial<ApiErrorBody> | null)?.error;
  if (error && typeof error.code === "string" && typeof error.message === "string") {
    return new ApiRequestError(status, error.code, error.message, error.details ?? {});
  }
  return new ApiRequestError(status, "internal", `The server answered ${status}`);
}

export function networkError(cause: unknown): ApiRequestError {
  const reason = cause instanceof Error ? cause.message : String(cause);
  return new ApiRequestError(0, "network_error", `The server could not be reached (${reason})`);
}

/**
 * Failures worth retrying later: no answer, a timeout or a server-side error. A 4xx is
 * the server's final word about this request and retrying it changes nothing.
 */
export function isTransient(error: unknown): boolean {
  return error instanceof ApiRequestError && (error.status === 0 || error.status === 429 || error.status >= 500);
}
