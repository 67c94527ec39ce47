import { execFile } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PassThrough } from "node:stream";
import { text } from "node:stream/consumers";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { main } from "../index.js";

const CRITERIA = [
  "identity",
  "quantity",
  "viability",
  "sterility",
  "mycoplasma",
  "endotoxin",
  "independent-lab",
  "donor-screening",
];

/** The contract's example COA, which passes everything. */
const exampleCoa = {
  lotId: "UC-2025-0412",
  cellSource: "umbilical-cord",
  autologous: false,
  laboratory: { name: "Lab", accreditation: "ISO/IEC 17025:2017", independentOfClinic: true },
  issuedOn: "2025-08-14",
  identity: {
    method: "flow cytometry",
    markers: {
      CD73: 98.2,
      CD90: 99.1,
      CD105: 96.4,
      CD45: 0.4,
      CD34: 0.7,
      CD14: 0.3,
      CD11b: null,
      CD19: 0.2,
      CD79a: null,
      "HLA-DR": 0.8,
    },
  },
  totalViableCells: 1.2e8,
  viabilityPercent: 94.5,
  sterility: { method: "USP <71>", result: "no growth" },
  mycoplasma: { method: "PCR", result: "negative" },
  endotoxin: { value: 0.25, unit: "EU/mL" },
  doseVolumeMl: 10,
  karyotype: "normal",
  donorScreening: { HIV: "negative", HBV: "negative", HCV: "negative", syphilis: "negative" },
};

let dir: string;
const files: Record<string, string> = {};

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "candor-coa-"));
  const write = async (name: string, content: string) => {
    files[name] = join(dir, name);
    await writeFile(files[name], content, "utf8");
  };
  await write("good.json", JSON.stringify(exampleCoa));
  await write("dirty.json", JSON.stringify({ ...exampleCoa, endotoxin: { value: 2.52, unit: "EU/mL" } }));
  await write("partial.json", JSON.stringify({ ...exampleCoa, mycoplasma: undefined }));
  await write("broken.json", '{"lotId": "UC-1",');
  await write("empty.json", "");
  await write("list.json", "[]");
  await write("bom.json", `\uFEFF${JSON.stringify(exampleCoa)}`);
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function candor(args: string[], stdinText = "") {
  const stdin = new PassThrough();
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  stdin.end(stdinText);
  const code = await main(args, { stdin, stdout, stderr });
  stdout.end();
  stderr.end();
  return { code, out: await text(stdout), err: await text(stderr) };
}

const FLAGS = ["--route", "intrathecal", "--weight-kg", "70", "--dose-cells", "1e8"];
const check = (file: string, ...extra: string[]) => candor(["coa", "check", file, ...FLAGS, ...extra]);

describe("candor coa check --json", () => {
  it("prints exactly one JSON object with the verdict and, per criterion, status and reason", async () => {
    const { code, out, err } = await check(files["good.json"]!, "--json");
    expect(code).toBe(0);
    expect(err).toBe("");
    expect(out.endsWith("\n")).toBe(true);
    expect(out.trim().split("\n")).toHaveLength(1);
    const printed = JSON.parse(out);
    expect(Object.keys(printed)).toEqual(["verdict", "criteria"]);
    expect(printed.verdict).toBe("pass");
    expect(Object.keys(printed.criteria)).toEqual(CRITERIA);
    for (const name of CRITERIA) {
      expect(Object.keys(printed.criteria[name])).toEqual(["status", "reason"]);
      expect(printed.criteria[name].status).toBe("pass");
      expect(printed.criteria[name].reason).toMatch(/\S/);
    }
  });

  it("exits 0 on a failing COA", async () => {
    const { code, out } = await check(files["dirty.json"]!, "--json");
    expect(code).toBe(0);
    const printed = JSON.parse(out);
    expect(printed.verdict).toBe("fail");
    expect(printed.criteria.endotoxin).toEqual({
      status: "fail",
      reason: "endotoxin 0.36 EU/kg (2.52 EU/mL × 10 mL ÷ 70 kg) exceeds the intrathecal limit of 0.2 EU/kg",
    });
  });

  it("exits 0 on an incomplete COA", async () => {
    const { code, out } = await check(files["partial.json"]!, "--json");
    expect(code).toBe(0);
    expect(JSON.parse(out)).toMatchObject({
      verdict: "incomplete",
      criteria: { mycoplasma: { status: "missing" } },
    });
  });

  it("applies the route's endotoxin limit", async () => {
    const { out } = await candor([
      "coa",
      "check",
      files["dirty.json"]!,
      "--json",
      "--route",
      "intravenous",
      "--weight-kg",
      "70",
      "--dose-cells",
      "1e8",
    ]);
    expect(JSON.parse(out).verdict).toBe("pass");
  });

  it("reads the COA from standard input when FILE is -", async () => {
    const { code, out } = await candor(["coa", "check", "-", ...FLAGS, "--json"], JSON.stringify(exampleCoa));
    expect(code).toBe(0);
    expect(JSON.parse(out).verdict).toBe("pass");
  });

  it.each(["1.2e8", "120 x 10^6", "120×10^6", "120 million", "120 millones", "1,2e8", "120.000.000"])(
    "accepts --dose-cells %j",
    async (dose) => {
      const { code, out } = await candor([
        "coa",
        "check",
        files["good.json"]!,
        "--route",
        "intrathecal",
        "--weight-kg",
        "70",
        "--dose-cells",
        dose,
        "--json",
      ]);
      expect(code).toBe(0);
      expect(JSON.parse(out).criteria.quantity.reason).toBe(
        "120,000,000 viable cells ≥ the dose of 120,000,000 cells",
      );
    },
  );

  it("accepts --flag=value and options in any order", async () => {
    const { code, out } = await candor([
      "coa",
      "check",
      "--json",
      "--dose-cells=2e8",
      files["good.json"]!,
      "--weight-kg=70",
      "--route=INTRATHECAL",
    ]);
    expect(code).toBe(0);
    expect(JSON.parse(out).criteria.quantity.status).toBe("fail");
  });

  it("reads a file saved with a byte-order mark", async () => {
    const { code, out } = await check(files["bom.json"]!, "--json");
    expect(code).toBe(0);
    expect(JSON.parse(out).verdict).toBe("pass");
  });

  it("checks JSON that is not an object, with a warning", async () => {
    const { code, out, err } = await check(files["list.json"]!, "--json");
    expect(code).toBe(0);
    expect(JSON.parse(out).verdict).toBe("incomplete");
    expect(err).toContain("does not hold a JSON object");
  });
});

