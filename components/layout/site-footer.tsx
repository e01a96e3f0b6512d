import { DemoCredentials } from "./demo-credentials";

export function SiteFooter() {
  return (
    <footer className="border-t border-slate-200 bg-white">
      <div className="mx-auto flex max-w-6xl flex-col gap-2 px-4 py-6 text-sm text-slate-600 sm:flex-row sm:justify-between">
        <p>A demo shop: nothing is charged or shipped.</p>
        <DemoCredentials />
      </div>
    </footer>
  );
}
