/**
 * Comparing a licence's free-text address with the facility's structured one. COFEPRIS licences are issued
 * per establishment and a new location needs a new licence (LGS art. 373), so the address matters; but the
 * same street is written many ways ("Av." / "Avenida", "Col.", "No. 10", accents), so both sides are reduced
 * to words before comparing. Anything short of a clear match goes to a reviewer, never a silent pass.
 */

const ABBREVIATIONS: Record<string, string> = {
  av: "avenida",
  ave: "avenida",
  avda: "avenida",
  blvd: "boulevard",
  blvr: "boulevard",
  bulevar: "boulevard",
  calz: "calzada",
  carr: "carretera",
  col: "colonia",
  fracc: "fraccionamiento",
  prol: "prolongacion",
  priv: "privada",
  esq: "esquina",
  gral: "general",
  nte: "norte",
  ote: "oriente",
  pte: "poniente",
  dr: "doctor",
  lic: "licenciado",
  mz: "manzana",
  mza: "manzana",
  int: "interior",
  ext: "exterior",
};

/** Words that carry no location: articles, and the markers that precede a street number. */
const FILLER = new Set(["de", "del", "la", "las", "el", "los", "y", "no", "num", "numero", "n"]);

const plain = (text: string) => text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();

/** "Av. de la Reforma No. 123, Col. Juárez" → ["avenida", "reforma", "123", "colonia", "juarez"]. */
export function addressWords(text: string): string[] {
  return plain(text)
    .replace(/\bs\s*\/\s*n\b/g, " ") // "s/n": sin número
    .split(/[^a-z0-9]+/)
    .filter((word) => word !== "" && !FILLER.has(word))
    .map((word) => ABBREVIATIONS[word] ?? word);
}

/** The postal code a free-text address states ("C.P. 22010", "CP: 22010", "código postal 22010"), if any. */
function statedPostalCode(text: string): string | undefined {
  return /\b(?:c\s*\.?\s*p|codigo postal)\s*\.?\s*:?\s*(\d{5})\b/.exec(plain(text))?.[1];
}

export type StructuredAddress = { street: string; city: string; postalCode: string | null };

/**
 * Every word of the facility's street and city must appear in the licence address (which may add the
 * colonia, state and so on); a postal code stated on both sides must agree. The state is not compared:
 * its abbreviations ("B.C.", "Q. Roo", "CDMX") vary too much to add certainty the city does not give.
 */
export function addressesMatch(licenceAddress: string, facility: StructuredAddress): boolean {
  const licenceWords = new Set(addressWords(licenceAddress));
  const facilityWords = [...addressWords(facility.street), ...addressWords(facility.city)];
  if (facilityWords.length === 0 || !facilityWords.every((word) => licenceWords.has(word))) return false;
  const licencePostalCode = statedPostalCode(licenceAddress);
  const facilityPostalCode = facility.postalCode?.trim();
  return !licencePostalCode || !facilityPostalCode || licencePostalCode === facilityPostalCode;
}
