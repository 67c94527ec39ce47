import { parseArgs } from "node:util";
import { SYSTEM } from "../../authz/actor.js";
import { loadConfig } from "../../config.js";
import { openDatabase } from "../../db/client.js";
import { parseForm, SignUpSchema } from "../../features/accounts/accounts.schemas.js";
import { createUser } from "../../features/accounts/accounts.service.js";
import { i18nFor } from "../../i18n/index.js";
import { ROLES, type Role } from "../../shared/domain.js";
import { AppError } from "../../shared/errors.js";
import type { Command } from "../index.js";

const USAGE = `Usage: candor users create --email ADDRESS --role ${ROLES.join("|")} [--name NAME]
  The password is read from standard input (one line), so it never appears in the shell history:
    printf '%s\\n' 'a long passphrase' | npx candor users create --email admin@example.org --role admin
`;

async function readLine(stream: NodeJS.ReadableStream): Promise<string> {
  let data = "";
  for await (const chunk of stream) {
    data += chunk;
    if (data.includes("\n")) break;
  }
  return data.split(/\r?\n/)[0] ?? "";
}

export const usersCreateCommand: Command = {
  summary: "Create a verified account (the first administrator); the password comes from standard input",
  async run(args, io) {
    let values: { email?: string; role?: string; name?: string };
    try {
      ({ values } = parseArgs({
        args,
        strict: true,
        options: { email: { type: "string" }, role: { type: "string" }, name: { type: "string" } },
      }));
    } catch (error) {
      io.stderr.write(`${(error as Error).message}\n${USAGE}`);
      return 2;
    }
    if (!values.email || !values.role) {
      io.stderr.write(`--email and --role are required.\n${USAGE}`);
      return 2;
    }
    if (!(ROLES as readonly string[]).includes(values.role)) {
      io.stderr.write(`Unknown role "${values.role}". Use one of: ${ROLES.join(", ")}.\n`);
      return 2;
    }
    const password = await readLine(io.stdin);
    const en = i18nFor("en");
    let input: { email: string; password: string };
    try {
      input = parseForm(SignUpSchema.pick({ email: true, password: true }), {
        email: values.email,
        password,
      });
    } catch (error) {
      for (const issue of (error as AppError).issues)
        io.stderr.write(`${issue.field}: ${en.t(issue.messageKey as never)}\n`);
      return 2;
    }
    const database = await openDatabase(loadConfig().database);
    try {
      const user = await createUser(database.db, SYSTEM, {
        ...input,
        role: values.role as Role,
        displayName: values.name ?? "",
      });
      io.stdout.write(`Created ${user.role} ${user.email}. Sign in at /en/account/sign-in.\n`);
      return 0;
    } catch (error) {
      if (error instanceof AppError && error.code === "CONFLICT") {
        io.stderr.write(`${en.t("account.emailTaken")}\n`);
        return 1;
      }
      throw error;
    } finally {
      await database.close();
    }
  },
};
