// `npm run eval:redflags`: the red-flag engine against the labelled corpus, scored as shared/redflag-codes.md
// defines it. The engine is tuned on tune.jsonl only; holdout.jsonl is reported separately and never tuned on.
// Each split is also scored with the rules alone, before the voice model: on tune.jsonl, which the voice model was
// trained on, that is the figure that still shows where the rules go wrong.
import { readFileSync } from "node:fs";
import { candidatesOf, RED_FLAG_CODES, scanText } from "../src/features/redflags/engine/index.js";

type Row = { id: string; lang: string; text: string; codes: string[] };

function evaluate(split: "tune" | "holdout") {
  const rows = readFileSync(new URL(`../corpus/redflags/${split}.jsonl`, import.meta.url), "utf8")
    .trim()
    .split("\n")
    .map((l) => JSON.parse(l) as Row);
  const per = Object.fromEntries(RED_FLAG_CODES.map((c) => [c, { tp: 0, fp: 0, fn: 0 }]));
  let clean = 0;
  let cleanFlagged = 0;
  const rulesAlone = { tp: 0, fp: 0, fn: 0, cleanFlagged: 0 };
  let ms = 0;
  for (const r of rows) {
    const started = performance.now();
    const got = new Set(scanText(r.text).findings.map((f) => f.code as string));
    ms += performance.now() - started;
    const ruled = new Set(candidatesOf(r.text).flatMap((c) => (c.accepted ? [c.code as string] : [])));
    if (r.codes.length === 0 && ruled.size) rulesAlone.cleanFlagged++;
    for (const c of ruled) r.codes.includes(c) ? rulesAlone.tp++ : rulesAlone.fp++;
    for (const c of r.codes) if (!ruled.has(c)) rulesAlone.fn++;
    if (r.codes.length === 0) {
      clean++;
      if (got.size) cleanFlagged++;
    }
    for (const c of RED_FLAG_CODES) {
      const want = r.codes.includes(c);
      if (got.has(c) && want) per[c]!.tp++;
      else if (got.has(c)) per[c]!.fp++;
      else if (want) per[c]!.fn++;
    }
  }
  const pct = (x: number) => `${(x * 100).toFixed(1)} %`;
  console.log(`\n${split}.jsonl — ${rows.length} passages (${clean} clean), scanned in ${ms.toFixed(0)} ms`);
  console.log(`${"code".padEnd(26)} ${"precision".padStart(10)} ${"recall".padStart(8)}   tp  fp  fn`);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const c of RED_FLAG_CODES) {
    const s = per[c]!;
    tp += s.tp;
    fp += s.fp;
    fn += s.fn;
    const precision = s.tp + s.fp ? s.tp / (s.tp + s.fp) : 1;
    const recall = s.tp + s.fn ? s.tp / (s.tp + s.fn) : 1;
    console.log(
      `${c.padEnd(26)} ${pct(precision).padStart(10)} ${pct(recall).padStart(8)}  ${String(s.tp).padStart(3)} ${String(s.fp).padStart(3)} ${String(s.fn).padStart(3)}`,
    );
  }
  const precision = tp / (tp + fp);
  const recall = tp / (tp + fn);
  console.log(
    `micro-F1 ${((2 * precision * recall) / (precision + recall)).toFixed(3)} (precision ${pct(precision)}, recall ${pct(recall)})`,
  );
  console.log(
    `false-positive rate on clean passages: ${cleanFlagged}/${clean} = ${pct(cleanFlagged / clean)}`,
  );
  const r = rulesAlone;
  console.log(
    `rules alone, before the voice model: micro-F1 ${((2 * r.tp) / (2 * r.tp + r.fp + r.fn)).toFixed(3)}, clean passages flagged ${r.cleanFlagged}/${clean} = ${pct(r.cleanFlagged / clean)}`,
  );
}

evaluate("tune");
evaluate("holdout");
