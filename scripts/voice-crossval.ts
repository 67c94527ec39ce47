// `npm run redflags:voice-cv`: five-fold cross-validation of the voice model on tune.jsonl. Each fold's passages
// are filtered by a model trained on the other four, so the figures say what the model does on passages it has
// not learned from (decision 0012). Folds are fixed by a hash of each id. The holdout is never read.
import { readFileSync } from "node:fs";
import { candidatesOf, OWN_CLAIM_THRESHOLD, voiceReads } from "../src/features/redflags/engine/index.js";
import { compileVoiceModel, voiceScore } from "../src/features/redflags/engine/voice.js";
import { trainVoiceModel } from "../src/features/redflags/engine/voice-train.js";

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
const score = { rules: { tp: 0, fp: 0, fn: 0, flagged: 0 }, voice: { tp: 0, fp: 0, fn: 0, flagged: 0 } };
let clean = 0;
for (let fold = 0; fold < FOLDS; fold++) {
  // The same examples as examplesOf, from the candidates already read.
  const examples = rows
    .filter((r) => foldOf(r.id) !== fold)
    .flatMap((r) =>
      candidates.get(r.id)!.flatMap((c) => {
        const carried = r.codes.includes(c.code);
        if (!voiceReads(c.code) || (carried && !c.accepted)) return [];
        return [{ features: c.features, own: (carried ? 1 : 0) as 0 | 1 }];
      }),
    );
  const model = compileVoiceModel(trainVoiceModel(examples));
  for (const r of rows) {
    if (foldOf(r.id) !== fold) continue;
    if (r.codes.length === 0) clean++;
    const kept = candidates.get(r.id)!.filter((c) => c.accepted);
    const own = kept.filter(
      (c) => !voiceReads(c.code) || voiceScore(model, c.features) >= OWN_CLAIM_THRESHOLD,
    );
    for (const [name, list] of [
      ["rules", kept],
      ["voice", own],
    ] as const) {
      const got = new Set(list.map((c) => c.code as string));
      const s = score[name];
      if (r.codes.length === 0 && got.size) s.flagged++;
      for (const c of got) r.codes.includes(c) ? s.tp++ : s.fp++;
      for (const c of r.codes) if (!got.has(c)) s.fn++;
    }
  }
}
for (const [name, s] of Object.entries(score))
  console.log(
    `${name === "rules" ? "rules alone          " : "rules and voice model"}: micro-F1 ${((2 * s.tp) / (2 * s.tp + s.fp + s.fn)).toFixed(3)}, recall ${((100 * s.tp) / (s.tp + s.fn)).toFixed(1)} %, clean passages flagged ${s.flagged}/${clean}`,
  );
