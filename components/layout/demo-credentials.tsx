"use client";
import { useAuthStore } from "@/lib/client/auth-store";

/** The demo account's sign-in, for guests only: a signed-in shopper has no use for it. */
export function DemoCredentials() {
  const signedOut = useAuthStore((state) => state.status === "signed-out");
  if (!signedOut) return null;
  return (
    <p data-testid="demo-credentials">
      Sign in as <span className="font-medium text-slate-800">user@example.com</span> /{" "}
      <span className="font-medium text-slate-800">password123</span>
    </p>
  );
}
