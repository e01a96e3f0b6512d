import { describe, expect, it } from "vitest";
import { apiErrorOf } from "@/lib/server/testing/outcome";
import { canonicalJson, idempotencyKeyOf, requestHash } from "./idempotency";

describe("requestHash", () => {
  it("is the same for JSON-equal bodies, whatever the key order or whitespace", () => {
    const sent = JSON.parse('{ "shipping": { "name": "A", "city": "B" }, "tags": [1, 2.0] }');
    const reordered = JSON.parse('{"tags":[1,2],"shipping":{"city":"B","name":"A"}}');
    expect(canonicalJson(sent)).toBe('{"shipping":{"city":"B","name":"A"},"tags":[1,2]}');
    expect(requestHash(reordered)).toBe(requestHash(sent));
  });

  it("differs for any other difference", () => {
    const base = requestHash({ shipping: { name: "A" } });
    expect(requestHash({ shipping: { name: "a" } })).not.toBe(base);
    expect(requestHash({ shipping: { name: "A " } })).not.toBe(base);
    expect(requestHash({ shipping: { name: "A" }, note: null })).not.toBe(base);
    expect(requestHash({ shipping: [{ name: "A" }] })).not.toBe(base);
    // Array order is part of the value.
    expect(requestHash([1, 2])).not.toBe(requestHash([2, 1]));
  });
});

describe("idempotencyKeyOf", () => {
  const withKey = (key?: string) =>
    new Request("http://shop.test/api/v1/checkout", { method: "POST", headers: key === undefined ? {} : { "Idempotency-Key": key } });

  it("accepts 1 to 255 printable ASCII characters", () => {
    expect(idempotencyKeyOf(withKey("3f1c7a2e-9b4d-4c1e-8a6f-0d2b5e7c9a11"))).toBe("3f1c7a2e-9b4d-4c1e-8a6f-0d2b5e7c9a11");
    expect(idempotencyKeyOf(withKey("k"))).toBe("k");
    expect(idempotencyKeyOf(withKey("~".repeat(255)))).toHaveLength(255);
    expect(idempotencyKeyOf(withKey("with inner space"))).toBe("with inner space");
  });

  it("refuses a missing, empty, too long or unprintable key as invalid_request, naming the header", async () => {
    for (const key of [undefined, "", "x".repeat(256), "tab\there", "caf\u00e9"]) {
      const error = await apiErrorOf(Promise.resolve().then(() => idempotencyKeyOf(withKey(key))));
      expect(error.code, JSON.stringify(key)).toBe("invalid_request");
      expect(Object.keys(error.details.fields as object)).toEqual(["Idempotency-Key"]);
    }
  });
});
