import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PassThrough, Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { scanText } from "../../features/redflags/engine/index.js";
import { main } from "../index.js";

async function run(args: string[], stdin = "") {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = "";
  let err = "";
  stdout.on("data", (d) => (out += d));
  stderr.on("data", (d) => (err += d));
  const code = await main(args, { stdin: Readable.from([stdin]), stdout, stderr });
  return { code, out, err };
}

describe("candor redflags scan", () => {
  it("prints the JSON report for a file", async () => {
    const dir = mkdtempSync(join(tmpdir(), "candor-rf-"));
    const file = join(dir, "ad.txt");
    writeFileSync(file, "Células milagrosas.\nSin efectos secundarios.");
    const { code, out } = await run(["redflags", "scan", file, "--json"]);
    expect(code).toBe(0);
    const report = JSON.parse(out);
    expect(report.language).toBe("es");
    expect(report.findings.map((f: { code: string }) => f.code).sort()).toEqual([
      "absolute-safety",
      "miracle-hype",
    ]);
    for (const f of report.findings)
      expect(Object.keys(f).sort()).toEqual(["code", "end", "excerpt", "explanation", "severity", "start"]);
  });

  it("prints a readable report from standard input, with line and column", async () => {
    const { code, out } = await run(["redflags", "scan", "-"], "Honest text.\nAnd we guarantee results.");
    expect(code).toBe(0);
    // Line 2; the finding starts at the claim, not at the start of the line.
    expect(out).toMatch(/\n2:(?:5|8) {2}guaranteed-outcome \(high\)/);
  });

  it("scans a JSONL batch, one line out per line in, and reports bad lines", async () => {
    const { code, out, err } = await run(
      ["redflags", "scan", "--jsonl", "-"],
      '{"id":"a","text":"No rehab needed."}\nnot json\n{"id":"b","text":"This is not a cure."}\n',
    );
    expect(code).toBe(1);
    const lines = out
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(lines.map((l) => l.id)).toEqual(["a", "b"]);
    expect(lines[0].findings[0].code).toBe("downplays-rehabilitation");
    expect(lines[1].findings).toEqual([]);
    expect(err).toContain("line 2: not valid JSON");
  });

  it("keeps input order across batches: each line's report is the one-text report", async () => {
    const texts = Array.from({ length: 150 }, (_, i) =>
      i % 3 === 0 ? `Case ${i}: only ${(i % 5) + 1} spots left!` : `Case ${i}: this is not a cure.`,
    );
    const input = texts.map((text, i) => JSON.stringify({ id: i, text })).join("\n");
    const { code, out } = await run(["redflags", "scan", "--jsonl", "-"], input);
    expect(code).toBe(0);
    const lines = out
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(lines.map((l) => l.id)).toEqual(texts.map((_, i) => i));
    for (const [i, l] of lines.entries()) expect(l.findings).toEqual(scanText(texts[i]!).findings);
    expect(lines.filter((l) => l.findings.length).length).toBe(50);
  });

  it("says clearly when the file is missing", async () => {
    const { code, err } = await run(["redflags", "scan", "/no/such/file.txt"]);
    expect(code).toBe(2);
    expect(err).toContain("Cannot read /no/such/file.txt");
  });
});
