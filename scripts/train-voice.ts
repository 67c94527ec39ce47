// `npm run redflags:train-voice`: trains the red-flag engine's voice model (engine/voice.ts) on tune.jsonl and
// writes engine/voice-model.json. Run it after changing the lexicon, the rules or the tuning corpus; a test
// fails while the stored model is out of date. The holdout is never read.
import { readFileSync, writeFileSync } from "node:fs";
import {
  examplesOf,
  type LabelledPassage,
  serialiseVoiceModel,
  trainVoiceModel,
} from "../src/features/redflags/engine/voice-train.js";

const passages = readFileSync(new URL("../corpus/redflags/tune.jsonl", import.meta.url), "utf8")
  .trim()
  .split("\n")
  .map((l) => JSON.parse(l) as LabelledPassage);
const examples = examplesOf(passages);
const model = trainVoiceModel(examples);
const out = new URL("../src/features/redflags/engine/voice-model.json", import.meta.url);
writeFileSync(out, serialiseVoiceModel(model));
const own = examples.filter((e) => e.own).length;
console.log(
  `${examples.length} matches in ${passages.length} passages (${own} the speaker's own claim); ${Object.keys(model.weights).length} features kept`,
);
const ranked = Object.entries(model.weights).sort(([, a], [, b]) => a - b);
const show = (list: Array<[string, number]>) => list.map(([f, v]) => `${f} ${v.toFixed(2)}`).join(", ");
console.log(`most against the speaker's own claim: ${show(ranked.slice(0, 20))}`);
console.log(`most for it: ${show(ranked.slice(-20).reverse())}`);
