import { defineConfig } from "vitest/config";

// Three tiers (see docs/architecture.md): pure units beside the code, integration tests on a real database
// (PGlite by default, PostgreSQL when DATABASE_URL is set), and browser journeys in Chromium.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: "unit",
          include: ["src/**/*.test.{ts,tsx}", "scripts/**/*.test.ts"],
          exclude: ["src/**/*.int.test.{ts,tsx}"],
        },
      },
      {
        test: {
          name: "int",
          include: ["src/**/*.int.test.{ts,tsx}", "test/**/*.int.test.ts"],
          globalSetup: ["test/helpers/global-setup.ts"],
          testTimeout: 30_000,
          hookTimeout: 60_000,
          pool: "forks",
        },
      },
      {
        test: {
          name: "e2e",
          include: ["test/e2e/**/*.e2e.test.ts"],
          globalSetup: ["test/helpers/global-setup.ts"],
          testTimeout: 60_000,
          hookTimeout: 90_000,
          pool: "forks",
          fileParallelism: false,
        },
      },
    ],
  },
});
