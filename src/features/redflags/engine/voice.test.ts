import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { candidatesOf, OWN_CLAIM_THRESHOLD, scanText } from "./index.js";
import { normalise } from "./normalize.js";
import { compileVoiceModel, VoicePassage, type VoiceSentence, voiceScore } from "./voice.js";
import { examplesOf, type LabelledPassage, serialiseVoiceModel, trainVoiceModel } from "./voice-train.js";

/**
 * Sentences split at ". " and "? ", as the engine would for these plain texts, `perParagraph` to a paragraph.
 */
function sentencesOf(norm: string, perParagraph = Number.POSITIVE_INFINITY): VoiceSentence[] {
  const out: VoiceSentence[] = [];
  let start = 0;
  for (let i = 0; i <= norm.length; i++)
    if (i === norm.length || ((norm[i - 1] === "." || norm[i - 1] === "?") && norm[i] === " ")) {
      if (i > start)
        out.push({
          start,
          end: i,
          question: norm[i - 1] === "?",
          paragraph: Math.floor(out.length / perParagraph),
        });
      start = i + 1;
    }
  return out;
}

const EMPTY = compileVoiceModel({ bias: 0, weights: {} });

describe("voice features", () => {
  const norm = "we saw an ad. it says the cells cure paralysis. my cousin laughed.";
  const start = norm.indexOf("cure");
  const end = norm.indexOf(".", start);
  const passage = new VoicePassage(EMPTY, norm, sentencesOf(norm), () => false);
  const features = passage.features(start, end, "cure-claim");

  it("names the match's code, its words, its sentence, its neighbours and its window, each once", () => {
    for (const f of ["c=cure-claim", "m=cure", "m=paralysis", "s=it", "s=says", "s=cells"])
      expect(features).toContain(f);
    expect(features.filter((f) => f.startsWith("l="))).toEqual(["l=says", "l=the", "l=cells"]);
    for (const f of ["b=the_cells", "p=saw", "p=ad", "n=cousin", "w=laughed", "w=says"])
      expect(features).toContain(f);
    // The match's own words count only as its words: not in a pair, not in the window.
    for (const f of ["b=cells_cure", "b=cure_paralysis", "w=cure", "w=paralysis"])
      expect(features).not.toContain(f);
    expect(features).not.toContain("s=cure");
    expect(features).not.toContain("q=question");
    expect(new Set(features).size).toBe(features.length);
  });

  it("marks a match that is quoted or asked about", () => {
    const asked = "do the cells cure paralysis? we want to know.";
    const p = new VoicePassage(EMPTY, asked, sentencesOf(asked), () => true);
    const f = p.features(asked.indexOf("cure"), asked.indexOf("?"), "cure-claim");
    expect(f).toContain("q=question");
    expect(f).toContain("q=quoted");
    expect(f).toContain("n=know");
    expect(f.some((x) => x.startsWith("p="))).toBe(false);
  });

  it("keeps an apostrophe inside a word and reads accents as the engine folded them", () => {
    const { text } = normalise("Don’t worry, las células curan en la Straße 12.");
    const p = new VoicePassage(EMPTY, text, sentencesOf(text), () => false);
    const f = p.features(text.indexOf("curan"), text.indexOf("curan") + 5, "cure-claim");
    expect(f).toContain("s=don't");
    expect(f).toContain("s=celulas");
    expect(f).toContain("s=straße");
    expect(f).toContain("s=12");
  });

  it("reads the sentences around a match only within its paragraph", () => {
    const text = "beware of ads. they lie. our cells cure paralysis. book now.";
    const sentences = sentencesOf(text, 2);
    const p = new VoicePassage(EMPTY, text, sentences, () => false);
    const f = p.features(text.indexOf("cure"), text.indexOf(" paralysis"), "cure-claim");
    expect(f).toContain("n=book");
    expect(f).toContain("w=book");
    expect(f.some((x) => x === "p=they" || x === "w=beware" || x === "w=lie")).toBe(false);
  });
});

describe("voice score", () => {
  it("is the logistic of the bias and the weights of the features present; unknown features weigh nothing", () => {
    const model = compileVoiceModel({
      bias: 0.5,
      weights: { "m=cure": 1, "d=beware": -2, "b=no_risk": 0.25 },
    });
    expect(voiceScore(model, ["m=cure", "d=unknown"])).toBeCloseTo(1 / (1 + Math.exp(-1.5)), 12);
    expect(voiceScore(model, ["d=beware", "b=no_risk"])).toBeCloseTo(1 / (1 + Math.exp(1.25)), 12);
    expect(voiceScore(model, ["b=risk_no"])).toBeCloseTo(1 / (1 + Math.exp(-0.5)), 12);
  });

  it("reads a passage by word number to exactly the score of its named features", () => {
    // With Latin-1 letters the engine keeps, digits, and two words whose FNV-1a hashes collide.
    const pool = [
      "we",
      "cure",
      "cells",
      "no",
      "risk",
      "beware",
      "ad",
      "says",
      "walk",
      "don't",
      "straße",
      "2024",
    ];
    pool.push("glbvs", "yacxa");
    const word = fc.constantFrom(...pool, "zebra");
    const sentence = fc.array(word, { minLength: 1, maxLength: 8 }).map((w) => w.join(" "));
    fc.assert(
      fc.property(
        fc.array(sentence, { minLength: 1, maxLength: 5 }),
        fc.dictionary(
          fc
            .tuple(fc.constantFrom("m", "s", "l", "p", "n", "w", "b"), word, word)
            .map(([kind, a, b]) => (kind === "b" ? `b=${a}_${b}` : `${kind}=${a}`)),
          fc.double({ min: -2, max: 2, noNaN: true }),
        ),
        fc.nat(),
        fc.nat(),
        fc.boolean(),
        fc.integer({ min: 1, max: 3 }),
        (sentences, weights, a, b, question, perParagraph) => {
          const norm = sentences.join(question ? "? " : ". ");
          const model = compileVoiceModel({ bias: 0.1, weights: { ...weights, "c=cure-claim": 0.3 } });
          const start = a % norm.length;
          const end = start + 1 + (b % (norm.length - start));
          const sentencesOfNorm = sentencesOf(norm, perParagraph);
          const passage = new VoicePassage(model, norm, sentencesOfNorm, (at) => at % 2 === 0);
          const named = voiceScore(model, passage.features(start, end, "cure-claim"));
          expect(passage.score(start, end, "cure-claim")).toBeCloseTo(named, 9);
        },
      ),
    );
  });
});

