import { describe, expect, it } from "vitest";
import { fillTemplate, formatNumber, placeholders } from "./text.js";

describe("formatNumber", () => {
  it.each([
    [120_000_000, "120,000,000"],
    [99_999_999, "99,999,999"],
    [0.2, "0.2"],
    [0.03571428, "0.03571"],
    [94.5, "94.5"],
    [1234.56, "1,234.6"],
    [-3, "-3"],
  ])("formats %d as %s", (value, text) => {
    expect(formatNumber(value)).toBe(text);
  });
});

describe("fillTemplate", () => {
  const terms = { route: { en: { intrathecal: "intrathecal" }, es: { intrathecal: "intratecal" } } };
  it("fills placeholders, formatting numbers and translating terms", () => {
    expect(fillTemplate("límite {route} de {limit}", { route: "intrathecal", limit: 0.2 }, "es", terms)).toBe(
      "límite intratecal de 0.2",
    );
  });
  it("shows a code without a translation as is, and leaves unknown placeholders visible", () => {
    expect(fillTemplate("{route} {missing}", { route: "local" }, "en", terms)).toBe("local {missing}");
  });
  it("lists placeholders sorted", () => {
    expect(placeholders("{b} and {a} and {b}")).toEqual(["a", "b", "b"]);
  });
});
