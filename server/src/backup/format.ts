import type { Encoded } from '../db/dump.js';

// The backup file: gzipped JSON lines, values as typed JSON (db/dump.ts).
//   {"format":"rizoom-backup/1","createdAt":"…","nodes":N,"relationships":M}   first line
//   {"n":"<id>","l":["Label",…],"p":{…}}                                     a node
//   {"r":"TYPE","s":"<start id>","e":"<end id>","p":{…}}                      a relationship
//   {"end":true,"hash":"…","nodes":N,"relationships":M}                       last line
// Nodes come before relationships; ids are the source database's element ids, used only to
// join relationships to their ends. The hash is the canonical hash (canonical.ts) of the data.

export const backupFormat = 'rizoom-backup/1';

export type BackupLine =
  | { format: string; createdAt: string; nodes: number; relationships: number }
  | { n: string; l: string[]; p: Record<string, Encoded> }
  | { r: string; s: string; e: string; p: Record<string, Encoded> }
  | { end: true; hash: string; nodes: number; relationships: number };
