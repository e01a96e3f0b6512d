import "server-only";
// Register and login: check who the user is (once, with the password), then start a
// session, i.e. a refresh-token family, and hand out the first pair of tokens.
import { isUniqueViolation } from "@/lib/server/db";
import { ApiError } from "@/lib/server/http";
import type { UserDto } from "@/lib/shared/api-types";
import type { LoginInput, RegisterInput } from "@/lib/shared/schemas";
import { hashPassword, verifyAgainstDummy, verifyPassword } from "./password";
import { addressLimit, claimLoginSlot, clearLoginSlots, emailLimit, releaseLoginSlot } from "./rate-limit";
import { authContext, startSession, type AuthContext, type IssuedTokens } from "./refresh-token";

export type SignedIn = { user: UserDto; tokens: IssuedTokens };

const userSelect = { id: true, email: true, name: true } as const;

export async function register(input: RegisterInput, userAgent: string | null, ctx: AuthContext = authContext()): Promise<SignedIn> {
  const { db, now } = ctx;
  const emailTaken = () => new ApiError("email_taken", "An account with this email already exists");
  if (await db.user.findUnique({ where: { email: input.email }, select: { id: true } })) throw emailTaken();
  const name = input.name ?? input.email.slice(0, input.email.indexOf("@"));
  try {
    const user = await db.user.create({
      data: { email: input.email, name, passwordHash: await hashPassword(input.password), createdAt: now },
      select: userSelect,
    });
    return { user, tokens: await startSession(user.id, userAgent, ctx) };
  } catch (error) {
    // Two registrations racing for one email: the unique index decides.
    if (isUniqueViolation(error)) throw emailTaken();
    throw error;
  }
}

/** Who is signing in, as far as the server can tell: the browser's name and its address. */
export type LoginClient = { userAgent: string | null; address: string };

export async function login(input: LoginInput, client: LoginClient, ctx: AuthContext = authContext()): Promise<SignedIn> {
  const { db, config, now } = ctx;
  // Counted before the password is checked, so concurrent guesses cannot slip past the
  // limits. The email first: a login its limit refuses then takes nothing from the address.
  const email = emailLimit(input.email);
  const emailClaim = await claimLoginSlot(db, email, now);
  if ("retryAfter" in emailClaim) throw rateLimited(emailClaim.retryAfter, "email");
  const address = config.loginAddressMaxFailures > 0 ? addressLimit(client.address, config.loginAddressMaxFailures) : null;
  const addressClaim = address ? await claimLoginSlot(db, address, now) : null;
  if (addressClaim && "retryAfter" in addressClaim) {
    await releaseLoginSlot(db, email, emailClaim.slot); // refused, so not a failure
    throw rateLimited(addressClaim.retryAfter, "address");
  }
  const user = await db.user.findUnique({ where: { email: input.email }, select: { ...userSelect, passwordHash: true } });
  // Unknown email and wrong password take the same time and get the same answer, so
  // the login form cannot be used to find out who has an account.
  const valid = user ? await verifyPassword(user.passwordHash, input.password) : await verifyAgainstDummy(input.password);
  // A failure keeps the slots it claimed: that is what the limits count.
  if (!user || !valid) throw new ApiError("invalid_credentials", "The email or password is incorrect");
  // A success clears its email's failures, but only gives back its own slot of the
  // address's: otherwise signing in to one's own account now and then would reset the
  // count of a client trying passwords on everybody else's.
  await clearLoginSlots(db, email);
  if (address && addressClaim) await releaseLoginSlot(db, address, addressClaim.slot);
  const { passwordHash: _, ...dto } = user;
  return { user: dto, tokens: await startSession(user.id, client.userAgent, ctx) };
}

/** The 429; `details.limit` says which limit refused, so a client can say what to wait for. */
function rateLimited(retryAfter: number, limit: "email" | "address"): ApiError {
  const scope = limit === "email" ? "for this email" : "from this address";
  return new ApiError(
    "rate_limited",
    `Too many failed logins ${scope}. Try again in ${retryAfter} seconds.`,
    { retry_after: retryAfter, limit },
    { "Retry-After": String(retryAfter) },
  );
}

export async function findUser(userId: string, { db }: Pick<AuthContext, "db"> = authContext()): Promise<UserDto> {
  const user = await db.user.findUnique({ where: { id: userId }, select: userSelect });
  // A valid token for a user that no longer exists is not a valid token.
  if (!user) throw new ApiError("invalid_token", "The access token's user no longer exists");
  return user;
}
