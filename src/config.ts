import { z } from "zod";

/**
 * The one place that reads process.env. Parsed once at boot; every bad variable is listed together so an
 * operator can fix them in one go.
 */
const EnvSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  HOST: z.string().min(1).default("127.0.0.1"),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  /** Public origin used in canonical URLs and share links. */
  /** Without it, links point at this machine on the chosen port. */
  PUBLIC_URL: z.url().optional(),
  /** postgres://… switches from embedded PGlite to a PostgreSQL server. */
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "must start with postgres:// or postgresql://")
    .optional(),
  /** Where PGlite keeps its files when DATABASE_URL is not set. "memory://" keeps nothing on disk. */
  PGLITE_DIR: z.string().min(1).default("./data/pglite"),
  /** Load the fictional demo catalogue when the database has no facilities yet. */
  SEED_DEMO: z
    .enum(["true", "false"])
    .default("true")
    .transform((v) => v === "true"),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  /** Secret for signing cookies; at least 32 characters in production. */
  SESSION_SECRET: z.string().min(32).default("dev-only-secret-change-me-0123456789abcdef"),
  /** Behind HTTPS, cookies are marked Secure. */
  TRUST_PROXY: z
    .enum(["true", "false"])
    .default("false")
    .transform((v) => v === "true"),
  /** smtp://user:pass@host:port (or smtps://). Unset: emails stay in the database outbox for admins to read. */
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, "must start with smtp:// or smtps://")
    .optional(),
  SMTP_FROM: z.string().min(3).default("Candor <no-reply@candor.example>"),
  /**
   * Keys for health data at rest (AES-256-GCM): "id:base64key[,id:base64key…]", the first encrypts, all
   * decrypt. Rotate by putting a new key first and running `npx candor records rotate`.
   */
  RECORDS_KEYS: z
    .string()
    .regex(
      /^[a-z0-9_-]{1,20}:[A-Za-z0-9+/]{43}=(,[a-z0-9_-]{1,20}:[A-Za-z0-9+/]{43}=)*$/,
      "must be id:base64(32 bytes)[,id:key…]",
    )
    .default("dev-only:ZGV2LW9ubHkta2V5LWRvLW5vdC11c2UtaW4tcHJvZCE="),
});

export type Config = {
  env: "development" | "production" | "test";
  host: string;
  port: number;
  publicUrl: string;
  database: { kind: "pglite"; dir: string } | { kind: "postgres"; url: string };
  seedDemo: boolean;
  logLevel: z.infer<typeof EnvSchema>["LOG_LEVEL"];
  sessionSecret: string;
  trustProxy: boolean;
  smtp: { url: string; from: string } | null;
  /** Health-data keys, current first. */
  recordsKeys: Array<{ id: string; key: Buffer }>;
};

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
    this.name = "ConfigError";
  }
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`));
  }
  const e = parsed.data;
  if (e.NODE_ENV === "production" && e.SESSION_SECRET.startsWith("dev-only-")) {
    throw new ConfigError(["SESSION_SECRET: set a real secret in production"]);
  }
  if (e.NODE_ENV === "production" && e.RECORDS_KEYS.startsWith("dev-only:")) {
    throw new ConfigError(["RECORDS_KEYS: set a real key in production (openssl rand -base64 32)"]);
  }
  return {
    env: e.NODE_ENV,
    host: e.HOST,
    port: e.PORT,
    publicUrl: (e.PUBLIC_URL ?? `http://localhost:${e.PORT}`).replace(/\/+$/, ""),
    database: e.DATABASE_URL
      ? { kind: "postgres", url: e.DATABASE_URL }
      : { kind: "pglite", dir: e.PGLITE_DIR },
    seedDemo: e.SEED_DEMO,
    logLevel: e.LOG_LEVEL,
    sessionSecret: e.SESSION_SECRET,
    trustProxy: e.TRUST_PROXY,
    smtp: e.SMTP_URL ? { url: e.SMTP_URL, from: e.SMTP_FROM } : null,
    recordsKeys: parseRecordsKeys(e.RECORDS_KEYS),
  };
}

/** The single place for test overrides: in-memory PGlite unless the suite runs against PostgreSQL. */
export function testConfig(overrides: Partial<Config> = {}): Config {
  return {
    env: "test",
    host: "127.0.0.1",
    port: 0,
    publicUrl: "http://localhost:3000",
    database: { kind: "pglite", dir: "memory://" },
    seedDemo: false,
    logLevel: "silent",
    sessionSecret: "test-secret-test-secret-test-secret-0000",
    trustProxy: false,
    smtp: null,
    recordsKeys: parseRecordsKeys("test:dGVzdC1rZXktMzItYnl0ZXMtbG9uZy0wMDAwMDAwMDA="),
    ...overrides,
  };
}

export function parseRecordsKeys(text: string): Array<{ id: string; key: Buffer }> {
  return text.split(",").map((pair) => {
    const [id, b64] = pair.split(":") as [string, string];
    return { id, key: Buffer.from(b64, "base64") };
  });
}
