import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { DatabaseInUseError, openPglite } from "./client.js";

const dir = mkdtempSync(join(tmpdir(), "candor-lock-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("the embedded database's directory lock", () => {
  it("refuses a second process while one has the database open, and takes over after a crash", async () => {
    // A live process other than this one holds the lock, as a running server would.
    const holder = spawn(process.execPath, ["-e", "setTimeout(() => {}, 60000)"]);
    try {
      writeFileSync(join(dir, "candor.pid"), String(holder.pid));
      await expect(openPglite(dir)).rejects.toThrow(DatabaseInUseError);
      await expect(openPglite(dir)).rejects.toThrow(/open in another process .*Stop it/);
    } finally {
      holder.kill("SIGKILL");
      await new Promise((resolve) => holder.once("exit", resolve));
    }
    // The holder died without cleaning up (SIGKILL): the next open takes the directory.
    const client = await openPglite(dir);
    expect(readFileSync(join(dir, "candor.pid"), "utf8")).toBe(String(process.pid));
    await client.query("select 1");
    await client.close();
    expect(existsSync(join(dir, "candor.pid"))).toBe(false);
  });
});