describe("the engine's voice reading", () => {
  it("sets aside matches the rules let stand in a list of what ads say, and keeps the same words from a seller", () => {
    for (const list of [
      "My sister collects screenshots of clinic ads for her nursing class: miracle cells, only two places left, guaranteed results. She marks each one in red.",
      "Mi hermana junta capturas de anuncios de clínicas para su clase de enfermería: células milagrosas, últimos dos lugares, resultados garantizados. Marca cada una en rojo.",
    ]) {
      const ruled = new Set(
        candidatesOf(list)
          .filter((c) => c.accepted)
          .map((c) => c.code),
      );
      expect(ruled).toContain("miracle-hype");
      expect(ruled).toContain("guaranteed-outcome");
      expect(scanText(list).findings).toEqual([]);
    }
    const seller = "Miracle cells for your injury! Only two places left this month.";
    expect(scanText(seller).findings.map((f) => f.code)).toEqual(["miracle-hype", "pressure-tactics"]);
    const vendedor = "¡Células milagrosas para tu lesión! Quedan solo dos lugares este mes.";
    expect(scanText(vendedor).findings.map((f) => f.code)).toEqual(["miracle-hype", "pressure-tactics"]);
  });

  it("lets a cautionary paragraph speak for its own paragraph only, never for a separate claim", () => {
    const claims =
      "Miracle cells for your injury! We guarantee you will walk again, with no side effects. Only two places left this month.";
    const caution =
      "Patient safety matters to us. Be wary of clinics abroad that promise miracles or say a treatment has no risks. Ask any clinic for its licence and its lab certificate, and keep up your physical therapy.";
    const codes = (text: string) => scanText(text).findings.map((f) => f.code);
    const alone = codes(claims);
    expect(alone).toEqual(expect.arrayContaining(["miracle-hype", "guaranteed-outcome", "cure-claim"]));
    expect(codes(`${claims}\n\n${caution}`)).toEqual(alone);
    expect(codes(`${caution}\n\n${claims}`)).toEqual(alone);
  });

  it("gives every candidate its span, whether the rules kept it, and its features", () => {
    const text = "This is not a cure. Our cells cure paralysis.";
    const candidates = candidatesOf(text).filter((c) => c.code === "cure-claim");
    expect(candidates.map((c) => [text.slice(c.start, c.end), c.accepted])).toEqual([
      ["cure", false],
      ["cure paralysis", true],
    ]);
    expect(candidates[1]!.features).toContain("p=not");
    expect(candidates[0]!.ownClaim).toBeUndefined();
    expect(candidates[1]!.ownClaim).toBeGreaterThanOrEqual(OWN_CLAIM_THRESHOLD);
  });
});

describe("the stored voice model", () => {
  it("is the model npm run redflags:train-voice trains on the tuning corpus today", () => {
    const passages = readFileSync(new URL("../../../../corpus/redflags/tune.jsonl", import.meta.url), "utf8")
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l) as LabelledPassage);
    const stored = readFileSync(new URL("./voice-model.json", import.meta.url), "utf8");
    // If this fails after a change to the lexicon, the rules or the corpus: npm run redflags:train-voice.
    expect(serialiseVoiceModel(trainVoiceModel(examplesOf(passages)))).toBe(stored);
  }, 120_000);

  it("learns from its examples which words mark text about a claim", () => {
    const examples = [
      ...Array.from({ length: 6 }, () => ({
        features: ["c=cure-claim", "d=beware", "m=cure"],
        own: 0 as const,
      })),
      ...Array.from({ length: 6 }, () => ({
        features: ["c=cure-claim", "d=book", "m=cure"],
        own: 1 as const,
      })),
    ];
    const model = trainVoiceModel(examples);
    expect(model.weights["d=beware"]).toBeLessThan(0);
    expect(model.weights["d=book"]).toBeGreaterThan(0);
    const compiled = compileVoiceModel(model);
    expect(voiceScore(compiled, ["c=cure-claim", "d=beware", "m=cure"])).toBeLessThan(0.5);
    expect(voiceScore(compiled, ["c=cure-claim", "d=book", "m=cure"])).toBeGreaterThan(0.5);
  });
});
