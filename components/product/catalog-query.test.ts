import { describe, expect, it } from "vitest";
import { catalogHref, readCatalogQuery } from "./catalog-query";

describe("readCatalogQuery", () => {
  it("reads every value and fills the defaults", () => {
    expect(readCatalogQuery({})).toEqual({ q: undefined, category: undefined, sort: "newest", page: 1 });
    expect(readCatalogQuery({ q: "  mug ", category: "Kitchen", sort: "price_desc", page: "2" })).toEqual({
      q: "mug",
      category: "Kitchen",
      sort: "price_desc",
      page: 2,
    });
  });

  it("drops values the API would refuse instead of failing the page", () => {
    expect(readCatalogQuery({ sort: "cheapest", page: "abc", q: "lamp" })).toEqual({
      q: "lamp",
      category: undefined,
      sort: "newest",
      page: 1,
    });
    expect(readCatalogQuery({ page: "0" }).page).toBe(1);
  });

  it("takes the first of repeated values and treats empty ones as absent", () => {
    expect(readCatalogQuery({ category: ["Home", "Kitchen"], q: "" })).toMatchObject({ category: "Home", q: undefined });
  });
});

describe("catalogHref", () => {
  const base = { q: undefined, category: undefined, sort: "newest" as const, page: 1 };

  it("leaves defaults out of the URL", () => {
    expect(catalogHref(base)).toBe("/products");
    expect(catalogHref(base, { page: 1, sort: "newest" })).toBe("/products");
  });

  it("applies changes and encodes values", () => {
    expect(catalogHref({ ...base, q: "mug & cup" }, { category: "Kitchen", page: 3, sort: "name" })).toBe(
      "/products?q=mug+%26+cup&category=Kitchen&sort=name&page=3",
    );
  });
});
