"use client";
import Link from "next/link";
import { useState, type FormEvent } from "react";
import { register } from "@/lib/client/auth";
import { ApiRequestError } from "@/lib/client/client";
import { fieldErrors, registerSchema } from "@/lib/shared/schemas";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";
import { showToast } from "@/components/ui/toast";
import { useFormErrors } from "@/components/ui/form-errors";
import { AuthCard } from "./auth-card";
import { withNext } from "@/lib/client/next-path";
import { useRedirectWhenSignedIn } from "./use-redirect-when-signed-in";

export function RegisterForm({ next }: { next: string }) {
  const [values, setValues] = useState({ name: "", email: "", password: "" });
  const { formRef, fields, formError, showFieldErrors, clearFieldErrors, clearFormError, showApiError } = useFormErrors(values);
  const [pending, setPending] = useState(false);
  useRedirectWhenSignedIn(next);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (pending) return;
    clearFormError();
    // A blank name is left out: the server then uses the part of the email before "@".
    const input = { email: values.email, password: values.password, ...(values.name.trim() ? { name: values.name } : {}) };
    const checked = registerSchema.safeParse(input);
    if (!checked.success) return showFieldErrors(fieldErrors(checked.error));
    clearFieldErrors();
    setPending(true);
    try {
      const user = await register(checked.data);
      showToast(`Welcome, ${user.name}! Your account is ready.`);
    } catch (error) {
      if (error instanceof ApiRequestError && error.code === "email_taken") {
        showFieldErrors({ email: "An account with this email already exists. Sign in instead?" });
      } else {
        showApiError(error);
      }
      setPending(false);
    }
  }

  return (
    <AuthCard
      title="Create your account"
      intro="Save your cart, check out and see your orders on every device."
      footer={
        <>
          Already have an account?{" "}
          <Link href={withNext("/login", next)} className="font-medium text-brand-700 underline">
            Sign in
          </Link>
        </>
      }
    >
      <div className="flex flex-col gap-5">
        {formError && <Alert tone="error">{formError}</Alert>}
        <form ref={formRef} method="post" onSubmit={submit} noValidate className="flex flex-col gap-4">
          <TextField
            label="Name (optional)"
            name="name"
            autoComplete="name"
            maxLength={100}
            value={values.name}
            onChange={(event) => setValues({ ...values, name: event.target.value })}
            error={fields.name}
          />
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
            autoComplete="new-password"
            required
            hint="8 to 128 characters."
            value={values.password}
            onChange={(event) => setValues({ ...values, password: event.target.value })}
            error={fields.password}
          />
          <Button type="submit" size="lg" pending={pending}>
            {pending ? "Creating account…" : "Create account"}
          </Button>
        </form>
      </div>
    </AuthCard>
  );
}
