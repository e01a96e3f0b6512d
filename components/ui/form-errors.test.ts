import { describe, expect, it } from "vitest";
import { formFieldErrors } from "./form-errors";

describe("formFieldErrors", () => {
  it("keys messages by the field's own name and says Required for blanks", () => {
    expect(
      formFieldErrors(
        {
          "shipping.city": "Must be 1 to 200 characters",
          "shipping.country": "Must be 1 to 200 characters",
          password: "Must be at least 8 characters",
        },
        { city: "  ", country: "x".repeat(201), password: "short" },
      ),
    ).toEqual({ city: "Required", country: "Must be 1 to 200 characters", password: "Must be at least 8 characters" });
  });

  it("keeps messages for fields the form does not hold", () => {
    expect(formFieldErrors({ body: "Expected an object" }, {})).toEqual({ body: "Expected an object" });
  });
});
