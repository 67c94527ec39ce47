import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { expressionSources, scanTexts } from "./index.js";
import { FactorIndex, finderOf, sourceKey, topAlternatives } from "./prefilter.js";
import CHOICES from "./prefilter-choices.json" with { type: "json" };

const tune = readFileSync(new URL("../../../../corpus/redflags/tune.jsonl", import.meta.url), "utf8")
  .trim()
  .split("\n")
  .map((l) => (JSON.parse(l) as { text: string }).text);

describe("red-flag prefilter", () => {
  it("finds every place each set's factors end, in order, as a plain search would", () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.stringMatching(/^[abc ]{1,4}$/), { maxLength: 4 }), {
          minLength: 1,
          maxLength: 4,
        }),
        fc.stringMatching(/^[abcd ]{0,40}$/),
        (factors, text) => {
          const hits = new FactorIndex(factors).find(text);
          const positions = hits.filter((_, k) => k % 2 === 0);
          expect(positions).toEqual([...positions].sort((a, b) => a - b));
          factors.forEach((strings, set) => {
            const want = new Set<number>();
            for (const s of strings)
              for (let at = text.indexOf(s); at !== -1; at = text.indexOf(s, at + 1))
                want.add(at + s.length - 1);
            const found = positions.filter((_, k) => hits[2 * k + 1] === set);
            expect(found, `${JSON.stringify(strings)} in ${JSON.stringify(text)}`).toEqual(
              [...want].sort((a, b) => a - b),
            );
          });
        },
      ),
    );
  });

  it("reads factors off the syntax: each alternative's matches contain one of them, within reach and extent", () => {
    const finder = finderOf(String.raw`\b(?:walk(?:s|ed)? again|cur(?:a|o) la paralisis)`);
    expect(finder?.strings.sort()).toEqual([" again", "cura la paralisis", "curo la paralisis"]);
    // "cura la paralisis" ends 16 characters after the match starts; "walked again" 11.
    expect(finder?.reach).toBe(16);
    expect(finderOf(String.raw`\b(?:walk(?:s|ed)? again)`)?.reach).toBe(11);
    // "very walked again": an optional word adds its length; a word of any length leaves no bound.
    expect(finderOf(String.raw`\b(?:(?:very )?walk(?:s|ed)? again)`)?.reach).toBe(16);
    expect(finderOf(String.raw`\b(?:\w+ walks again)`)?.reach).toBe(Number.POSITIVE_INFINITY);
    // Trying "walked again" reads up to 12 characters, and its look-ahead 5 more; a word of any length, no end.
    expect(finderOf(String.raw`\b(?:walk(?:s|ed)? again(?! soon))`)?.extent).toBe(17);
    expect(finderOf(String.raw`\b(?:walk again(?=\w*))`)?.extent).toBe(Number.POSITIVE_INFINITY);
    // A look-ahead before the alternatives reads as part of them; only a leading \b is set aside.
    expect(finderOf("(?=walk again)(?:walk|strolls)")?.extent).toBe(10);
    // An alternative with nothing literal of three characters can match anywhere.
    expect(finderOf(String.raw`\b(?:walk again|\w+ly)`)).toBeUndefined();
  });

  it("has a stored choice for every alternative of the lexicon that has a factor (else run npm run redflags:prefilter)", () => {
    // One with no literal of three characters has no choice to store: its expression scans whole texts.
    const missing = expressionSources()
      .flatMap((source) => topAlternatives(source))
      .filter((alt) => !(sourceKey(alt.raw) in CHOICES) && finderOf(alt.raw) !== undefined);
    expect(missing.map((alt) => alt.raw.slice(0, 80))).toEqual([]);
  });

  it("scans pieces of the tuning corpus glued together to exactly the findings of the whole expressions", () => {
    const piece = fc
      .tuple(fc.nat(tune.length - 1), fc.double({ min: 0, max: 1, noNaN: true }), fc.nat(400))
      .map(([i, from, length]) => {
        const text = tune[i]!;
        const start = Math.floor(from * text.length);
        return text.slice(start, start + length);
      });
    const glue = fc.constantFrom(" ", ". ", "\n\n", "", "! ");
    fc.assert(
      fc.property(fc.array(fc.tuple(piece, glue), { minLength: 1, maxLength: 5 }), (parts) => {
        const text = parts.map(([p, g]) => p + g).join("");
        expect(scanTexts([text])).toEqual(scanTexts([text], { exhaustive: true }));
      }),
      { numRuns: 100 },
    );
  });

  // Two scans of the whole corpus: seconds, not milliseconds.
  it("scans the tuning corpus to exactly the findings of a scan of every whole text", {
    timeout: 60_000,
  }, () => {
    expect(scanTexts(tune)).toEqual(scanTexts(tune, { exhaustive: true }));
  });
});
