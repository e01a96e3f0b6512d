import { afterEach, describe, expect, it, vi } from "vitest";
import { addressKey, clientAddress, PEER_ADDRESS_HEADER, siteOrigin } from "./addressing";

vi.mock("@/lib/server/env", () => ({ getEnv: () => settings }));
let settings: { PUBLIC_ORIGIN?: string; TRUST_PROXY: boolean } = { TRUST_PROXY: false };
afterEach(() => {
  settings = { TRUST_PROXY: false };
});

// Next.js hands routes a URL whose host it rewrote to localhost; the Host header is as sent.
const request = (headers: Record<string, string>, url = "http://localhost:3000/api/v1/auth/refresh") => new Request(url, { headers });

describe("siteOrigin", () => {
  it("is the scheme, host and port the client addressed, from the Host header", () => {
    expect(siteOrigin(request({ host: "127.0.0.1:3000" }))).toBe("http://127.0.0.1:3000");
    expect(siteOrigin(request({ host: "[::1]:3000" }))).toBe("http://[::1]:3000");
    expect(siteOrigin(request({ host: "Shop.Example:80" }))).toBe("http://shop.example");
    expect(siteOrigin(request({ host: "shop.example" }, "https://localhost/x"))).toBe("https://shop.example");
  });

  it("is null for a Host that is no host", () => {
    for (const host of ["evil.example/path", "user@evil.example", "a b", "[::1]:99999", ""]) {
      expect(siteOrigin(request({ host }))).toBeNull();
    }
  });

  it("believes X-Forwarded-Host and -Proto only with TRUST_PROXY", () => {
    const forwarded = { host: "10.0.0.5:3000", "x-forwarded-host": "shop.example", "x-forwarded-proto": "https" };
    expect(siteOrigin(request(forwarded))).toBe("http://10.0.0.5:3000");
    settings = { TRUST_PROXY: true };
    expect(siteOrigin(request(forwarded))).toBe("https://shop.example");
  });

  it("is PUBLIC_ORIGIN when that is set", () => {
    settings = { TRUST_PROXY: false, PUBLIC_ORIGIN: "https://shop.example" };
    expect(siteOrigin(request({ host: "127.0.0.1:3000" }))).toBe("https://shop.example");
  });
});

describe("clientAddress", () => {
  it("is the peer the server recorded, whatever X-Forwarded-For says", () => {
    const headers = { [PEER_ADDRESS_HEADER]: "::ffff:192.0.2.7", "x-forwarded-for": "203.0.113.9" };
    expect(clientAddress(request(headers))).toBe("192.0.2.7");
  });

  it("is the nearest X-Forwarded-For address with TRUST_PROXY", () => {
    settings = { TRUST_PROXY: true };
    const headers = { [PEER_ADDRESS_HEADER]: "10.0.0.1", "x-forwarded-for": "198.51.100.1, 203.0.113.9" };
    expect(clientAddress(request(headers))).toBe("203.0.113.9");
  });

  it("is the peer with TRUST_PROXY when no proxy added X-Forwarded-For", () => {
    settings = { TRUST_PROXY: true };
    expect(clientAddress(request({ [PEER_ADDRESS_HEADER]: "192.0.2.8" }))).toBe("192.0.2.8");
  });
});

describe("addressKey", () => {
  it("counts IPv6 by its /64 and IPv4-mapped addresses as IPv4", () => {
    expect(addressKey("2001:db8:1:2:aaaa::1")).toBe("2001:db8:1:2::/64");
    expect(addressKey("2001:0db8:0001:0002:ffff:ffff:ffff:ffff")).toBe("2001:db8:1:2::/64");
    expect(addressKey("[::1]")).toBe("0:0:0:0::/64");
    expect(addressKey("::ffff:198.51.100.4")).toBe("198.51.100.4");
    expect(addressKey("198.51.100.4")).toBe("198.51.100.4");
  });
});
