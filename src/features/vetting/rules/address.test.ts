import { describe, expect, it } from "vitest";
import { addressesMatch, addressWords } from "./address.js";

const facility = { street: "Avenida Paseo de los Héroes 10999", city: "Tijuana", postalCode: "22010" };

describe("addressWords", () => {
  it("drops case, accents, punctuation and number markers, and expands abbreviations", () => {
    expect(addressWords("Av. de la Reforma No. 123, Col. Juárez")).toEqual([
      "avenida",
      "reforma",
      "123",
      "colonia",
      "juarez",
    ]);
    expect(addressWords("Blvd. Agua Caliente #4558, S/N")).toEqual(["boulevard", "agua", "caliente", "4558"]);
  });
});

describe("addressesMatch", () => {
  it.each([
    "Avenida Paseo de los Héroes 10999, Tijuana",
    "AV. PASEO DE LOS HEROES NO. 10999, COL. ZONA RIO, C.P. 22010, TIJUANA, B.C.",
    "Av Paseo Heroes #10999 Zona Río Tijuana Baja California CP 22010",
    "Paseo de los Héroes, Avenida, 10999 — Tijuana",
  ])("matches %j", (licenceAddress) => {
    expect(addressesMatch(licenceAddress, facility)).toBe(true);
  });
  it.each([
    ["another street number", "Av. Paseo de los Héroes 9350, Tijuana"],
    ["another city", "Av. Paseo de los Héroes 10999, Mexicali"],
    ["another street", "Blvd. Agua Caliente 10999, Tijuana"],
    ["another postal code", "Av. Paseo de los Héroes 10999, C.P. 22320, Tijuana"],
    ["an empty address", ""],
  ])("does not match %s", (_label, licenceAddress) => {
    expect(addressesMatch(licenceAddress, facility)).toBe(false);
  });
  it("compares postal codes only when both sides state one", () => {
    expect(
      addressesMatch("Av. Paseo de los Héroes 10999, C.P. 22320, Tijuana", { ...facility, postalCode: null }),
    ).toBe(true);
  });
  it("does not match a facility without an address", () => {
    expect(addressesMatch("Tijuana", { street: "", city: "", postalCode: null })).toBe(false);
  });
});
