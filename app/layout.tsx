import type { Metadata } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Two-Token Shop", template: "%s · Two-Token Shop" },
  description: "A demo storefront that shows how access and refresh tokens keep a shopper signed in.",
  icons: { icon: "/favicon.svg" },
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body className="flex min-h-screen flex-col">
        <header className="border-b border-slate-200 bg-white">
          <div className="mx-auto flex max-w-6xl items-center gap-6 px-4 py-3">
            <Link href="/" className="flex items-center gap-2 text-lg font-semibold text-slate-900">
              <img src="/favicon.svg" alt="" width={28} height={28} />
              Two-Token Shop
            </Link>
          </div>
        </header>
        <main className="mx-auto w-full max-w-6xl flex-1 px-4 py-8">{children}</main>
        <footer className="border-t border-slate-200 bg-white py-6 text-center text-sm text-slate-600">
          A demo shop: nothing is charged or shipped. Sign in as user@example.com / password123.
        </footer>
      </body>
    </html>
  );
}
