// `npm run redflags:prefilter`: for each alternative of the red-flag lexicon, the factor (prefilter.ts) whose
// strings occur least often in the tuning corpus, written to engine/prefilter-choices.json. Run it after
// changing the lexicon; the unit tests say when it is needed. A stale file makes scans slower, never wrong.
import { readFileSync, writeFileSync } from "node:fs";
import { expressionSources } from "../src/features/redflags/engine/index.js";
import { normalise } from "../src/features/redflags/engine/normalize.js";
import {
  type Choice,
  type Factor,
  factorChoices,
  sourceKey,
  topAlternatives,
} from "../src/features/redflags/engine/prefilter.js";

const corpus = readFileSync(new URL("../corpus/redflags/tune.jsonl", import.meta.url), "utf8")
  .trim()
  .split("\n")
  .map((line) => normalise((JSON.parse(line) as { text: string }).text).text)
  .join("\u0000");

const counts = new Map<string, number>();
function occurrences(s: string): number {
  let n = counts.get(s);
  if (n === undefined) {
    n = 0;
    // Past a few hundred, a string is common; the exact count does not change the choice.
    for (let at = corpus.indexOf(s); at !== -1 && n < 500; at = corpus.indexOf(s, at + 1)) n++;
    counts.set(s, n);
  }
  return n;
}

const cost = (f: Factor) => f.strings.reduce((sum, s) => sum + occurrences(s) + 1 / s.length, 0);
const rarest = (factors: Factor[]) =>
  factors.reduce<Factor | undefined>((best, f) => (!best || cost(f) < cost(best) ? f : best), undefined);

const choices: Record<string, Choice> = {};
let without = 0;
for (const source of expressionSources())
  for (const alt of topAlternatives(source)) {
    const best = rarest(factorChoices(alt.elements, rarest));
    if (best) choices[sourceKey(alt.raw)] = best.choice;
    else without++;
  }

const file = new URL("../src/features/redflags/engine/prefilter-choices.json", import.meta.url);
const sorted = Object.keys(choices).sort();
// One alternative a line, so a change to the lexicon shows as a few changed lines. The file is generated, so the
// formatter leaves it alone (biome.json).
writeFileSync(
  file,
  `{\n${sorted.map((k) => `  ${JSON.stringify(k)}: ${JSON.stringify(choices[k])}`).join(",\n")}\n}\n`,
);
console.log(
  `${sorted.length} alternatives, ${without} without a factor of three characters (their expressions scan whole texts)`,
);
