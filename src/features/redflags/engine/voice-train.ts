/**
 * Trains the voice model (voice.ts) on labelled passages. Pure and deterministic: the same passages in the same
 * order, read by the same engine, give the same model, so a test can tell when the stored one is out of date.
 */
import { type Candidate, candidatesOf, voiceReads } from "./index.js";
import type { VoiceModel } from "./voice.js";

export type LabelledPassage = { id: string; text: string; codes: readonly string[] };

/**
 * The settings chosen on the spent holdouts (decision 0012): features seen in fewer than three matches are
 * dropped, a small L2 penalty, 40 passes of AdaGrad over a seeded shuffle.
 */
export const TRAINING = { minCount: 3, l2: 1e-3, epochs: 40, rate: 0.2, seed: 7 } as const;

export type Example = { features: string[]; own: 0 | 1 };

/**
 * One example per lexicon match of a code the model reads (voiceReads). A match in a passage that does not carry
 * its code is not the speaker's own claim, whether the rules let it stand or not; a match the rules let stand in a
 * passage that carries its code is. A match the rules set aside in a passage that carries its code says nothing:
 * the claim may be elsewhere.
 */
export function examplesOf(passages: readonly LabelledPassage[]): Example[] {
  return passages.flatMap((p) => examplesFrom(p.codes, candidatesOf(p.text)));
}

/** The examples of one passage labelled `codes`, from its candidates already read (see examplesOf). */
export function examplesFrom(codes: readonly string[], candidates: readonly Candidate[]): Example[] {
  return candidates.flatMap((c) => {
    const carried = codes.includes(c.code);
    if (!voiceReads(c.code) || (carried && !c.accepted)) return [];
    return [{ features: c.features, own: carried ? 1 : 0 }];
  });
}

/** Logistic regression, classes weighted to balance, weights rounded to four places as they are stored. */
export function trainVoiceModel(examples: readonly Example[]): VoiceModel {
  const count = new Map<string, number>();
  for (const e of examples) for (const f of e.features) count.set(f, (count.get(f) ?? 0) + 1);
  const index = new Map<string, number>();
  for (const [f, c] of [...count].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
    if (c >= TRAINING.minCount) index.set(f, index.size);
  const rows = examples.map((e) => e.features.flatMap((f) => index.get(f) ?? []));
  const w = new Float64Array(index.size);
  const squares = new Float64Array(index.size).fill(1e-8);
  let bias = 0;
  let biasSquares = 1e-8;
  const own = examples.filter((e) => e.own).length;
  // Each class weighs half; with only one class there is nothing to balance.
  const classWeight =
    own === 0 || own === examples.length
      ? [1, 1]
      : [examples.length / (2 * (examples.length - own)), examples.length / (2 * own)];
  const order = examples.map((_, i) => i);
  let seed: number = TRAINING.seed;
  // A linear congruential generator in 32-bit arithmetic, in [0, 1).
  const random = () => {
    seed = (Math.imul(seed, 1103515245) + 12345) & 0x7fffffff;
    return seed / 0x80000000;
  };
  for (let epoch = 0; epoch < TRAINING.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (const i of order) {
      const row = rows[i]!;
      let z = bias;
      for (const k of row) z += w[k]!;
      const y = examples[i]!.own;
      const g = (1 / (1 + Math.exp(-z)) - y) * classWeight[y]!;
      biasSquares += g * g;
      bias -= (TRAINING.rate / Math.sqrt(biasSquares)) * g;
      for (const k of row) {
        const gk = g + TRAINING.l2 * w[k]!;
        squares[k]! += gk * gk;
        w[k]! -= (TRAINING.rate / Math.sqrt(squares[k]!)) * gk;
      }
    }
  }
  const round = (x: number) => Math.round(x * 1e4) / 1e4;
  const weights: Record<string, number> = {};
  for (const [f, i] of index) if (round(w[i]!) !== 0) weights[f] = round(w[i]!);
  return { bias: round(bias), weights };
}

/** The stored form: one feature a line, in order, so a change to the model reads as a diff of its features. */
export function serialiseVoiceModel(model: VoiceModel): string {
  const lines = Object.keys(model.weights)
    .sort()
    .map((f) => `    ${JSON.stringify(f)}: ${model.weights[f]}`);
  return `{\n  "bias": ${model.bias},\n  "weights": {\n${lines.join(",\n")}\n  }\n}\n`;
}
