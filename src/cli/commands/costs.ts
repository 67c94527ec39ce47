import { parseArgs } from "node:util";
import { ANONYMOUS, SYSTEM } from "../../authz/actor.js";
import { loadConfig } from "../../config.js";
import { openDatabase } from "../../db/client.js";
import { parseEstimateQuery } from "../../features/costs/estimate.schemas.js";
import { estimateForProgramme } from "../../features/costs/estimate.service.js";
import { estimateJson, formatRange } from "../../features/costs/estimate-text.js";
import { parseRateMicros } from "../../features/costs/money.js";
import { currentRates, type RateChange, setRates } from "../../features/costs/rates.service.js";
import { i18nFor } from "../../i18n/index.js";
import { isoDay } from "../../shared/clock.js";
import { CURRENCIES, type Currency } from "../../shared/domain.js";
import { AppError } from "../../shared/errors.js";
import type { Command, CommandIo } from "../index.js";

const EXIT_USAGE = 2;
const en = i18nFor("en");

function usageError(io: CommandIo, message: string, usage: string): number {
  io.stderr.write(`${message}\n${usage}`);
  return EXIT_USAGE;
}

/** Prints an input error the way the page would say it, one line per field. */
function explain(io: CommandIo, error: unknown): number {
  if (!(error instanceof AppError) || error.status >= 500) throw error;
  io.stderr.write(`${en.t(error.messageKey as never, error.options.params)}\n`);
  for (const issue of error.issues)
    io.stderr.write(`  ${issue.field}: ${en.t(issue.messageKey as never, issue.params)}\n`);
  return EXIT_USAGE;
}

const ESTIMATE_USAGE =
  "Usage: candor estimate --program SLUG [--nights N] [--companions N] [--origin CODE] [--currency USD|MXN|CAD|EUR]\n" +
  "                       [--room accessible|standard] [--pt-weeks N] [--no-insurance] [--standard-transport] [--json]\n";

export const estimateCommand: Command = {
  summary: "Total-trip cost estimate for a programme (amounts in integer minor units with --json)",
  async run(args, io) {
    let values: Record<string, string | boolean | undefined>;
    try {
      ({ values } = parseArgs({
        args,
        strict: true,
        options: {
          program: { type: "string" },
          nights: { type: "string" },
          companions: { type: "string" },
          origin: { type: "string" },
          currency: { type: "string" },
          room: { type: "string" },
          "pt-weeks": { type: "string" },
          "no-insurance": { type: "boolean" },
          "standard-transport": { type: "boolean" },
          json: { type: "boolean" },
        },
      }));
    } catch (error) {
      return usageError(io, (error as Error).message, ESTIMATE_USAGE);
    }
    if (!values.program) return usageError(io, "--program is required.", ESTIMATE_USAGE);
    const query = {
      p: values.program,
      nights: values.nights,
      companions: values.companions ?? "0",
      origin: typeof values.origin === "string" ? values.origin.toUpperCase() : undefined,
      currency: typeof values.currency === "string" ? values.currency.toUpperCase() : undefined,
      room: values.room,
      pt_weeks: values["pt-weeks"],
      insurance: values["no-insurance"] ? "no" : "yes",
      transport: values["standard-transport"] ? "standard" : "accessible",
    };
    const config = loadConfig();
    const database = await openDatabase(config.database);
    try {
      const params = parseEstimateQuery(
        Object.fromEntries(Object.entries(query).filter(([, v]) => v !== undefined)),
      );
      const { estimate, listing } = await estimateForProgramme(database.db, ANONYMOUS, {
        ...params,
        slug: values.program as string,
      });
      if (values.json) {
        io.stdout.write(`${JSON.stringify(estimateJson(estimate, en))}\n`);
        return 0;
      }
      const c = estimate.currency;
      const out = [
        `${listing.titleEn} — ${listing.facility.name}, ${listing.facility.city}`,
        `Rates as of ${estimate.ratesAsOf}`,
        "",
      ];
      for (const line of estimateJson(estimate, en).lines) {
        out.push(
          `${en.code("estimate.line", line.item).padEnd(26)} ${formatRange(en, line, c).padStart(28)}  ${line.basis}`,
        );
      }
      out.push(
        "",
        `${"Total".padEnd(26)} ${formatRange(en, estimate.total, c).padStart(28)}${estimate.unknown.length ? "  (at least: some costs are unknown)" : ""}`,
      );
      if (estimate.unknown.length) out.push(`Unknown: ${estimate.unknown.join(", ")}`);
      io.stdout.write(`${out.join("\n")}\n`);
      return 0;
    } catch (error) {
      return explain(io, error);
    } finally {
      await database.close();
    }
  },
};