describe("candor coa check (table)", () => {
  it("prints a readable table without --json", async () => {
    const { code, out } = await check(files["dirty.json"]!);
    expect(code).toBe(0);
    expect(out).toContain("COA check for intrathecal use: 70 kg patient, dose 100,000,000 cells");
    expect(out).toContain("Verdict: FAIL");
    expect(out).toMatch(/^endotoxin\s+fail\s+endotoxin 0\.36 EU\/kg/m);
    for (const name of CRITERIA)
      expect(out).toMatch(new RegExp(`^${name}\\s+(pass|fail|missing)\\s+\\S`, "m"));
  });

  it("prints usage for --help", async () => {
    const { code, out } = await candor(["coa", "check", "--help"]);
    expect(code).toBe(0);
    expect(out).toContain("Usage: candor coa check");
  });
});

describe("candor coa check on unreadable input", () => {
  it.each([
    ["a missing file", () => join(dir, "nope.json"), "no such file"],
    ["a directory", () => dir, "it is a directory"],
    ["invalid JSON", () => files["broken.json"]!, "is not valid JSON"],
    ["an empty file", () => files["empty.json"]!, "is not valid JSON"],
  ])("exits 1 on %s with a clear message", async (_label, file, message) => {
    const { code, out, err } = await check(file(), "--json");
    expect(code).toBe(1);
    expect(out).toBe("");
    expect(err).toContain(message);
  });

  it("exits 1 on empty standard input", async () => {
    const { code, err } = await candor(["coa", "check", "-", ...FLAGS], "");
    expect(code).toBe(1);
    expect(err).toContain("standard input is not valid JSON");
  });

  it.each([
    ["no file", ["--route", "intrathecal", "--weight-kg", "70", "--dose-cells", "1e8"], "no COA file given"],
    ["two files", ["a.json", "b.json", ...FLAGS], "one COA file expected, got 2"],
    ["no flags", ["a.json"], "missing --route, --weight-kg, --dose-cells"],
    ["no route", ["a.json", "--weight-kg", "70", "--dose-cells", "1e8"], "missing --route"],
    [
      "a bad route",
      ["a.json", ...FLAGS.slice(2), "--route", "oral"],
      '--route must be intrathecal or intravenous, not "oral"',
    ],
    ["a flag without value", ["a.json", ...FLAGS.slice(0, 4), "--dose-cells"], "--dose-cells needs a value"],
    [
      "an empty inline value",
      ["a.json", ...FLAGS.slice(0, 4), "--dose-cells="],
      "--dose-cells needs a value",
    ],
    [
      "a zero weight",
      ["a.json", ...FLAGS.slice(0, 2), "--weight-kg", "0", ...FLAGS.slice(4)],
      '--weight-kg "0" is not a positive number',
    ],
    [
      "a negative weight",
      ["a.json", ...FLAGS.slice(0, 2), "--weight-kg", "-70", ...FLAGS.slice(4)],
      '--weight-kg "-70"',
    ],
    [
      "a dose in words",
      ["a.json", ...FLAGS.slice(0, 4), "--dose-cells", "lots"],
      '--dose-cells "lots" is not a positive number',
    ],
    ["an ambiguous dose", ["a.json", ...FLAGS.slice(0, 4), "--dose-cells", "1,200"], '--dose-cells "1,200"'],
    ["an unknown option", ["a.json", ...FLAGS, "--verbose"], "unknown option --verbose"],
    ["a repeated option", ["a.json", ...FLAGS, "--route", "intravenous"], "--route is given twice"],
  ])("exits 2 on %s with a clear message", async (_label, args, message) => {
    const { code, out, err } = await candor(["coa", "check", ...args]);
    expect(code).toBe(2);
    expect(out).toBe("");
    expect(err).toContain(message);
    expect(err).toContain("Usage: candor coa check");
  });
});

describe("npx candor coa check", () => {
  it("runs through bin/candor.js", async () => {
    const bin = fileURLToPath(new URL("../../../bin/candor.js", import.meta.url));
    const { stdout } = await promisify(execFile)(process.execPath, [
      bin,
      "coa",
      "check",
      files["dirty.json"]!,
      "--route",
      "intrathecal",
      "--weight-kg",
      "70",
      "--dose-cells",
      "120 x 10^6",
      "--json",
    ]);
    const printed = JSON.parse(stdout);
    expect(printed.verdict).toBe("fail");
    expect(printed.criteria.endotoxin.status).toBe("fail");
  }, 30_000);

  it("exits non-zero through bin/candor.js on a missing file", async () => {
    const bin = fileURLToPath(new URL("../../../bin/candor.js", import.meta.url));
    const run = promisify(execFile)(process.execPath, [
      bin,
      "coa",
      "check",
      join(dir, "nope.json"),
      ...FLAGS,
    ]);
    await expect(run).rejects.toMatchObject({ code: 1, stderr: expect.stringContaining("no such file") });
  }, 30_000);
});
