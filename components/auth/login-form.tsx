"use client";
import Link from "next/link";
import { useState, type FormEvent } from "react";
import { login } from "@/lib/client/auth";
import { useAuthStore } from "@/lib/client/auth-store";
import { fieldErrors, loginSchema } from "@/lib/shared/schemas";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";
import { useFormErrors } from "@/components/ui/form-errors";
import { AuthCard } from "./auth-card";
import { withNext } from "@/lib/client/next-path";
import { useRedirectWhenSignedIn } from "./use-redirect-when-signed-in";

const DEMO = { email: "user@example.com", password: "password123" };

/** `next`: a checked same-site path to return to; `reason`: why the shopper was sent here. */
export function LoginForm({ next, reason }: { next: string; reason: string | null }) {
  const storeReason = useAuthStore((state) => state.signedOutReason);
  const mode = useAuthStore((state) => state.mode);
  const [values, setValues] = useState({ email: "", password: "" });
  const { formRef, fields, formError, showFieldErrors, clearFieldErrors, clearFormError, showApiError } = useFormErrors(values);
  const [pending, setPending] = useState(false);
  useRedirectWhenSignedIn(next);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (pending) return;
    clearFormError();
    // The same schema as the server, so most mistakes are caught without a round trip.
    const checked = loginSchema.safeParse(values);
    if (!checked.success) return showFieldErrors(fieldErrors(checked.error));
    clearFieldErrors();
    setPending(true);
    try {
      await login(checked.data);
    } catch (error) {
      showApiError(error);
      setPending(false);
    }
  }

  // A refused site address explains itself; it also arrives as an ended session.
  const originRefused = storeReason === "origin_refused";
  const stormStopped = storeReason === "refresh_storm";
  const expired = !originRefused && !stormStopped && (reason === "session_expired" || storeReason === "session_expired");
  return (
    <AuthCard
      title="Sign in"
      intro="Welcome back. Your cart is waiting."
      footer={
        <>
          New here?{" "}
          <Link href={withNext("/register", next)} className="font-medium text-brand-700 underline">
            Create an account
          </Link>
        </>
      }
    >
      <div className="flex flex-col gap-5">
        {originRefused && (
          <Alert tone="warning" title="This address is not accepted for sign-in">
            The shop refused to keep you signed in at {window.location.origin}, because it is not the address the shop is configured for. Open
            the shop at its usual address and sign in there.
          </Alert>
        )}
        {expired && (
          <Alert tone="warning" title="Your session has ended">
            For your security you were signed out. Sign in again{next !== "/" ? " and we'll take you back to where you were" : " to continue"}.
          </Alert>
        )}
        {stormStopped && (
          <Alert tone="warning" title="We could not keep you signed in">
            Every new sign-in token the shop sent was already expired, so this browser stopped asking for more instead of trying again and again.
            Sign in again; if it happens again, check that this device&apos;s date and time are right.
          </Alert>
        )}
        {!expired && storeReason === "logged_out_elsewhere" && (
          <Alert tone="info" title="You were signed out">
            You signed out in another tab of this browser.
          </Alert>
        )}
        {!expired && storeReason === "storage_mode_changed" && (
          <Alert tone="info" title="Token storage changed">
            Sign in again and your new tokens will be kept {mode === "cookie" ? "in an HttpOnly cookie and memory" : "in localStorage"}.
          </Alert>
        )}
        {formError && <Alert tone="error">{formError}</Alert>}
        <form ref={formRef} method="post" onSubmit={submit} noValidate className="flex flex-col gap-4">
          <TextField
            label="Email"
            name="email"
            type="email"
            autoComplete="email"
            required
            value={values.email}
            onChange={(event) => setValues({ ...values, email: event.target.value })}
            error={fields.email}
          />
          <TextField
            label="Password"
            name="password"
            type="password"
            autoComplete="current-password"
            required
            value={values.password}
            onChange={(event) => setValues({ ...values, password: event.target.value })}
            error={fields.password}
          />
          <Button type="submit" size="lg" pending={pending}>
            {pending ? "Signing in…" : "Sign in"}
          </Button>
        </form>
        <div className="rounded-lg bg-slate-50 px-4 py-3 text-sm text-slate-700">
          Just looking around?{" "}
          <button type="button" className="font-medium text-brand-700 underline" onClick={() => setValues(DEMO)}>
            Use the demo account
          </button>{" "}
          ({DEMO.email} / {DEMO.password}).
        </div>
      </div>
    </AuthCard>
  );
}
