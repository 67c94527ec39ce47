/**
 * A small least-recently-used cache whose entries are valid for one catalogue version (see the
 * catalogue_version table): a page built from the catalogue is reused until anything it shows may have
 * changed, and never after. Entries also carry the day they were built for, as freshness labels and expiry
 * depend on it.
 */
export class VersionedCache<T> {
  private readonly entries = new Map<string, { version: number; value: T }>();

  constructor(private readonly capacity: number) {}

  get(key: string, version: number): T | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (entry.version !== version) {
      this.entries.delete(key);
      return undefined;
    }
    // Re-inserting moves the key to the end: Map keeps insertion order, so the first key is the oldest.
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry.value;
  }

  set(key: string, version: number, value: T): void {
    this.entries.delete(key);
    this.entries.set(key, { version, value });
    while (this.entries.size > this.capacity) {
      const oldest = this.entries.keys().next().value as string;
      this.entries.delete(oldest);
    }
  }

  /** The entry for this version, or the one `load` returns, stored for the version. */
  async remember(key: string, version: number, load: () => Promise<T>): Promise<T> {
    const cached = this.get(key, version);
    if (cached !== undefined) return cached;
    const value = await load();
    this.set(key, version, value);
    return value;
  }

  get size() {
    return this.entries.size;
  }
}
