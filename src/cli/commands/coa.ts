import { readFile } from "node:fs/promises";
import type { Readable } from "node:stream";
import { COA_CRITERIA, type CoaResult, type CoaRoute, checkCoa } from "../../features/vetting/coa/check.js";
import { parseCoaNumber } from "../../features/vetting/coa/numbers.js";
import { formatNumber } from "../../features/vetting/coa/text.js";
import type { Command } from "../index.js";

/**
 * `candor coa check`: the COA contract (shared/coa-contract.md) on the command line. The verdict is the
 * output, not the exit status: 0 whatever the verdict, 2 for a usage error, 1 for input that cannot be read.
 */

const USAGE =
  "Usage: candor coa check FILE.json --route intrathecal|intravenous --weight-kg N --dose-cells N [--json]\n" +
  '  FILE may be "-" to read standard input. Numbers may be written 1e8, "120 x 10^6", "120 million", "1.200.000".\n';

const EXIT_USAGE = 2;
const EXIT_UNREADABLE = 1;

type Options = { file: string; route: CoaRoute; weightKg: number; doseCells: number; json: boolean };

class UsageError extends Error {}
class UnreadableInputError extends Error {}

const VALUE_FLAGS = ["--route", "--weight-kg", "--dose-cells"] as const;
type ValueFlag = (typeof VALUE_FLAGS)[number];
const isValueFlag = (flag: string): flag is ValueFlag => (VALUE_FLAGS as readonly string[]).includes(flag);

function positiveNumber(flag: string, text: string): number {
  const value = parseCoaNumber(text);
  if (value === null || value <= 0) {
    throw new UsageError(
      `${flag} ${JSON.stringify(text)} is not a positive number (for example 70, 1e8 or "100 million")`,
    );
  }
  return value;
}

function parseOptions(args: readonly string[]): Options {
  const values = new Map<ValueFlag, string>();
  const files: string[] = [];
  let json = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? "";
    if (arg === "--json") {
      json = true;
      continue;
    }
    if (arg === "-" || !arg.startsWith("-")) {
      files.push(arg);
      continue;
    }
    const [flag = "", inlineValue] = arg.split(/=(.*)/s, 2);
    if (!isValueFlag(flag)) throw new UsageError(`unknown option ${flag}`);
    if (values.has(flag)) throw new UsageError(`${flag} is given twice`);
    const value = inlineValue ?? args[++i];
    if (value === undefined || value === "") throw new UsageError(`${flag} needs a value`);
    values.set(flag, value);
  }

  if (files.length !== 1) {
    throw new UsageError(
      files.length === 0 ? "no COA file given" : `one COA file expected, got ${files.length}`,
    );
  }
  const missing = VALUE_FLAGS.filter((flag) => !values.has(flag));
  if (missing.length > 0) throw new UsageError(`missing ${missing.join(", ")}`);

  const route = values.get("--route")?.toLowerCase();
  if (route !== "intrathecal" && route !== "intravenous") {
    throw new UsageError(
      `--route must be intrathecal or intravenous, not ${JSON.stringify(values.get("--route"))}`,
    );
  }
  return {
    file: files[0] ?? "",
    route,
    weightKg: positiveNumber("--weight-kg", values.get("--weight-kg") ?? ""),
    doseCells: positiveNumber("--dose-cells", values.get("--dose-cells") ?? ""),
    json,
  };
}

async function readAll(stream: Readable): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === "string" ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks).toString("utf8");
}

async function readCoa(file: string, stdin: Readable): Promise<unknown> {
  const source = file === "-" ? "standard input" : file;
  let text: string;
  try {
    text = file === "-" ? await readAll(stdin) : await readFile(file, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why =
      code === "ENOENT" ? "no such file" : code === "EISDIR" ? "it is a directory" : (error as Error).message;
    throw new UnreadableInputError(`cannot read ${source}: ${why}`);
  }
  try {
    // Editors on Windows save JSON with a byte-order mark, which JSON.parse rejects.
    return JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (error) {
    throw new UnreadableInputError(`${source} is not valid JSON: ${(error as Error).message}`);
  }
}

/** Exactly the contract's shape: the verdict and, per criterion, its status and reason. */
function contractJson(result: CoaResult): string {
  const criteria = Object.fromEntries(
    COA_CRITERIA.map((code) => [
      code,
      { status: result.criteria[code].status, reason: result.criteria[code].reason },
    ]),
  );
  return `${JSON.stringify({ verdict: result.verdict, criteria })}\n`;
}

function table(result: CoaResult, options: Options): string {
  const width = Math.max(...COA_CRITERIA.map((code) => code.length)) + 2;
  const rows = COA_CRITERIA.map((code) => {
    const { status, reason } = result.criteria[code];
    return `${code.padEnd(width)}${status.padEnd(9)}${reason}`;
  });
  return [
    `COA check for ${options.route} use: ${formatNumber(options.weightKg)} kg patient, dose ${formatNumber(options.doseCells)} cells`,
    `Verdict: ${result.verdict.toUpperCase()}`,
    "",
    `${"criterion".padEnd(width)}${"status".padEnd(9)}reason`,
    ...rows,
    "",
  ].join("\n");
}

export const coaCheckCommand: Command = {
  summary: "Check a Certificate of Analysis (COA v1 JSON) against Candor's release criteria",
  async run(args, io) {
    if (args.includes("--help") || args.includes("-h")) {
      io.stdout.write(USAGE);
      return 0;
    }
    try {
      const options = parseOptions(args);
      const coa = await readCoa(options.file, io.stdin);
      if (typeof coa !== "object" || coa === null || Array.isArray(coa)) {
        io.stderr.write(
          `warning: ${options.file} does not hold a JSON object, so every criterion is missing\n`,
        );
      }
      const result = checkCoa(coa, options);
      io.stdout.write(options.json ? contractJson(result) : table(result, options));
      return 0;
    } catch (error) {
      if (error instanceof UsageError) {
        io.stderr.write(`candor coa check: ${error.message}\n\n${USAGE}`);
        return EXIT_USAGE;
      }
      if (error instanceof UnreadableInputError) {
        io.stderr.write(`candor coa check: ${error.message}\n`);
        return EXIT_UNREADABLE;
      }
      throw error;
    }
  },
};
