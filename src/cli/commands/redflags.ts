import { readFile } from "node:fs/promises";
import { createInterface } from "node:readline";
import type { Readable } from "node:stream";
import { parseArgs } from "node:util";
import { scanText, scanTexts } from "../../features/redflags/engine/index.js";
import type { Command, CommandIo } from "../index.js";

const USAGE =
  'Usage: candor redflags scan FILE|- [--json]\n       candor redflags scan --jsonl FILE|-   (one {"id","text"} per line)\n';

async function readAll(stream: Readable): Promise<string> {
  let data = "";
  for await (const chunk of stream) data += chunk;
  return data;
}

function lineCol(text: string, offset: number) {
  const before = text.slice(0, offset).split("\n");
  return `${before.length}:${before.at(-1)!.length + 1}`;
}

/** Lines scanned together: scanTexts runs each expression over the whole batch (see engine/index.ts). */
export const BATCH_RECORDS = 64;
const BATCH_CHARS = 256 * 1024;

async function scanJsonl(io: CommandIo, input: Readable): Promise<number> {
  const progress = (io.stderr as NodeJS.WriteStream).isTTY === true;
  let line = 0;
  let failed = 0;
  let batch: Array<{ id: string | number; text: string }> = [];
  let batchChars = 0;
  const flush = () => {
    const reports = scanTexts(batch.map((r) => r.text));
    io.stdout.write(
      batch
        .map(
          (r, i) =>
            `${JSON.stringify({ id: r.id, language: reports[i]!.language, findings: reports[i]!.findings })}\n`,
        )
        .join(""),
    );
    batch = [];
    batchChars = 0;
    if (progress) io.stderr.write(`\r${line} scanned`);
  };
  for await (const raw of createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY })) {
    line++;
    if (!raw.trim()) continue;
    let record: { id?: unknown; text?: unknown };
    try {
      record = JSON.parse(raw);
    } catch {
      io.stderr.write(`line ${line}: not valid JSON\n`);
      failed++;
      continue;
    }
    if (typeof record.text !== "string" || (typeof record.id !== "string" && typeof record.id !== "number")) {
      io.stderr.write(`line ${line}: needs an "id" and a "text" string\n`);
      failed++;
      continue;
    }
    batch.push({ id: record.id, text: record.text });
    batchChars += record.text.length;
    if (batch.length >= BATCH_RECORDS || batchChars >= BATCH_CHARS) flush();
  }
  flush();
  if (progress) io.stderr.write("\n");
  return failed ? 1 : 0;
}

export const redflagsScanCommand: Command = {
  summary: "Find red-flag claims in a text (--json) or in a JSONL batch of {id, text} (--jsonl)",
  async run(args, io) {
    let parsed: { values: { json?: boolean; jsonl?: boolean }; positionals: string[] };
    try {
      parsed = parseArgs({
        args,
        strict: true,
        allowPositionals: true,
        options: { json: { type: "boolean" }, jsonl: { type: "boolean" } },
      });
    } catch (error) {
      io.stderr.write(`${(error as Error).message}\n${USAGE}`);
      return 2;
    }
    const [file] = parsed.positionals;
    if (!file || parsed.positionals.length > 1) {
      io.stderr.write(USAGE);
      return 2;
    }
    let input: Readable | string;
    if (file === "-") input = io.stdin;
    else {
      try {
        input = await readFile(file, "utf8");
      } catch {
        io.stderr.write(`Cannot read ${file}: no such file or not readable.\n`);
        return 2;
      }
    }
    if (parsed.values.jsonl) {
      const { Readable: R } = await import("node:stream");
      return scanJsonl(io, typeof input === "string" ? R.from([input]) : input);
    }
    const text = typeof input === "string" ? input : await readAll(input);
    const report = scanText(text);
    if (parsed.values.json) {
      io.stdout.write(`${JSON.stringify(report)}\n`);
      return 0;
    }
    const out = [
      `Language: ${report.language}. ${report.findings.length} red flag${report.findings.length === 1 ? "" : "s"}.`,
    ];
    for (const f of report.findings)
      out.push(
        "",
        `${lineCol(text, f.start)}  ${f.code} (${f.severity})`,
        `  “${f.excerpt}”`,
        `  ${f.explanation}`,
      );
    io.stdout.write(`${out.join("\n")}\n`);
    return 0;
  },
};
