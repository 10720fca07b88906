/**
 * The burgerservicenummer (BSN) check. A BSN only ever passes through here on its way to a
 * pseudonym (`pseudonym.ts`): it is never stored, logged, returned or put in a message.
 */

const weights = [9, 8, 7, 6, 5, 4, 3, 2, -1] as const;

/** Nine digits, not all zeros, whose weighted sum (9…2, −1) is divisible by 11: the 11-test. */
export function isValidBsn(value: string): boolean {
  if (!/^[0-9]{9}$/.test(value) || /^0+$/.test(value)) return false;
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += Number(value[i]) * (weights[i] ?? 0);
  return sum % 11 === 0;
}

/** What a caller is told about a bad BSN: the rule, never the value. */
export const invalidBsnMessage = 'must be a valid BSN: 9 digits that pass the 11-test';
