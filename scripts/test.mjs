// `npm test`: every tier (unit, integration, browser) in one run. Integration and browser tests use PGlite,
// or PostgreSQL when DATABASE_URL is set. Prints a closing "tests: N passed, N failed" line.
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, rmSync } from "node:fs";
import { ensureChromium } from "./chromium.mjs";

let chromium;
try {
  chromium = ensureChromium();
} catch (error) {
  process.stderr.write(`${error.message}\n`);
  process.exit(1);
}

mkdirSync("tmp", { recursive: true });
const report = "tmp/vitest-report.json";
rmSync(report, { force: true });
const args = [
  "vitest",
  "run",
  "--reporter=default",
  "--reporter=json",
  `--outputFile.json=${report}`,
  ...process.argv.slice(2),
];
const run = spawnSync("npx", args, { stdio: "inherit", env: { ...process.env, CHROMIUM_PATH: chromium } });

try {
  const result = JSON.parse(readFileSync(report, "utf8"));
  const db = process.env.DATABASE_URL ? "PostgreSQL" : "PGlite";
  process.stdout.write(`\n(${db}) tests: ${result.numPassedTests} passed, ${result.numFailedTests} failed\n`);
  if (result.numTotalTests === 0) process.exitCode = 1;
} catch {
  process.stderr.write("The test runner wrote no report.\n");
  process.exitCode = 1;
}
if (run.status !== 0) process.exitCode = run.status ?? 1;
