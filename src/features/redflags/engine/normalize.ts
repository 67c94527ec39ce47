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

export function normalise(original: string): Normalised {
  const out: string[] = [];
  const map = new Int32Array(original.length + 1);
  let n = 0;
  let lastSpace = true;
  for (let i = 0; i < original.length; i++) {
    let ch = original[i]!;
    const code = ch.charCodeAt(0);
    if (code < 128) {
      if (code >= 65 && code <= 90) ch = String.fromCharCode(code + 32);
    } else {
      ch =
        REPLACE[ch] ??
        ch
          .normalize("NFD")
          .replace(/[\u0300-\u036f]/g, "")
          .toLowerCase();
      if (ch.length !== 1) ch = ch.length === 0 ? "" : ch[0]!;
    }
    if (ch === "") continue;
    if (ch === " " || ch === "\n" || ch === "\t" || ch === "\r") {
      if (lastSpace) continue;
      ch = " ";
      lastSpace = true;
    } else {
      lastSpace = false;
    }
    out.push(ch);
    map[n++] = i;
  }
  map[n] = original.length;
  return { text: out.join(""), toOriginal: map.subarray(0, n + 1) };
}
