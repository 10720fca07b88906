import { createHash } from 'node:crypto';
import type { Encoded } from '../db/dump.js';

// A canonical hash of a whole database, independent of Neo4j's internal ids and of the order
// records arrive in: every node is described by its sorted labels and its typed properties
// (keys sorted); every relationship by its type, typed properties and the descriptions of its
// two ends. The hash is the SHA-256 of the counts and the sum (mod 2^256) of the SHA-256 of
// every description — a multiset hash, so it streams without sorting. Two databases with the
// same hash hold the same nodes and relationships, with the same labels, types and values.

const modulus = 1n << 256n;

/** JSON with object keys sorted, at every depth: one text per value. */
export function canonicalJson(value: Encoded): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const keys = Object.keys(value).sort();
  return `{${keys.map((key) => `${JSON.stringify(key)}:${canonicalJson(value[key] ?? null)}`).join(',')}}`;
}

const sha256 = (text: string) => createHash('sha256').update(text).digest();

export interface CanonicalHash {
  hash: string;
  nodes: number;
  relationships: number;
}

/** Accumulates nodes, then relationships (whose ends must have been added as nodes). */
export class CanonicalHasher {
  private sum = 0n;
  private nodes = 0;
  private relationships = 0;
  /** The description digest of each node, by the id the relationships name it with. */
  private readonly digests = new Map<string, string>();

  addNode(id: string, labels: readonly string[], properties: Encoded) {
    const digest = sha256(`node|${[...labels].sort().join(':')}|${canonicalJson(properties)}`);
    this.digests.set(id, digest.toString('base64'));
    this.add(digest);
    this.nodes += 1;
  }

  addRelationship(type: string, start: string, end: string, properties: Encoded) {
    const from = this.digests.get(start);
    const to = this.digests.get(end);
    if (from === undefined || to === undefined)
      throw new Error(`relationship ${type} names a node that was not read`);
    this.add(sha256(`rel|${type}|${from}|${to}|${canonicalJson(properties)}`));
    this.relationships += 1;
  }

  result(): CanonicalHash {
    const total = this.sum.toString(16).padStart(64, '0');
    const hash = sha256(`rizoom-db|${this.nodes}|${this.relationships}|${total}`).toString('hex');
    return { hash, nodes: this.nodes, relationships: this.relationships };
  }

  private add(digest: Buffer) {
    this.sum = (this.sum + BigInt(`0x${digest.toString('hex')}`)) % modulus;
  }
}
