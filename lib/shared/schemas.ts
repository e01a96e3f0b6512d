// Request schemas of docs/api.md, shared by the route handlers (the authority) and the
// browser forms (so a shopper sees the same message before a round trip).
import { z } from "zod";

// "Required" reads better than zod's "expected string, received undefined".
const required = (message: string) => (issue: { input?: unknown }) => (issue.input === undefined ? "Required" : message);

export const emailSchema = z
  .string({ error: required("Must be a string") })
  .trim()
  .max(254, "Must be at most 254 characters")
  .refine(looksLikeEmail, "Must be an email address like name@example.com")
  .transform((email) => email.toLowerCase());

/** One "@", something before it, and a dot inside the domain part. */
function looksLikeEmail(value: string): boolean {
  const parts = value.split("@");
  if (parts.length !== 2) return false;
  const [local, domain] = parts as [string, string];
  if (local.length === 0 || /\s/.test(value)) return false;
  const dot = domain.indexOf(".");
  return dot > 0 && dot < domain.length - 1;
}

export const passwordSchema = z
  .string({ error: required("Must be a string") })
  .min(8, "Must be at least 8 characters")
  .max(128, "Must be at most 128 characters");

export const deliverySchema = z.enum(["body", "cookie"], { error: required('Must be "body" or "cookie"') }).optional();

export const registerSchema = z.object({
  email: emailSchema,
  password: passwordSchema,
  name: z
    .string({ error: (issue) => (issue.input === null ? "Must be a string, not null" : "Must be a string") })
    .trim()
    .min(1, "Must be 1 to 100 characters")
    .max(100, "Must be 1 to 100 characters")
    .optional(),
  refresh_token_delivery: deliverySchema,
});

export const loginSchema = z.object({
  email: emailSchema,
  // Login checks only that a password was sent: the rules are for new passwords.
  password: z
    .string({ error: required("Must be a string") })
    .min(1, "Required")
    .max(1024, "Too long"),
  refresh_token_delivery: deliverySchema,
});

/** Refresh and logout: the token may come from the body or, when absent, the cookie. */
export const refreshSchema = z.object({
  refresh_token: z.string({ error: "Must be a string" }).optional(),
});

export type RegisterInput = z.infer<typeof registerSchema>;
export type LoginInput = z.infer<typeof loginSchema>;

/** Flattens zod issues into docs/api.md's `details.fields`: one message per field path. */
export function fieldErrors(error: z.ZodError): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.length > 0 ? issue.path.join(".") : "body";
    fields[key] ??= issue.message;
  }
  return fields;
}

export const PRODUCT_SORTS = ["newest", "price_asc", "price_desc", "name"] as const;
export type ProductSort = (typeof PRODUCT_SORTS)[number];

const wholeNumber = (min: number, max: number, message: string) =>
  z
    .string()
    .regex(/^\d{1,6}$/, message)
    .transform(Number)
    .refine((n) => n >= min && n <= max, message);

/** GET /products query values, as strings from the URL (an empty q or category = no filter). */
export const productQuerySchema = z.object({
  q: z
    .string()
    .max(200, "Must be at most 200 characters")
    .transform((q) => q.trim())
    .optional(),
  category: z.string().max(100, "Must be at most 100 characters").optional(),
  sort: z.enum(PRODUCT_SORTS, { error: `Must be one of ${PRODUCT_SORTS.join(", ")}` }).default("newest"),
  page: wholeNumber(1, 100_000, "Must be a whole number of at least 1").default(1),
  limit: wholeNumber(1, 100, "Must be a whole number from 1 to 100").default(24),
});

export type ProductQuery = z.output<typeof productQuerySchema>;

/** GET /auth/sessions: the live sessions (the default) or those ended in the last 30 days. */
export const sessionsQuerySchema = z.object({
  state: z.enum(["live", "ended"], { error: 'Must be "live" or "ended"' }).default("live"),
});

/** The most of one product a cart line (and so an order line) may hold. */
export const MAX_LINE_QUANTITY = 99;

const quantity = (min: number) => {
  const message = `Must be a whole number from ${min} to ${MAX_LINE_QUANTITY}`;
  // No coercion: "2" is a string, not a quantity, and 1.5 is not a whole one.
  return z
    .number({ error: required(message) })
    .int(message)
    .min(min, message)
    .max(MAX_LINE_QUANTITY, message);
};

/** POST /cart/items. */
export const addCartItemSchema = z.object({
  product_id: z.string({ error: required("Must be a string") }).min(1, "Required"),
  quantity: quantity(1),
});

/** PATCH /cart/items/{product_id}: 0 removes the line. */
export const setCartQuantitySchema = z.object({ quantity: quantity(0) });

const shippingField = z
  .string({ error: required("Must be a string") })
  .trim()
  .min(1, "Must be 1 to 200 characters")
  .max(200, "Must be 1 to 200 characters");

/** POST /checkout. */
export const checkoutSchema = z.object({
  shipping: z.object(
    {
      name: shippingField,
      address: shippingField,
      city: shippingField,
      postal_code: shippingField,
      country: shippingField,
    },
    { error: required("Must be an object") },
  ),
});

/** The `Idempotency-Key` header of POST /checkout. */
export const idempotencyKeySchema = z
  .string({ error: required("Must be a string") })
  .regex(/^[\x20-\x7e]{1,255}$/, "Must be 1 to 255 printable ASCII characters");

export type AddCartItemInput = z.infer<typeof addCartItemSchema>;
export type CheckoutInput = z.infer<typeof checkoutSchema>;
