import { describe, expect, it } from "vitest";
import { STANDARDS, type StandardStatus } from "../../shared/domain.js";
import { deriveVettingStatus, effectiveStandardStatus, type StandardRecord } from "./status.js";

const TODAY = "2026-11-24";
const all = (status: StandardStatus, validUntil: string | null = null): StandardRecord[] =>
  STANDARDS.map((standard) => ({ standard, status, validUntil }));

describe("effectiveStandardStatus", () => {
  it("keeps a verification whose evidence is still valid on its last day", () => {
    expect(effectiveStandardStatus({ status: "verified", validUntil: "2026-11-24" }, TODAY)).toBe("verified");
  });
  it("reads a verification as expired the day after its evidence lapses", () => {
    expect(effectiveStandardStatus({ status: "verified", validUntil: "2026-11-23" }, TODAY)).toBe("expired");
  });
  it("does not touch statuses other than verified", () => {
    expect(effectiveStandardStatus({ status: "rejected", validUntil: "2020-01-01" }, TODAY)).toBe("rejected");
  });
});

describe("deriveVettingStatus", () => {
  it("is vetted only when all four standards are verified and current", () => {
    expect(deriveVettingStatus(all("verified", "2027-01-01"), TODAY)).toBe("vetted");
  });
  it("is not vetted when one standard has no record", () => {
    expect(deriveVettingStatus(all("verified").slice(0, 3), TODAY)).toBe("partly_verified");
  });
  it("is lapsed when a verification's evidence has expired", () => {
    const records = all("verified", "2027-01-01");
    records[2] = { ...records[2]!, validUntil: "2026-10-01" };
    expect(deriveVettingStatus(records, TODAY)).toBe("lapsed");
  });
  it("is partly verified when some standards are verified and others claimed or rejected", () => {
    const records = all("claimed");
    records[0] = { ...records[0]!, status: "verified" };
    records[1] = { ...records[1]!, status: "rejected" };
    expect(deriveVettingStatus(records, TODAY)).toBe("partly_verified");
  });
  it("is not verified when nothing has been verified", () => {
    expect(deriveVettingStatus(all("claimed"), TODAY)).toBe("not_verified");
    expect(deriveVettingStatus([], TODAY)).toBe("not_verified");
  });
});
