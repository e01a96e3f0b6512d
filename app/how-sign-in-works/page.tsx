import type { Metadata } from "next";
import { connection } from "next/server";
import { AuthInspector } from "@/components/inspector/auth-inspector";
import { inspectorConfig } from "@/lib/server/auth/demo";

export const metadata: Metadata = { title: "How sign-in works" };

export default async function HowSignInWorksPage() {
  await connection(); // the settings of the running server, not of the build
  return <AuthInspector config={inspectorConfig()} />;
}