const RATES_USAGE =
  "Usage: candor rates set USD:MXN=18.25 [USD:CAD=1.38 …] [--as-of YYYY-MM-DD]\n       candor rates show\n";

/** Parses "USD:MXN=18.25" (units of MXN per USD). Rates are stored against USD only. */
export function parseRateArg(arg: string): RateChange | string {
  const m = /^([A-Za-z]{3}):([A-Za-z]{3})=(.+)$/.exec(arg);
  if (!m) return `"${arg}" is not of the form USD:MXN=18.25`;
  const base = m[1]!.toUpperCase();
  const quote = m[2]!.toUpperCase();
  if (base !== "USD") return `rates are set against USD: write USD:${base === "USD" ? quote : base}=…`;
  if (!(CURRENCIES as readonly string[]).includes(quote) || quote === "USD")
    return `unknown currency ${quote} (use MXN, CAD or EUR)`;
  const micros = parseRateMicros(m[3]!);
  if (micros === null) return `"${m[3]}" is not a positive rate with at most six decimals`;
  if (micros > 100_000 * 1_000_000) return `${m[3]} is not a plausible rate`;
  return { quote: quote as Exclude<Currency, "USD">, rateMicros: micros };
}

export const ratesSetCommand: Command = {
  summary: "Record dated exchange rates (USD:MXN=18.25 --as-of 2025-09-01) and re-derive normalised prices",
  async run(args, io) {
    let parsed: { values: { "as-of"?: string }; positionals: string[] };
    try {
      parsed = parseArgs({
        args,
        strict: true,
        allowPositionals: true,
        options: { "as-of": { type: "string" } },
      });
    } catch (error) {
      return usageError(io, (error as Error).message, RATES_USAGE);
    }
    if (!parsed.positionals.length) return usageError(io, "Give at least one rate.", RATES_USAGE);
    const changes: RateChange[] = [];
    for (const arg of parsed.positionals) {
      const change = parseRateArg(arg);
      if (typeof change === "string") return usageError(io, change, RATES_USAGE);
      changes.push(change);
    }
    const today = isoDay(new Date());
    const asOf = parsed.values["as-of"] ?? today;
    if (
      !/^\d{4}-\d{2}-\d{2}$/.test(asOf) ||
      Number.isNaN(Date.parse(`${asOf}T00:00:00Z`)) ||
      isoDay(new Date(`${asOf}T00:00:00Z`)) !== asOf
    ) {
      return usageError(io, `--as-of ${asOf} is not a date (YYYY-MM-DD)`, RATES_USAGE);
    }
    if (asOf > today) return usageError(io, `--as-of ${asOf} is in the future`, RATES_USAGE);
    const database = await openDatabase(loadConfig().database);
    try {
      await setRates(database.db, SYSTEM, changes, asOf);
      for (const c of changes)
        io.stdout.write(
          `USD:${c.quote} = ${(c.rateMicros / 1_000_000).toFixed(6).replace(/0+$/, "").replace(/\.$/, "")} as of ${asOf}\n`,
        );
      return 0;
    } finally {
      await database.close();
    }
  },
};

export const ratesShowCommand: Command = {
  summary: "Print the latest exchange rate for each currency",
  async run(_args, io) {
    const database = await openDatabase(loadConfig().database);
    try {
      for (const r of await currentRates(database.db))
        io.stdout.write(`USD:${r.quote} = ${r.rateMicros / 1_000_000} as of ${r.asOf}\n`);
      return 0;
    } finally {
      await database.close();
    }
  },
};
