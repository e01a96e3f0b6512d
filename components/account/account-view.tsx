"use client";
import { useAuthStore } from "@/lib/client/auth-store";
import { SecurityActivity } from "./security-activity";
import { SessionsList } from "./sessions-list";
import { StorageModeSwitch } from "./storage-mode-switch";

export function AccountView() {
  const user = useAuthStore((state) => state.user);
  return (
    <div className="grid gap-6 lg:grid-cols-[1fr_24rem] lg:items-start">
      <div className="flex flex-col gap-6">
        <section aria-labelledby="profile-heading" className="rounded-xl border border-slate-200 bg-white p-5 shadow-sm sm:p-6">
          <h2 id="profile-heading" className="text-lg font-semibold">
            Profile
          </h2>
          <dl className="mt-3 grid grid-cols-[6rem_minmax(0,1fr)] gap-y-2 text-sm">
            <dt className="text-slate-600">Name</dt>
            <dd className="font-medium break-words">{user?.name}</dd>
            <dt className="text-slate-600">Email</dt>
            <dd className="font-medium break-words">{user?.email}</dd>
          </dl>
        </section>
        <SessionsList />
        <SecurityActivity />
      </div>
      <StorageModeSwitch />
    </div>
  );
}
