import { useSyncExternalStore } from "react";
import { getApiClient } from "@/lib/client/client";

const noSubscription = () => () => {};

/** This tab's short name (fixed for the page load); null in the server's render. */
export function useTabName(): string | null {
  return useSyncExternalStore(
    noSubscription,
    () => getApiClient().tabName,
    () => null,
  );
}
