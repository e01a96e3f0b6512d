import "server-only";
// Idempotency-Key for POST /checkout. A shopper whose checkout got no answer (a dropped
// connection, or a 401 token_expired followed by a refresh) sends it again with the
// same key, and must get the first order back, not a second one.
//
// The guard is the database's unique index on (user, key), not a lock in this process:
// the first request inserts the key (the claim) before it buys anything, so of any
// number of requests with one key, on any number of server instances, exactly one
// proceeds. The order binds the key in the checkout's own transaction; a checkout that
// fails deletes its claim, so only a 201 binds a key.
import { createHash } from "node:crypto";
import { z } from "zod";
import { isUniqueViolation, type Db, type Tx } from "@/lib/server/db";
import { ApiError, parseWith } from "@/lib/server/http";
import { idempotencyKeySchema } from "@/lib/shared/schemas";

const headerSchema = z.object({ "Idempotency-Key": idempotencyKeySchema });

/** The request's `Idempotency-Key`; missing or malformed is 400 invalid_request. */
export function idempotencyKeyOf(request: Request): string {
  const header = { "Idempotency-Key": request.headers.get("idempotency-key") ?? undefined };
  return parseWith(headerSchema, header, "Send an Idempotency-Key header")["Idempotency-Key"];
}

/**
 * A body's fingerprint: SHA-256 of its canonical JSON (object keys sorted, no
 * whitespace), so two bodies that are JSON-equal have the same hash however their
 * keys are ordered or spaced, and any other difference gives another hash.
 */
export function requestHash(body: unknown): string {
  return createHash("sha256").update(canonicalJson(body)).digest("hex");
}

export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (value !== null && typeof value === "object") {
    const object = value as Record<string, unknown>;
    const members = Object.keys(object)
      .sort()
      .map((name) => `${JSON.stringify(name)}:${canonicalJson(object[name])}`);
    return `{${members.join(",")}}`;
  }
  return JSON.stringify(value);
}

/**
 * How long a claim without an order blocks its key (docs/api.md: at most 30 seconds). Past
 * that, the request that made it is taken to have died (a crash or a restart) before it
 * could bind or release it, and a retry takes the key over. Should that request be alive
 * after all (a checkout slowed by a busy database), nothing doubles: its order binds the
 * claim inside its own transaction (bindIdempotencyKey), the claim is gone, so its whole
 * checkout rolls back and it answers 409, while the retry's checkout is the one order.
 */
export const ABANDONED_CLAIM_MS = 30 * 1000;

export type Claim = { kind: "claimed"; id: string } | { kind: "replay"; orderId: string };

type ClaimRequest = { userId: string; key: string; requestHash: string; now: Date };

/**
 * Claims the key for a new checkout, or says which order it already produced.
 * Throws 409 idempotency_conflict when the key is bound to another body or another
 * request is still using it.
 */
export async function claimIdempotencyKey(db: Db, request: ClaimRequest): Promise<Claim> {
  const { userId, key, requestHash, now } = request;
  // Another request may release or abandon its claim between our insert and our
  // read; a few rounds settle that (each one makes progress or gives an answer).
  for (let round = 0; round < 3; round++) {
    try {
      const claim = await db.idempotencyKey.create({
        data: { userId, key, requestHash, createdAt: now },
        select: { id: true },
      });
      return { kind: "claimed", id: claim.id };
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
    }
    const existing = await db.idempotencyKey.findUnique({
      where: { userId_key: { userId, key } },
      select: { id: true, requestHash: true, orderId: true, createdAt: true },
    });
    if (!existing) continue;
    if (existing.orderId !== null) {
      if (existing.requestHash !== requestHash) {
        throw conflict("This Idempotency-Key was used for a checkout with a different body; use a new key");
      }
      return { kind: "replay", orderId: existing.orderId };
    }
    if (now.getTime() - existing.createdAt.getTime() < ABANDONED_CLAIM_MS) {
      throw conflict("A checkout with this Idempotency-Key is still in progress");
    }
    // Abandoned: remove it (only if still unbound) and claim again. Should its request
    // be alive after all, its bind now fails and its transaction rolls back.
    await db.idempotencyKey.deleteMany({ where: { id: existing.id, orderId: null } });
  }
  throw conflict("A checkout with this Idempotency-Key is still in progress");
}

/** Inside the checkout's transaction: the order binds the claim, or the whole checkout rolls back. */
export async function bindIdempotencyKey(tx: Tx, claimId: string, orderId: string): Promise<void> {
  const { count } = await tx.idempotencyKey.updateMany({ where: { id: claimId, orderId: null }, data: { orderId } });
  if (count !== 1) throw conflict("This checkout's Idempotency-Key was taken over by another request");
}

/** After a failed checkout: frees the key for another try (a bound key is never released). */
export async function releaseIdempotencyKey(db: Db, claimId: string): Promise<void> {
  await db.idempotencyKey.deleteMany({ where: { id: claimId, orderId: null } });
}

const conflict = (message: string) => new ApiError("idempotency_conflict", message);
