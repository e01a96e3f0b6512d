// API errors → sentences a shopper understands. The API's own messages are written for
// people, so they are used as they are, except where the shopper needs other words.
import { ApiRequestError } from "@/lib/client/client";

export function errorMessage(error: unknown): string {
  if (!(error instanceof ApiRequestError)) return "Something went wrong. Please try again.";
  switch (error.code) {
    case "network_error":
      return "We couldn't reach the shop. Check your connection and try again.";
    case "internal":
      return "Something went wrong on our side. Please try again in a moment.";
    case "invalid_credentials":
      return "That email and password don't match an account. Check them and try again.";
    case "rate_limited":
      return error.details.limit === "address"
        ? "Too many failed sign-ins from your network. Please wait a few minutes, then try again."
        : "Too many failed sign-ins for this email. Please wait a few minutes, then try again.";
    case "unauthorized":
    case "invalid_token":
    case "invalid_grant":
      return "Your session has ended. Please sign in again.";
    default:
      return error.message;
  }
}

/** `details.fields` of a 400 invalid_request (or an empty object), for errors next to the fields. */
export function fieldMessages(error: unknown): Record<string, string> {
  if (!(error instanceof ApiRequestError)) return {};
  const fields = error.details.fields;
  return fields && typeof fields === "object" ? (fields as Record<string, string>) : {};
}
