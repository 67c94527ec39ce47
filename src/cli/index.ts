import type { Readable, Writable } from "node:stream";

/** What a command gets: its own arguments and the three standard streams. Returns the exit code. */
export type CommandIo = { stdin: Readable; stdout: Writable; stderr: Writable };
export type Command = {
  summary: string;
  run(args: string[], io: CommandIo): Promise<number>;
};

/**
 * Commands are loaded lazily so `candor coa check` does not pay for opening a database.
 * Keys are the words typed after `candor`.
 */
const COMMANDS: Record<string, () => Promise<Command>> = {
  "db migrate": async () => (await import("./commands/db.js")).migrateCommand,
  "db seed": async () => (await import("./commands/db.js")).seedCommand,
  "coa check": async () => (await import("./commands/coa.js")).coaCheckCommand,
  estimate: async () => (await import("./commands/costs.js")).estimateCommand,
  "rates set": async () => (await import("./commands/costs.js")).ratesSetCommand,
  "rates show": async () => (await import("./commands/costs.js")).ratesShowCommand,
  "users create": async () => (await import("./commands/users.js")).usersCreateCommand,
  "redflags scan": async () => (await import("./commands/redflags.js")).redflagsScanCommand,
  "records rotate": async () => (await import("./commands/records.js")).recordsRotateCommand,
  "vetting reevaluate": async () => (await import("./commands/vetting.js")).vettingReevaluateCommand,
};

function usage(): string {
  const lines = Object.keys(COMMANDS)
    .sort()
    .map((name) => `  candor ${name}`);
  return `Usage: candor <command> [options]\n\nCommands:\n${lines.join("\n")}\n`;
}

export async function main(argv: string[], io: CommandIo): Promise<number> {
  for (const words of [2, 1]) {
    const name = argv.slice(0, words).join(" ");
    const load = COMMANDS[name];
    if (load) return (await load()).run(argv.slice(words), io);
  }
  io.stderr.write(argv.length ? `Unknown command: ${argv.join(" ")}\n\n${usage()}` : usage());
  return argv.length && !["--help", "-h", "help"].includes(argv[0] ?? "") ? 2 : 0;
}
