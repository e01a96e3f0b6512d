import { describe, expect, it } from "vitest";
import { productSearchText, searchForm } from "./search-text";

describe("search form", () => {
  it("lower-cases, so a search is case-insensitive", () => {
    expect(searchForm("Merino WOOL")).toBe("merino wool");
    expect(productSearchText({ name: "Dot Grid", description: "A5 Notebook" })).toBe("dot grid a5 notebook");
  });

  it("leaves no character that LIKE treats specially, on either database", () => {
    const form = productSearchText({ name: "100% cotton_blend", description: "C:\\path" });
    expect(form).not.toMatch(/[%_\\]/);
    // The query is mapped the same way, so it still finds the text it names...
    expect(form.includes(searchForm("100%"))).toBe(true);
    expect(form.includes(searchForm("N_B"))).toBe(true);
    expect(form.includes(searchForm(":\\P"))).toBe(true);
    // ...and the special characters no longer match anything else.
    expect(productSearchText({ name: "plain", description: "text" }).includes(searchForm("%"))).toBe(false);
    expect(searchForm("%")).not.toBe(searchForm("_"));
  });
});
