import type { Metadata } from "next";
import { AccountView } from "@/components/account/account-view";
import { RequireAuth } from "@/components/auth/require-auth";
import { LoadingRegion, Skeleton } from "@/components/ui/skeleton";

export const metadata: Metadata = { title: "Your account" };

export default function AccountPage() {
  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-3xl font-bold tracking-tight">Your account</h1>
      <RequireAuth
        fallback={
          <LoadingRegion label="Checking your session…">
            <Skeleton className="h-40" />
          </LoadingRegion>
        }
      >
        <AccountView />
      </RequireAuth>
    </div>
  );
}
