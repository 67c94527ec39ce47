import { describe, expect, it } from "vitest";
import { certificateLapsesOn, deriveExpiry } from "./expiry.js";

describe("certificateLapsesOn", () => {
  it("is the stated expiry when it comes within five years", () => {
    expect(
      certificateLapsesOn({ certificateIssuedOn: "2023-03-01", certificateExpiresOn: "2028-02-28" }),
    ).toBe("2028-02-28");
  });
  it("is five years after issue when the stated expiry is later or absent", () => {
    expect(
      certificateLapsesOn({ certificateIssuedOn: "2023-03-01", certificateExpiresOn: "2030-01-01" }),
    ).toBe("2028-03-01");
    expect(certificateLapsesOn({ certificateIssuedOn: "2023-03-01", certificateExpiresOn: null })).toBe(
      "2028-03-01",
    );
  });
  it("is the stated expiry without an issue date, and null without either", () => {
    expect(certificateLapsesOn({ certificateIssuedOn: null, certificateExpiresOn: "2027-01-01" })).toBe(
      "2027-01-01",
    );
    expect(certificateLapsesOn({ certificateIssuedOn: null, certificateExpiresOn: null })).toBeNull();
  });
});

describe("deriveExpiry", () => {
  it("is the earliest expiry across licences, certificates and lots", () => {
    expect(
      deriveExpiry({
        licences: [{ expiresOn: "2028-01-01" }, { expiresOn: null }],
        certificates: [{ certificateIssuedOn: "2022-06-30", certificateExpiresOn: null }],
        cellLots: [{ expiresOn: "2027-09-01" }],
      }),
    ).toBe("2027-06-30");
  });
  it("is a lot's expiry when that comes first", () => {
    expect(
      deriveExpiry({ licences: [{ expiresOn: "2028-01-01" }], cellLots: [{ expiresOn: "2027-01-15" }] }),
    ).toBe("2027-01-15");
  });
  it("is null when nothing on file expires", () => {
    expect(deriveExpiry({})).toBeNull();
    expect(deriveExpiry({ licences: [{ expiresOn: null }], cellLots: [] })).toBeNull();
  });
});
