/**
 * Lenient reading of the numbers a Certificate of Analysis carries. Clinics paste values from PDFs and
 * spreadsheets in English and Spanish, so a value may be a JSON number or a string such as "1.2e8",
 * "120 x 10^6", "1.2 × 10⁸", "120 millones de células", "95,5 %" or "< 0.5".
 *
 * Separators (the one guess that could be off by a factor of a thousand, so it is made only when certain):
 * - A lone "." or "," followed by exactly three digits after a non-zero integer part ("1,200", "1.200") is
 *   ambiguous (1.2 in Spain, 1200 in Mexico and the US) and yields null, never a guess.
 * - Otherwise a lone "." or "," is the decimal separator ("95,5", "94.5", "0,125", "1234,5").
 * - The same separator repeated is a thousands separator ("1,200,000", "1.200.000"); so are spaces
 *   ("1 200 000") and apostrophes ("1'200'000"). Groups after the first must have exactly three digits.
 * - When "." and "," both appear, the last one is the decimal separator ("1,200.5", "1.200,5").
 * Scale words use the short scale in English (billion = 10⁹) and the long scale in Spanish
 * (mil millones = 10⁹, billón = 10¹²). A trailing "%" is dropped: a percentage stays in percent.
 */

/** How a reported value relates to the true one: "<0.5" means the true value is below 0.5. */
export type Relation = "=" | "<" | "<=" | ">" | ">=";
export type CoaMeasurement = { value: number; relation: Relation };

const SUPERSCRIPTS: Record<string, string> = {
  "⁰": "0",
  "¹": "1",
  "²": "2",
  "³": "3",
  "⁴": "4",
  "⁵": "5",
  "⁶": "6",
  "⁷": "7",
  "⁸": "8",
  "⁹": "9",
  "⁺": "+",
  "⁻": "-",
};

const SCALE_EXPONENTS: Record<string, number> = {
  thousand: 3,
  thousands: 3,
  mil: 3,
  million: 6,
  millions: 6,
  millon: 6,
  millones: 6,
  billion: 9,
  billions: 9,
  "mil millones": 9,
  billon: 12,
  billones: 12,
};

const RELATIONS: Record<string, Relation> = {
  "<": "<",
  "<=": "<=",
  "≤": "<=",
  ">": ">",
  ">=": ">=",
  "≥": ">=",
};

// Longer alternatives first so "mil millones" is not read as "mil" followed by garbage.
const SCALE_PATTERN = Object.keys(SCALE_EXPONENTS)
  .sort((a, b) => b.length - a.length)
  .join("|");

const NUMBER_PATTERN = new RegExp(
  [
    "^(?<relation><=|>=|≤|≥|<|>)? ?",
    "(?<sign>[+-])? ?",
    "(?<mantissa>\\d[\\d.,' ]*\\d|\\d|[.,]\\d+)?",
    "(?: ?(?:e ?(?<decimalExponent>[+-]?\\d+)|(?<times>x ?)?10 ?\\^ ?(?<powerExponent>[+-]?\\d+)))?",
    `(?: ?(?<scale>${SCALE_PATTERN}))?`,
    "(?: ?(?:de )?(?:%|percent|por ciento|viable cells|cells|celulas viables|celulas))?$",
  ].join(""),
);

/**
 * Reduces the many spellings to one: lower case without accents, superscript exponents as "^n", one kind
 * of multiplication sign ("x") and single ASCII spaces.
 */
function normalise(text: string): string {
  return text
    .replace(/[⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻]+/g, (run) => `^${[...run].map((c) => SUPERSCRIPTS[c]).join("")}`)
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/\u2212/g, "-")
    .replace(/\*\*/g, "^")
    .replace(/[×·⋅*]/g, "x")
    .replace(/\s+/g, " ")
    .trim();
}

/** Turns the digits-and-separators part into a plain decimal string ("1.200.000,5" → "1200000.5"). */
function plainDecimal(digits: string): string | null {
  const separators = digits.replace(/\d/g, "");
  if (separators === "") return digits;
  const kinds = new Set(separators);
  if (kinds.size > 2) return null;

  let decimal: string | undefined;
  if (kinds.size === 2) {
    decimal = separators.at(-1);
  } else if (separators.length === 1 && (separators === "." || separators === ",")) {
    const [whole = "", fraction = ""] = digits.split(separators);
    if (fraction.length === 3 && /^[1-9]\d{0,2}$/.test(whole)) return null;
    decimal = separators;
  }
  if (decimal === " " || decimal === "'") return null;
  if (decimal !== undefined && separators.indexOf(decimal) !== separators.length - 1) return null;

  const cut = decimal === undefined ? digits.length : digits.lastIndexOf(decimal);
  const whole = digits.slice(0, cut);
  const fraction = digits.slice(cut + 1);
  const group = [...kinds].find((kind) => kind !== decimal);
  let integer = whole;
  if (group !== undefined) {
    const groups = whole.split(group);
    const [first = "", ...rest] = groups;
    if (!/^\d{1,3}$/.test(first) || rest.some((g) => !/^\d{3}$/.test(g))) return null;
    integer = groups.join("");
  }
  if (!/^\d*$/.test(integer)) return null;
  return decimal === undefined ? integer : `${integer || "0"}.${fraction}`;
}

/**
 * Reads a COA value, keeping a "<" / "≤" / ">" / "≥" qualifier (labs report "< 0.5 EU/mL" below the
 * detection limit). Returns null for anything that is not clearly one finite number.
 */
export function parseCoaMeasurement(input: unknown): CoaMeasurement | null {
  if (typeof input === "number") return Number.isFinite(input) ? { value: input, relation: "=" } : null;
  if (typeof input !== "string") return null;

  const match = NUMBER_PATTERN.exec(normalise(input));
  const groups = match?.groups;
  if (!groups) return null;
  const { relation, sign, mantissa, decimalExponent, times, powerExponent, scale } = groups;
  const hasPower = powerExponent !== undefined;
  // "10^6" alone is a number; "x 10^6", "e6" or "million" alone are not.
  if (mantissa === undefined && (!hasPower || times !== undefined || scale !== undefined)) return null;

  const digits = mantissa === undefined ? "1" : plainDecimal(mantissa);
  if (digits === null) return null;
  const exponent =
    Number(decimalExponent ?? powerExponent ?? 0) + (scale === undefined ? 0 : (SCALE_EXPONENTS[scale] ?? 0));
  // Building the decimal string keeps "1.1e8" exact, where 1.1 * 10 ** 8 would not be.
  const value = Number(`${sign === "-" ? "-" : ""}${digits}e${exponent}`);
  if (!Number.isFinite(value)) return null;
  return { value, relation: relation === undefined ? "=" : (RELATIONS[relation] ?? "=") };
}

/** Reads a COA value that must be an exact number: "< 0.5" is a bound, not a number, and yields null. */
export function parseCoaNumber(input: unknown): number | null {
  const measurement = parseCoaMeasurement(input);
  return measurement?.relation === "=" ? measurement.value : null;
}
