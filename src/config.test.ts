import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "./config.js";

describe("loadConfig", () => {
  it("runs on the embedded database at localhost:3000 with nothing set", () => {
    const config = loadConfig({});
    expect(config.database).toEqual({ kind: "pglite", dir: "./data/pglite" });
    expect(config.publicUrl).toBe("http://localhost:3000");
  });

  it("points links at the chosen port unless a public URL is given", () => {
    expect(loadConfig({ PORT: "3222" }).publicUrl).toBe("http://localhost:3222");
    expect(loadConfig({ PORT: "3222", PUBLIC_URL: "https://candor.example/" }).publicUrl).toBe(
      "https://candor.example",
    );
  });

  it("lists every bad variable at once", () => {
    try {
      loadConfig({ PORT: "seventy", DATABASE_URL: "mysql://x" });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      expect((error as Error).message).toMatch(/PORT/);
      expect((error as Error).message).toMatch(/DATABASE_URL: must start with postgres/);
    }
  });
});
