import { defineConfig } from "drizzle-kit";

// Only `drizzle-kit generate` is used: migrations are applied by the app itself (src/db/client.ts),
// because drizzle-kit cannot load the pg_trgm and unaccent extensions into PGlite.
export default defineConfig({
  dialect: "postgresql",
  schema: "./src/db/schema.ts",
  out: "./drizzle",
});
