import { randomBytes } from 'node:crypto';
import type { Database } from '../../db/database.js';
import type { SignedIn } from '../sign-in.js';
import { accountByEmail, createSession } from '../store.js';
import type { Tokens } from '../tokens.js';

/** Why an e-mail address the identity provider vouched for still does not sign in. */
export type OidcRefusal = 'unknown-account' | 'locked-account';

export class OidcRefusedError extends Error {
  constructor(readonly reason: OidcRefusal) {
    super(
      reason === 'unknown-account'
        ? 'no Rizoom account has the e-mail address the identity provider gave'
        : 'the Rizoom account is locked',
    );
  }
}

/**
 * Signs in the Rizoom account with this e-mail address, as a password would. Accounts and
 * their roles are kept in Rizoom: an address without an account is refused, never created,
 * and a locked account stays locked.
 */
export async function signInByEmail(
  db: Database,
  tokens: Tokens,
  input: { email: string; hours: number },
): Promise<SignedIn> {
  const account = await accountByEmail(db, input.email.trim().toLowerCase());
  if (!account) throw new OidcRefusedError('unknown-account');
  if (account.locked) throw new OidcRefusedError('locked-account');
  // The same session as `signIn` makes after a right password.
  const sessionId = randomBytes(24).toString('base64url');
  const expiresAt = new Date(Date.now() + input.hours * 3_600_000);
  await createSession(db, account.id, sessionId, expiresAt);
  return { sessionId, token: await tokens.sign(sessionId, expiresAt), expiresAt };
}
