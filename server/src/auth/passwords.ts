import { hash, verify } from '@node-rs/argon2';

// argon2id with the library's defaults (19 MiB, 2 passes), as OWASP recommends.

export const hashPassword = (password: string) => hash(password);

/** A hash of nothing in particular, checked when an account does not exist, so that a wrong
 * e-mail address takes as long to refuse as a wrong password. */
const decoy = hash('rizoom-decoy-password');

export async function verifyPassword(passwordHash: string | null, password: string) {
  if (!passwordHash) {
    await verify(await decoy, password).catch(() => false);
    return false;
  }
  return verify(passwordHash, password).catch(() => false);
}
