import { describe, expect, it } from "vitest";
import { VersionedCache } from "./page-cache.js";

describe("VersionedCache", () => {
  it("returns an entry only for the version it was stored under", () => {
    const cache = new VersionedCache<string>(10);
    cache.set("a", 1, "page at v1");
    expect(cache.get("a", 1)).toBe("page at v1");
    expect(cache.get("a", 2)).toBeUndefined();
    // A stale entry is dropped, not kept for an older reader.
    expect(cache.get("a", 1)).toBeUndefined();
  });

  it("keeps the most recently used entries within its capacity", () => {
    const cache = new VersionedCache<number>(2);
    cache.set("a", 1, 1);
    cache.set("b", 1, 2);
    expect(cache.get("a", 1)).toBe(1); // "a" is now the most recent
    cache.set("c", 1, 3);
    expect(cache.get("b", 1)).toBeUndefined();
    expect(cache.get("a", 1)).toBe(1);
    expect(cache.get("c", 1)).toBe(3);
    expect(cache.size).toBe(2);
  });

  it("loads a missing entry once per version and stores nothing when loading fails", async () => {
    const cache = new VersionedCache<string>(10);
    let loads = 0;
    const load = async () => `load ${++loads}`;
    expect(await cache.remember("a", 1, load)).toBe("load 1");
    expect(await cache.remember("a", 1, load)).toBe("load 1");
    expect(await cache.remember("a", 2, load)).toBe("load 2");
    await expect(cache.remember("b", 2, () => Promise.reject(new Error("not found")))).rejects.toThrow();
    expect(cache.get("b", 2)).toBeUndefined();
  });
});
