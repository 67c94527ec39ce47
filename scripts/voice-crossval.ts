// `npm run redflags:voice-cv`: five-fold cross-validation of the voice model on tune.jsonl. Each fold's passages
// are filtered by a model trained on the other four, so the figures say what the model does on passages it has
// not learned from (decision 0012). Folds are fixed by a hash of each id. The holdout is never read.
import { readFileSync } from "node:fs";
import { candidatesOf, OWN_CLAIM_THRESHOLD, voiceReads } from "../src/features/redflags/engine/index.js";
import { compileVoiceModel, voiceScore } from "../src/features/redflags/engine/voice.js";
import { examplesFrom, trainVoiceModel } from "../src/features/redflags/engine/voice-train.js";
import { Tally } from "./redflag-tally.js";

const FOLDS = 5;
type Row = { id: string; text: string; codes: string[] };
const rows = readFileSync(new URL("../corpus/redflags/tune.jsonl", import.meta.url), "utf8")
  .trim()
  .split("\n")
  .map((l) => JSON.parse(l) as Row);
const foldOf = (id: string) => {
  let h = 0;
  for (const ch of id) h = (Math.imul(h, 31) + ch.charCodeAt(0)) >>> 0;
  return h % FOLDS;
};
const candidates = new Map(rows.map((r) => [r.id, candidatesOf(r.text)]));
const rulesAlone = new Tally();
const withModel = new Tally();
for (let fold = 0; fold < FOLDS; fold++) {
  const training = rows.filter((r) => foldOf(r.id) !== fold);
  const examples = training.flatMap((r) => examplesFrom(r.codes, candidates.get(r.id)!));
  const model = compileVoiceModel(trainVoiceModel(examples));
  for (const r of rows) {
    if (foldOf(r.id) !== fold) continue;
    const kept = candidates.get(r.id)!.filter((c) => c.accepted);
    const own = kept.filter(
      (c) => !voiceReads(c.code) || voiceScore(model, c.features) >= OWN_CLAIM_THRESHOLD,
    );
    rulesAlone.add(r.codes, new Set(kept.map((c) => c.code as string)));
    withModel.add(r.codes, new Set(own.map((c) => c.code as string)));
  }
}
for (const [name, t] of [
  ["rules alone          ", rulesAlone],
  ["rules and voice model", withModel],
] as const)
  console.log(
    `${name}: micro-F1 ${t.microF1.toFixed(3)}, recall ${(100 * t.recall).toFixed(1)} %, clean passages flagged ${t.cleanFlagged}/${t.clean}`,
  );
