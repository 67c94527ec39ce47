import { describe, expect, it } from "vitest";
import { addYears, earliest } from "./dates.js";

describe("addYears", () => {
  it.each([
    ["2026-11-24", -5, "2021-11-24"],
    ["2026-11-24", 5, "2031-11-24"],
    ["2024-02-29", 5, "2029-02-28"],
    ["2024-02-29", -4, "2020-02-29"],
    ["2024-02-29", -5, "2019-02-28"],
    ["2026-01-31", 1, "2027-01-31"],
    ["2026-12-31", 0, "2026-12-31"],
  ])("%s %+d years is %s", (date, years, expected) => {
    expect(addYears(date, years)).toBe(expected);
  });
});

describe("earliest", () => {
  it("picks the earliest known day", () => {
    expect(earliest(["2027-05-01", null, "2026-12-31", undefined, "2028-01-01"])).toBe("2026-12-31");
  });
  it("is null when no day is known", () => {
    expect(earliest([])).toBeNull();
    expect(earliest([null, undefined, ""])).toBeNull();
  });
});
