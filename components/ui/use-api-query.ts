"use client";
import { useCallback, useEffect, useState } from "react";
import { apiFetch } from "@/lib/client/client";

type QueryState<T> = { status: "loading" } | { status: "ready"; data: T } | { status: "error"; error: unknown };

/**
 * GET one API path through the app's client (so an expired access token is refreshed and
 * the request retried without the page noticing). Aborted when the page goes away.
 */
export function useApiQuery<T>(path: string): QueryState<T> & { reload: () => void } {
  const [state, setState] = useState<QueryState<T>>({ status: "loading" });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    const controller = new AbortController();
    // A new path or a retry starts a request, and the page shows it loading until it answers.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setState({ status: "loading" });
    apiFetch<T>(path, { signal: controller.signal }).then(
      (data) => setState({ status: "ready", data }),
      (error: unknown) => {
        if (!controller.signal.aborted) setState({ status: "error", error });
      },
    );
    return () => controller.abort();
  }, [path, attempt]);

  const reload = useCallback(() => setAttempt((count) => count + 1), []);
  return { ...state, reload };
}
