import "server-only";
// How the unit tests read what a server function decided: "ok", or the contract's error
// code. A rejection that is not an ApiError (a bug, a database error) is thrown on, so it
// fails the test instead of passing as some code.
import { expect } from "vitest";
import { ApiError } from "@/lib/server/http";

/** "ok" when `promise` fulfils, else the error code of the ApiError it rejects with. */
export async function outcomeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return "ok";
  } catch (error) {
    if (error instanceof ApiError) return error.code;
    throw error;
  }
}

/** The ApiError `promise` rejects with (its code, status, fields); fails the test if it fulfils. */
export async function apiErrorOf(promise: Promise<unknown>): Promise<ApiError> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(ApiError);
  return error as ApiError;
}
