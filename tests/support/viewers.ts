import { randomBytes, randomUUID } from 'node:crypto';
import { afterAll } from 'vitest';
import { sessionCookie } from '../../server/src/auth/cookies.js';
import { createTokens } from '../../server/src/auth/tokens.js';
import type { AccountRole } from '../../server/src/auth/viewer.js';
import { developmentSessionSecret } from '../../server/src/config.js';
import type { Database } from '../../server/src/db/database.js';
import { testCypher } from './cypher.js';

/** Who a test request is sent as; `professionalId` links the account to a synthetic professional. */
export interface TestViewer {
  role: AccountRole;
  professionalId?: string | null;
  regionCodes?: readonly string[];
}

export const adminViewer: TestViewer = { role: 'ADMIN' };
export const professionalViewer = (professionalId: string): TestViewer => ({
  role: 'PROFESSIONAL',
  professionalId,
});
export const coordinatorViewer = (
  professionalId: string | null,
  regionCodes: readonly string[],
): TestViewer => ({ role: 'REGIONAL_COORDINATOR', professionalId, regionCodes });

const createSession = testCypher<
  {
    id: string;
    email: string;
    role: string;
    professionalId: string | null;
    regionCodes: readonly string[];
    sessionId: string;
    expiresAt: string;
  },
  { id: string; linked: number; regions: number }
>('viewer-create-session');
const deleteAccounts = testCypher<object, object>('viewer-delete-accounts');

const tokens = createTokens(developmentSessionSecret);
const cleanups = new WeakSet<Database>();

/**
 * Signs a test viewer in the way the product does (an account, a session in Neo4j, a signed
 * token in the session cookie) and returns the `cookie` header value. Accounts are removed after
 * the test file. Throws when the professional or a region does not exist, so a typo cannot turn
 * into a quietly anonymous request.
 */
export async function viewerCookie(db: Database, viewer: TestViewer): Promise<string> {
  if (!cleanups.has(db)) {
    cleanups.add(db);
    afterAll(() => db.write(deleteAccounts, {}));
  }
  const id = `test-viewer-${randomUUID()}`;
  const sessionId = randomBytes(24).toString('base64url');
  const expiresAt = new Date(Date.now() + 8 * 3_600_000);
  const regionCodes = viewer.regionCodes ?? [];
  const [row] = await db.write(createSession, {
    id,
    email: `${id}@rizoom.test`,
    role: viewer.role,
    professionalId: viewer.professionalId ?? null,
    regionCodes,
    sessionId,
    expiresAt: expiresAt.toISOString(),
  });
  if (viewer.professionalId && row?.linked !== 1)
    throw new Error(`test viewer: no professional ${viewer.professionalId}`);
  if (row?.regions !== regionCodes.length)
    throw new Error(`test viewer: unknown region among ${regionCodes.join(', ')}`);
  return `${sessionCookie}=${await tokens.sign(sessionId, expiresAt)}`;
}

/**
 * A well-signed session cookie naming a session that need not exist: what a signed-in browser
 * sends, for tests where the database cannot be asked (it is down).
 */
export async function signedCookieFor(sessionId: string): Promise<string> {
  return `${sessionCookie}=${await tokens.sign(sessionId, new Date(Date.now() + 3_600_000))}`;
}
