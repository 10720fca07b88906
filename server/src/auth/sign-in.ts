import { randomBytes } from 'node:crypto';
import type { Database } from '../db/database.js';
import { RizoomError } from '../errors.js';
import { verifyPassword } from './passwords.js';
import { accountByEmail, createSession, recordFailedSignIn } from './store.js';
import type { Tokens } from './tokens.js';

/** After this many wrong passwords in a row an account locks for `lockMinutes`. */
export const lockout = { maxAttempts: 5, lockMinutes: 15 } as const;

export class AuthenticationFailedError extends RizoomError {
  constructor(readonly locked: boolean) {
    super(
      'UNAUTHENTICATED',
      locked
        ? 'Too many failed attempts: this account is locked for a while. Try again later.'
        : 'The e-mail address or the password is not right.',
    );
  }
}

export interface SignedIn {
  sessionId: string;
  token: string;
  expiresAt: Date;
}

/**
 * Checks an e-mail address and password. The same answer, after the same work, whether the
 * address is unknown or the password wrong; a locked account refuses even the right password.
 */
export async function signIn(
  db: Database,
  tokens: Tokens,
  input: { email: string; password: string; hours: number },
): Promise<SignedIn> {
  const account = await accountByEmail(db, input.email.trim().toLowerCase());
  const passwordOk = await verifyPassword(account?.passwordHash ?? null, input.password);
  if (!account) throw new AuthenticationFailedError(false);
  if (account.locked) throw new AuthenticationFailedError(true);
  if (!passwordOk) {
    const after = await recordFailedSignIn(db, account.id, lockout);
    throw new AuthenticationFailedError(after?.locked ?? false);
  }
  const sessionId = randomBytes(24).toString('base64url');
  const expiresAt = new Date(Date.now() + input.hours * 3_600_000);
  await createSession(db, account.id, sessionId, expiresAt);
  return { sessionId, token: await tokens.sign(sessionId, expiresAt), expiresAt };
}
