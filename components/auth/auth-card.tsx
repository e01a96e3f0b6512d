import type { ReactNode } from "react";

/** The frame of the sign-in and registration pages. */
export function AuthCard({ title, intro, children, footer }: { title: string; intro?: ReactNode; children: ReactNode; footer?: ReactNode }) {
  return (
    <div className="mx-auto flex w-full max-w-md flex-col gap-6 py-4 sm:py-8">
      <div className="text-center">
        <h1 className="text-3xl font-bold tracking-tight">{title}</h1>
        {intro && <p className="mt-2 text-slate-600">{intro}</p>}
      </div>
      <div className="rounded-2xl border border-slate-200 bg-white p-6 shadow-sm sm:p-8">{children}</div>
      {footer && <p className="text-center text-sm text-slate-600">{footer}</p>}
    </div>
  );
}
