/** The next free node id of an import, shared by the id spaces of all labels. */
export class NodeCounter {
  next = 0;
}

/**
 * The node ids of one label for the bulk importer, which takes them as the store's own node ids
 * (`--id-type=actual`: no id map to build and search): short relationship lines, and the
 * fastest import. Keys are the ids the generator made (codes for municipalities and needs).
 */
export class IdSpace {
  private readonly ids = new Map<string, number>();

  constructor(
    readonly label: string,
    private readonly counter: NodeCounter,
  ) {}

  get size() {
    return this.ids.size;
  }

  /** The id of a new key; throws when the key was added before. */
  add(key: string): number {
    if (this.ids.has(key)) throw new Error(`${this.label} ${key} twice`);
    const id = this.counter.next++;
    this.ids.set(key, id);
    return id;
  }

  /** The id of a key, and whether it is new (for keys seen more than once, like subjects). */
  upsert(key: string): [id: number, added: boolean] {
    const id = this.ids.get(key);
    return id === undefined ? [this.add(key), true] : [id, false];
  }

  /**
   * The id of a key that must exist. The Cypher loader would silently skip a row whose MATCH
   * finds nothing; the generator never makes such a row, so here it is an error.
   */
  of(key: string): number {
    const id = this.ids.get(key);
    if (id === undefined) throw new Error(`no ${this.label} ${key}`);
    return id;
  }
}
