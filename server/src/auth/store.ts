import { cypher } from '../db/cypher.js';
import type { Database } from '../db/database.js';
import type { Viewer } from './viewer.js';

type AccountRow = {
  id: string;
  passwordHash: string | null;
  failedAttempts: number | null;
  locked: boolean | null;
  lockedUntil: string | null;
};

const byEmailQuery = cypher<{ email: string }, AccountRow>('auth/account-by-email');
const failedQuery = cypher<
  { id: string; maxAttempts: number; lockMinutes: number },
  { failedAttempts: number; locked: boolean }
>('auth/record-failed-sign-in');
const createSessionQuery = cypher<
  { accountId: string; sessionId: string; expiresAt: string },
  { sessionId: string }
>('auth/create-session');
const viewerQuery = cypher<{ sessionId: string }, Viewer>('auth/session-viewer');
const revokeQuery = cypher<{ sessionId: string }, { sessionId: string }>('auth/revoke-session');

export const accountByEmail = async (db: Database, email: string) =>
  (await db.read(byEmailQuery, { email }))[0] ?? null;

export const recordFailedSignIn = async (
  db: Database,
  id: string,
  limits: { maxAttempts: number; lockMinutes: number },
) => (await db.write(failedQuery, { id, ...limits }))[0] ?? null;

export const createSession = (
  db: Database,
  accountId: string,
  sessionId: string,
  expiresAt: Date,
) => db.write(createSessionQuery, { accountId, sessionId, expiresAt: expiresAt.toISOString() });

export const viewerOfSession = async (db: Database, sessionId: string) =>
  (await db.read(viewerQuery, { sessionId }))[0] ?? null;

export const revokeSession = (db: Database, sessionId: string) =>
  db.write(revokeQuery, { sessionId });
