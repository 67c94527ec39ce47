/**
 * Normalised text for matching — lower case, accents removed, quotes straightened, every run of whitespace
 * (line breaks included) one space — with a map from each normalised position back to the original, so a
 * finding's span and excerpt are exactly the clinic's own words.
 */
export type Normalised = { text: string; toOriginal: Int32Array };

const REPLACE: Record<string, string> = {
  "\u2018": "'",
  "\u2019": "'",
  "\u201c": '"',
  "\u201d": '"',
  "\u00ab": '"',
  "\u00bb": '"',
  "\u2013": "-",
  "\u2014": "-",
  "\u00a0": " ",
};

/** What every character beyond Latin-1 becomes in the normalised text: "¤", a symbol that is not a word. */
export const SYMBOL = 0xa4;

/** The folded form of each non-ASCII code unit (-1: dropped), computed once per character seen. */
const FOLDED = new Map<number, number>();
function fold(code: number): number {
  let folded = FOLDED.get(code);
  if (folded === undefined) {
    const ch = String.fromCharCode(code);
    const out =
      REPLACE[ch] ??
      ch
        .normalize("NFD")
        .replace(/[\u0300-\u036f]/g, "")
        .toLowerCase();
    folded = out.length === 0 ? -1 : out.charCodeAt(0);
    // Beyond Latin-1 (emoji, "…", "•", other scripts) one stand-in, and the second half of a surrogate pair
    // dropped: the normalised text is then always a one-byte string. Measured before this: after one scan of
    // a text with an emoji, V8 ran the lexicon's expressions six times slower on every later scan.
    if (folded > 0xff) folded = code >= 0xdc00 && code <= 0xdfff ? -1 : SYMBOL;
    FOLDED.set(code, folded);
  }
  return folded;
}

const UTF16 = new TextDecoder("utf-16le");

const isLower = (code: number) => code >= 97 && code <= 122;

// Works on UTF-16 code units in a typed array: this runs over every byte a scan reads, so it avoids
// building a string one character at a time.
export function normalise(original: string): Normalised {
  const length = original.length;
  const out = new Uint16Array(length);
  const map = new Int32Array(length + 1);
  let n = 0;
  let lastSpace = true;
  for (let i = 0; i < length; i++) {
    let code = original.charCodeAt(i);
    // A word hyphenated across a line break ("wheel-\nchair") is one word again.
    if (code === 45 && n > 0 && isLower(out[n - 1]!)) {
      let j = i + 1;
      while (j < length && (original.charCodeAt(j) === 32 || original.charCodeAt(j) === 13)) j++;
      if (original.charCodeAt(j) === 10) {
        j++;
        while (j < length && (original.charCodeAt(j) === 32 || original.charCodeAt(j) === 9)) j++;
        if (j < length && isLower(original.charCodeAt(j))) {
          i = j - 1;
          continue;
        }
      }
    }
    if (code < 128) {
      if (code >= 65 && code <= 90) code += 32;
      else if (code === 10 || code === 9 || code === 13) code = 32;
    } else {
      code = fold(code);
      if (code < 0) continue;
      if (code === 10 || code === 9 || code === 13) code = 32;
    }
    if (code === 32) {
      if (lastSpace) continue;
      lastSpace = true;
    } else {
      lastSpace = false;
    }
    out[n] = code;
    map[n++] = i;
  }
  map[n] = length;
  return { text: UTF16.decode(out.subarray(0, n)), toOriginal: map.subarray(0, n + 1) };
}
