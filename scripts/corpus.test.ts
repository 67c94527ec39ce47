import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

// The labelled red-flag corpus (corpus/redflags/README.md). Labels follow /work/shared/redflag-codes.md.
// This test checks the files' shape and the size requirements. It does not run the detection engine.

const CODES = [
  "guaranteed-outcome",
  "cure-claim",
  "miracle-hype",
  "absolute-safety",
  "regulatory-misuse",
  "pay-to-participate",
  "downplays-rehabilitation",
  "pressure-tactics",
  "unsupported-evidence",
  "opaque-cell-source",
  "panacea",
] as const;

type Passage = {
  id: string;
  lang: "en" | "es";
  text: string;
  codes: string[];
  source: string;
  note: string;
};

type Line = { n: number; raw: string };

/**
 * Ids of the held-out sets that were read and folded into tune with their ids (corpus README), all on
 * 2026-11-30: the first (holdout-en-001…078, holdout-es-001…075), then holdout-en/es-101…228, 229…356,
 * 357…484 and 485…612.
 */
const SPENT_HOLDOUT =
  /^holdout-(?:en-0(?:0[1-9]|[1-6]\d|7[0-8])|es-0(?:0[1-9]|[1-6]\d|7[0-5])|(?:en|es)-(?:10[1-9]|1[1-9]\d|[2-5]\d\d|60\d|61[0-2]))$/;

function lines(name: "tune" | "holdout"): Line[] {
  const text = readFileSync(new URL(`../corpus/redflags/${name}.jsonl`, import.meta.url), "utf8");
  return text
    .split("\n")
    .map((raw, i) => ({ n: i + 1, raw }))
    .filter((l) => l.raw.trim() !== "");
}

function parse(name: "tune" | "holdout"): Passage[] {
  return lines(name).map((l) => JSON.parse(l.raw) as Passage);
}

const files = { tune: parse("tune"), holdout: parse("holdout") };
const all = [...files.tune, ...files.holdout];

const positives = (ps: Passage[], code: string) => ps.filter((p) => p.codes.includes(code)).length;
const clean = (ps: Passage[]) => ps.filter((p) => p.codes.length === 0).length;

describe("red-flag corpus: format", () => {
  for (const name of ["tune", "holdout"] as const) {
    it(`${name}.jsonl: every line is a JSON object with the expected fields`, () => {
      for (const l of lines(name)) {
        let p: unknown;
        expect(() => {
          p = JSON.parse(l.raw);
        }, `${name}.jsonl line ${l.n} does not parse`).not.toThrow();
        const o = p as Record<string, unknown>;
        expect(typeof o, `line ${l.n}`).toBe("object");
        expect(Object.keys(o).sort(), `line ${l.n}`).toEqual([
          "codes",
          "id",
          "lang",
          "note",
          "source",
          "text",
        ]);
        for (const k of ["id", "text", "source", "note"]) {
          expect(typeof o[k], `line ${l.n} ${k}`).toBe("string");
          expect((o[k] as string).trim().length, `line ${l.n} ${k} is empty`).toBeGreaterThan(0);
        }
        expect(Array.isArray(o.codes), `line ${l.n} codes`).toBe(true);
      }
    });

    it(`${name}.jsonl: ids look like ${name}-<lang>-NNN and match lang`, () => {
      for (const p of files[name]) {
        // Spent holdouts moved to tune with their ids.
        // A spent holdout passage lives in tune only: the holdout holds none.
        if (name === "holdout") expect(SPENT_HOLDOUT.test(p.id), p.id).toBe(false);
        const prefix = name === "tune" && SPENT_HOLDOUT.test(p.id) ? "holdout" : name;
        expect(p.id).toMatch(new RegExp(`^${prefix}-(en|es)-\\d{3,}$`));
        expect(p.id.split("-")[1], p.id).toBe(p.lang);
      }
    });
  }

  it("ids are unique across both files", () => {
    const ids = all.map((p) => p.id);
    const dupes = ids.filter((id, i) => ids.indexOf(id) !== i);
    expect(dupes).toEqual([]);
  });

  it("no passage text appears twice", () => {
    const texts = all.map((p) => p.text.trim());
    const dupes = texts.filter((t, i) => texts.indexOf(t) !== i);
    expect(dupes).toEqual([]);
  });

  it("lang is en or es", () => {
    for (const p of all) expect(["en", "es"], p.id).toContain(p.lang);
  });

  it("codes are the 11 contract codes, without repeats, sorted", () => {
    for (const p of all) {
      for (const c of p.codes) expect(CODES as readonly string[], `${p.id}: ${c}`).toContain(c);
      expect(new Set(p.codes).size, `${p.id} repeats a code`).toBe(p.codes.length);
      expect(p.codes, `${p.id} codes not sorted`).toEqual([...p.codes].sort());
    }
  });

  it("source is 'written' or names a public source with its URL", () => {
    for (const p of all) {
      if (p.source !== "written") expect(p.source, p.id).toMatch(/https?:\/\/\S+/);
    }
  });
});

describe("red-flag corpus: size and balance", () => {
  it("has at least 350 passages: tune >= 230, holdout >= 120", () => {
    expect(files.tune.length).toBeGreaterThanOrEqual(230);
    expect(files.holdout.length).toBeGreaterThanOrEqual(120);
    expect(all.length).toBeGreaterThanOrEqual(350);
  });

  it("is about half Spanish overall and in each file", () => {
    for (const ps of [all, files.tune, files.holdout]) {
      const es = ps.filter((p) => p.lang === "es").length / ps.length;
      expect(es).toBeGreaterThanOrEqual(0.4);
      expect(es).toBeLessThanOrEqual(0.6);
    }
  });

  for (const code of CODES) {
    it(`${code}: >= 24 positives overall, >= 7 in holdout`, () => {
      expect(positives(all, code)).toBeGreaterThanOrEqual(24);
      expect(positives(files.holdout, code)).toBeGreaterThanOrEqual(7);
    });
  }

  it("has >= 110 clean passages overall and >= 35 in holdout", () => {
    expect(clean(all)).toBeGreaterThanOrEqual(110);
    expect(clean(files.holdout)).toBeGreaterThanOrEqual(35);
  });
});
