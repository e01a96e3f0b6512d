import type { Metadata } from "next";
import { LoginForm } from "@/components/auth/login-form";
import { nextAfterSignIn } from "@/lib/client/next-path";

export const metadata: Metadata = { title: "Sign in" };

type Props = { searchParams: Promise<{ next?: string | string[]; reason?: string | string[] }> };

export default async function LoginPage({ searchParams }: Props) {
  const { next, reason } = await searchParams;
  return <LoginForm next={nextAfterSignIn(first(next))} reason={first(reason) ?? null} />;
}

function first(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}
