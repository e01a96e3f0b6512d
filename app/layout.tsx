import type { Metadata } from "next";
import { connection } from "next/server";
import type { ReactNode } from "react";
import { ReuseNotice } from "@/components/account/reuse-notice";
import { InspectorPanel } from "@/components/inspector/inspector-panel";
import { SessionProvider } from "@/components/session-provider";
import { SiteFooter } from "@/components/layout/site-footer";
import { SiteHeader } from "@/components/layout/site-header";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Two-Token Shop", template: "%s · Two-Token Shop" },
  description: "A demo storefront that shows how access and refresh tokens keep a shopper signed in.",
  icons: { icon: "/favicon.svg" },
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  // Every page is rendered per request: the Content-Security-Policy nonce (proxy.ts) is new
  // each time, and Next.js can only stamp it on the scripts of a page it renders now.
  await connection();
  return (
    <html lang="en">
      <body className="flex min-h-screen flex-col">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:top-4 focus:left-4 focus:z-50 focus:rounded-lg focus:bg-white focus:px-4 focus:py-2 focus:shadow"
        >
          Skip to content
        </a>
        <SessionProvider>
          <SiteHeader />
          <ReuseNotice />
          <main id="main" className="mx-auto w-full max-w-6xl flex-1 px-4 py-8">
            {children}
          </main>
          <SiteFooter />
          <InspectorPanel />
        </SessionProvider>
      </body>
    </html>
  );
}
