import { describe, expect, it } from "vitest";
import { GUIDE_CURRENT_AS_OF, GUIDE_SOURCES, type GuideContent, guide } from "./content.js";

const REQUIRED_SECTION_IDS = [
  "what-mscs-are",
  "what-they-can-and-cannot-do",
  "how-cells-are-given",
  "why-rehab-matters",
  "risks",
  "our-four-standards",
  "red-flags",
  "costs",
  "questions-to-ask",
  "talk-to-your-doctor",
];

const locales = ["en", "es"] as const;

/** Every human-readable string of one language's guide, with a path for readable failures. */
function strings(content: GuideContent): Array<[string, string]> {
  const out: Array<[string, string]> = [
    ["title", content.title],
    ["lead", content.lead],
  ];
  for (const s of content.sections) {
    out.push([`${s.id}.id`, s.id], [`${s.id}.heading`, s.heading], [`${s.id}.summary`, s.summary]);
    for (const [i, b] of s.blocks.entries()) {
      if (b.kind === "list") {
        for (const [j, item] of b.items.entries()) out.push([`${s.id}.blocks[${i}].items[${j}]`, item]);
      } else out.push([`${s.id}.blocks[${i}].text`, b.text]);
    }
    for (const [i, id] of s.sourceIds.entries()) out.push([`${s.id}.sourceIds[${i}]`, id]);
  }
  return out;
}

const fullText = (content: GuideContent) =>
  strings(content)
    .map(([, text]) => text)
    .join("\n");

describe("guide content", () => {
  it("has the same section ids in the same order in English and Spanish", () => {
    expect(guide.es.sections.map((s) => s.id)).toEqual(guide.en.sections.map((s) => s.id));
  });

  it("contains every required section, in the required order, with unique ids", () => {
    for (const locale of locales) {
      const ids = guide[locale].sections.map((s) => s.id);
      expect(new Set(ids).size).toBe(ids.length);
      const required = ids.filter((id) => REQUIRED_SECTION_IDS.includes(id));
      expect(required, locale).toEqual(REQUIRED_SECTION_IDS);
    }
  });

  it("gives each section a summary, 2-5 blocks and at least one source", () => {
    for (const locale of locales) {
      for (const s of guide[locale].sections) {
        expect(s.blocks.length, `${locale}/${s.id}`).toBeGreaterThanOrEqual(2);
        expect(s.blocks.length, `${locale}/${s.id}`).toBeLessThanOrEqual(5);
        expect(s.sourceIds.length, `${locale}/${s.id}`).toBeGreaterThan(0);
      }
      const blocks = guide[locale].sections.flatMap((s) => s.blocks);
      expect(
        blocks.some((b) => b.kind === "callout" && b.tone === "warning"),
        locale,
      ).toBe(true);
      expect(
        guide[locale].sections.filter((s) => s.blocks.some((b) => b.kind === "list")).length,
      ).toBeGreaterThan(2);
    }
  });

  it("cites the same sources per section in both languages", () => {
    guide.en.sections.forEach((s, i) => {
      expect(guide.es.sections[i]?.sourceIds, s.id).toEqual(s.sourceIds);
    });
  });

  it("references only sources that exist, without duplicates in a section", () => {
    const known = new Set(GUIDE_SOURCES.map((s) => s.id));
    for (const locale of locales) {
      for (const s of guide[locale].sections) {
        expect(new Set(s.sourceIds).size, `${locale}/${s.id}`).toBe(s.sourceIds.length);
        for (const id of s.sourceIds) expect(known.has(id), `${locale}/${s.id} cites ${id}`).toBe(true);
      }
    }
  });

  it("references every source at least once", () => {
    const cited = new Set(locales.flatMap((l) => guide[l].sections.flatMap((s) => s.sourceIds)));
    for (const source of GUIDE_SOURCES) expect(cited.has(source.id), source.id).toBe(true);
  });

  it("has 8-12 sources with unique ids and https urls", () => {
    expect(GUIDE_SOURCES.length).toBeGreaterThanOrEqual(8);
    expect(GUIDE_SOURCES.length).toBeLessThanOrEqual(12);
    const ids = GUIDE_SOURCES.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const source of GUIDE_SOURCES) {
      expect(source.url.startsWith("https://"), source.id).toBe(true);
      expect(() => new URL(source.url), source.id).not.toThrow();
    }
  });

  it("has no empty strings anywhere", () => {
    for (const locale of locales) {
      for (const [path, text] of strings(guide[locale]))
        expect(text.trim(), `${locale}/${path}`).not.toBe("");
    }
    for (const source of GUIDE_SOURCES) {
      expect(source.id.trim(), "source id").not.toBe("");
      expect(source.citation.trim(), source.id).not.toBe("");
      expect(source.url.trim(), source.id).not.toBe("");
      if (source.note !== undefined) expect(source.note.trim(), source.id).not.toBe("");
    }
  });

  it("has unique items within each list (the view keys list items by their text)", () => {
    for (const locale of locales) {
      for (const s of guide[locale].sections) {
        for (const b of s.blocks) {
          if (b.kind === "list") expect(new Set(b.items).size, `${locale}/${s.id}`).toBe(b.items.length);
        }
      }
    }
  });

  it("gives the clinic checklist 8-12 questions in both languages", () => {
    for (const locale of locales) {
      const section = guide[locale].sections.find((s) => s.id === "questions-to-ask");
      const list = section?.blocks.find((b) => b.kind === "list");
      expect(list?.kind === "list" ? list.items.length : 0, locale).toBeGreaterThanOrEqual(8);
      expect(list?.kind === "list" ? list.items.length : 0, locale).toBeLessThanOrEqual(12);
    }
  });

  it("says plainly that MSC therapy is not a cure", () => {
    expect(fullText(guide.en)).toContain("not a cure");
    expect(fullText(guide.es)).toContain("no es una cura");
  });

  it("is dated with a real ISO day", () => {
    expect(GUIDE_CURRENT_AS_OF).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const parsed = new Date(`${GUIDE_CURRENT_AS_OF}T00:00:00Z`);
    expect(Number.isNaN(parsed.getTime())).toBe(false);
    expect(parsed.toISOString().slice(0, 10)).toBe(GUIDE_CURRENT_AS_OF);
  });
});
