import { describe, expect, it } from "vitest";
import { isCleanText, jsonDepth, uncleanFields } from "./input-text";

describe("isCleanText", () => {
  it("accepts text, tabs, newlines and paired surrogates (emoji)", () => {
    for (const text of ["Asha Verma", "line one\nline two", "a\tb", "Pune 🏔️", "नमस्ते", ""]) expect(isCleanText(text), text).toBe(true);
  });

  it("refuses NUL, the other C0 and C1 controls, DEL and unpaired surrogates", () => {
    for (const text of ["a\u0000b", "\u0001", "a\rb", "\u001b[31m", "\u007f", "\u0085", "\ud800", "x\udc00", "\udc00\ud800"]) {
      expect(isCleanText(text), JSON.stringify(text)).toBe(false);
    }
  });
});

describe("jsonDepth", () => {
  it("counts nesting of arrays and objects, not brackets inside strings", () => {
    expect(jsonDepth('"plain"')).toBe(0);
    expect(jsonDepth('{"a":[1,{"b":2}]}')).toBe(3);
    expect(jsonDepth('{"a":"[[[[{{{{","b":"\\"[["}')).toBe(1);
    expect(jsonDepth(`{"x":${"[".repeat(5000)}${"]".repeat(5000)}}`)).toBe(5001);
  });
});

describe("uncleanFields", () => {
  it("names every unclean string by its path, member names included", () => {
    const body = { shipping: { name: "A\u0000", city: "Pune" }, items: ["ok", "\ud800"], ["bad\u0001key"]: 1 };
    expect(uncleanFields(body)).toEqual({
      "shipping.name": expect.any(String),
      "items.1": expect.any(String),
      "bad\u0001key": expect.any(String),
    });
    expect(uncleanFields({ email: "user@example.com", nested: [{ deep: ["fine"] }] })).toEqual({});
  });
});
