import "server-only";
// Register and login: check who the user is (once, with the password), then start a
// session, i.e. a refresh-token family, and hand out the first pair of tokens.
import { isUniqueViolation } from "@/lib/server/db";
import { ApiError } from "@/lib/server/http";
import type { UserDto } from "@/lib/shared/api-types";
import type { LoginInput, RegisterInput } from "@/lib/shared/schemas";
import { hashPassword, verifyAgainstDummy, verifyPassword } from "./password";
import { claimLoginAttempt, clearFailedLogins } from "./rate-limit";
import { authContext, startSession, type AuthContext, type IssuedTokens } from "./refresh-token";

export type SignedIn = { user: UserDto; tokens: IssuedTokens };

const userSelect = { id: true, email: true, name: true } as const;

export async function register(
  input: RegisterInput,
  userAgent: string | null,
  ctx: AuthContext = authContext(),
): Promise<SignedIn> {
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

export async function login(input: LoginInput, userAgent: string | null, ctx: AuthContext = authContext()): Promise<SignedIn> {
  const { db, now } = ctx;
  // Counted before the password is checked, so concurrent guesses cannot slip past the limit.
  const retryAfter = await claimLoginAttempt(db, input.email, now);
  if (retryAfter !== null) {
    throw new ApiError(
      "rate_limited",
      `Too many failed logins for this email. Try again in ${retryAfter} seconds.`,
      { retry_after: retryAfter },
      { "Retry-After": String(retryAfter) },
    );
  }
  const user = await db.user.findUnique({ where: { email: input.email }, select: { ...userSelect, passwordHash: true } });
  // Unknown email and wrong password take the same time and get the same answer, so
  // the login form cannot be used to find out who has an account.
  const valid = user ? await verifyPassword(user.passwordHash, input.password) : await verifyAgainstDummy(input.password);
  // A failure keeps the attempt it claimed: that is what the rate limit counts.
  if (!user || !valid) throw new ApiError("invalid_credentials", "The email or password is incorrect");
  await clearFailedLogins(db, input.email);
  const { passwordHash: _, ...dto } = user;
  return { user: dto, tokens: await startSession(user.id, userAgent, ctx) };
}

export async function findUser(userId: string, { db }: Pick<AuthContext, "db"> = authContext()): Promise<UserDto> {
  const user = await db.user.findUnique({ where: { id: userId }, select: userSelect });
  // A valid token for a user that no longer exists is not a valid token.
  if (!user) throw new ApiError("invalid_token", "The access token's user no longer exists");
  return user;
}
