/**
 * Yoga's parse cache, bounded by what it holds as well as how many: by default it keeps 1,000
 * documents of any size, so a stream of distinct near-1-MiB documents (hostile input, issue 8)
 * grows the heap by hundreds of megabytes. Only documents up to `maxKeyLength` characters are
 * remembered — real operations are a few kB — and the least recently used goes first.
 */
export function boundedCache<T>(max = 500, maxKeyLength = 20_000) {
  const entries = new Map<string, T>();
  return {
    get(key: string): T | undefined {
      const value = entries.get(key);
      if (value !== undefined) {
        entries.delete(key);
        entries.set(key, value);
      }
      return value;
    },
    set(key: string, value: T) {
      if (key.length > maxKeyLength) return;
      entries.delete(key);
      entries.set(key, value);
      if (entries.size > max) entries.delete(entries.keys().next().value as string);
    },
    get size() {
      return entries.size;
    },
  };
}
