// `npm run eval:redflags`: the red-flag engine against the labelled corpus, scored as shared/redflag-codes.md
// defines it. The engine is tuned on tune.jsonl only; holdout.jsonl is reported separately and never tuned on.
// Each split is also scored with the rules alone, before the voice model: on tune.jsonl, which the voice model was
// trained on, that is the figure that still shows where the rules go wrong.
import { readFileSync } from "node:fs";
import { candidatesOf, RED_FLAG_CODES, scanText } from "../src/features/redflags/engine/index.js";
import { Tally } from "./redflag-tally.js";

type Row = { id: string; lang: string; text: string; codes: string[] };

function evaluate(split: "tune" | "holdout") {
  const rows = readFileSync(new URL(`../corpus/redflags/${split}.jsonl`, import.meta.url), "utf8")
    .trim()
    .split("\n")
    .map((l) => JSON.parse(l) as Row);
  const per = Object.fromEntries(RED_FLAG_CODES.map((c) => [c, { tp: 0, fp: 0, fn: 0 }]));
  const total = new Tally();
  const rulesAlone = new Tally();
  let ms = 0;
  for (const r of rows) {
    const started = performance.now();
    const got = new Set(scanText(r.text).findings.map((f) => f.code as string));
    ms += performance.now() - started;
    total.add(r.codes, got);
    rulesAlone.add(
      r.codes,
      new Set(candidatesOf(r.text).flatMap((c) => (c.accepted ? [c.code as string] : []))),
    );
    for (const c of RED_FLAG_CODES) {
      const want = r.codes.includes(c);
      if (got.has(c) && want) per[c]!.tp++;
      else if (got.has(c)) per[c]!.fp++;
      else if (want) per[c]!.fn++;
    }
  }
  const pct = (x: number) => `${(x * 100).toFixed(1)} %`;
  const { clean } = total;
  console.log(`\n${split}.jsonl — ${rows.length} passages (${clean} clean), scanned in ${ms.toFixed(0)} ms`);
  console.log(`${"code".padEnd(26)} ${"precision".padStart(10)} ${"recall".padStart(8)}   tp  fp  fn`);
  for (const c of RED_FLAG_CODES) {
    const s = per[c]!;
    const precision = s.tp + s.fp ? s.tp / (s.tp + s.fp) : 1;
    const recall = s.tp + s.fn ? s.tp / (s.tp + s.fn) : 1;
    console.log(
      `${c.padEnd(26)} ${pct(precision).padStart(10)} ${pct(recall).padStart(8)}  ${String(s.tp).padStart(3)} ${String(s.fp).padStart(3)} ${String(s.fn).padStart(3)}`,
    );
  }
  console.log(
    `micro-F1 ${total.microF1.toFixed(3)} (precision ${pct(total.precision)}, recall ${pct(total.recall)})`,
  );
  console.log(
    `false-positive rate on clean passages: ${total.cleanFlagged}/${clean} = ${pct(total.cleanFlagged / clean)}`,
  );
  console.log(
    `rules alone, before the voice model: micro-F1 ${rulesAlone.microF1.toFixed(3)}, clean passages flagged ${rulesAlone.cleanFlagged}/${clean} = ${pct(rulesAlone.cleanFlagged / clean)}`,
  );
}

evaluate("tune");
evaluate("holdout");
