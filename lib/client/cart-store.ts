// The cart the header badge and the cart page show. Signed in, every action calls the API
// and keeps the Cart it answers; as a guest, the same actions work on the guest cart in
// localStorage. When the session starts or ends (in this tab or another) the cart follows.
import { createStore, type StoreApi } from "zustand/vanilla";
import type { CartDto, OutOfStockItem, ProductDto } from "@/lib/shared/api-types";
import { getApiClient, type ApiFetch } from "./client";
import { ApiRequestError } from "./api-error";
import { useAuthStore, type AuthStore } from "./auth-store";
import { bindBrowserStore } from "./browser-store";
import { mergeGuestCart } from "./cart-merge";
import { createGuestCart, type GuestCart } from "./guest-cart";

export type CartState = {
  cart: CartDto | null;
  status: "idle" | "loading" | "ready" | "error";
  error: string | null;
  /** What the shopper should know after the guest cart was merged (lines capped or dropped). */
  notice: string | null;
  load(): Promise<void>;
  add(product: ProductDto, quantity: number): Promise<void>;
  setQuantity(productId: string, quantity: number): Promise<void>;
  remove(productId: string): Promise<void>;
  /** Merges the guest cart into the server cart (after login or register). */
  mergeGuest(): Promise<void>;
};

export type CartStore = StoreApi<CartState>;

export function createCartStore({ api, authStore, guest }: { api: ApiFetch; authStore: AuthStore; guest: GuestCart }): CartStore {
  const store = createStore<CartState>()((set, get) => {
    let loading: Promise<void> | null = null;
    let latest = 0; // the newest action: only its error is shown

    // The server's cart calls go one at a time, in the order they were made. Each answer
    // is the whole cart after that call and every earlier one, so the answer that arrives
    // last is the server's newest state, and showing every answer as it comes ends on it.
    // (Sent side by side, a slow answer could be older than a quick one that came first.)
    let queue: Promise<unknown> = Promise.resolve();
    const inTurn = <T>(call: () => Promise<T>): Promise<T> => {
      const turn = queue.then(call, call);
      queue = turn.catch(() => {});
      return turn;
    };

    /** Runs a cart action against the server or the guest cart, whichever the session says. */
    const act = async (server: () => Promise<CartDto>, local: () => CartDto) => {
      const ticket = (latest += 1);
      set({ error: null, notice: null });
      try {
        const cart = (await signedIn()) ? await inTurn(server) : local();
        set({ cart, status: "ready" });
      } catch (error) {
        if (ticket === latest) set({ error: describe(error) });
      }
    };

    /** Waits while the session is still being restored: the cart's home depends on it. */
    const signedIn = (): Promise<boolean> =>
      new Promise((resolve) => {
        const decide = () => {
          const { status } = authStore.getState();
          if (status === "loading") return false;
          resolve(status === "signed-in");
          return true;
        };
        if (decide()) return;
        const unsubscribe = authStore.subscribe(() => {
          if (decide()) unsubscribe();
        });
      });

    const load = () => {
      loading ??= (async () => {
        const ticket = (latest += 1);
        set({ status: "loading", error: null });
        try {
          const cart = (await signedIn()) ? await inTurn(() => api<CartDto>("/cart")) : guest.cart();
          if (ticket === latest) set({ cart, status: "ready" });
        } catch (error) {
          if (ticket === latest) set({ status: "error", error: describe(error) });
        } finally {
          loading = null;
        }
      })();
      return loading;
    };

    return {
      cart: null,
      status: "idle",
      error: null,
      notice: null,
      load,
      add: (product, quantity) =>
        act(
          () => api<CartDto>("/cart/items", { method: "POST", body: { product_id: product.id, quantity } }),
          () => guest.add(product, quantity),
        ),
      setQuantity: (productId, quantity) =>
        act(
          () => api<CartDto>(`/cart/items/${encodeURIComponent(productId)}`, { method: "PATCH", body: { quantity } }),
          () => guest.setQuantity(productId, quantity),
        ),
      remove: (productId) =>
        act(
          () => api<CartDto>(`/cart/items/${encodeURIComponent(productId)}`, { method: "DELETE" }),
          () => guest.remove(productId),
        ),
      async mergeGuest() {
        if (guest.lines().length === 0 || !(await signedIn())) return;
        await load();
        const { cart, notes } = await mergeGuestCart(api, guest, get().cart);
        latest += 1;
        set({ ...(cart ? { cart, status: "ready" as const } : {}), notice: notes.length > 0 ? notes.join(" ") : null });
      },
    };
  });

  // Signing in shows the server cart; signing out (here or in another tab) the guest cart.
  authStore.subscribe((state, previous) => {
    if (state.status !== previous.status && state.status !== "loading") void store.getState().load();
  });
  return store;
}

function describe(error: unknown): string {
  if (!(error instanceof ApiRequestError)) return "Something went wrong. Please try again.";
  if (error.code === "out_of_stock") {
    const [item] = (error.details.items ?? []) as OutOfStockItem[];
    if (item) return item.available === 0 ? "Sorry, this is sold out." : `Only ${item.available} in stock.`;
  }
  if (error.code === "network_error") return "You're offline. Please try again when you're connected.";
  const fields = error.details.fields as Record<string, string> | undefined;
  return fields?.quantity ?? error.message;
}

const serverState: CartState = {
  cart: null,
  status: "idle",
  error: null,
  notice: null,
  load: () => Promise.resolve(),
  add: () => Promise.resolve(),
  setQuantity: () => Promise.resolve(),
  remove: () => Promise.resolve(),
  mergeGuest: () => Promise.resolve(),
};

export const useCartStore = bindBrowserStore(() => browserCartStore(), serverState);

// Built in the browser on first use, with the browser's API client and storage.
function browserCartStore(): CartStore {
  const client = getApiClient();
  return createCartStore({ api: client.apiFetch, authStore: useAuthStore, guest: createGuestCart(client.storage) });
}
