import type { Metadata } from "next";
import { RegisterForm } from "@/components/auth/register-form";
import { nextAfterSignIn } from "@/lib/client/next-path";

export const metadata: Metadata = { title: "Create an account" };

type Props = { searchParams: Promise<{ next?: string | string[] }> };

export default async function RegisterPage({ searchParams }: Props) {
  const { next } = await searchParams;
  return <RegisterForm next={nextAfterSignIn(Array.isArray(next) ? next[0] : next)} />;
}
