/** Counts under this show as "<5" (DOMAIN.md, "Privacy"): too few to publish safely. */
export const smallCountThreshold = 5;

/**
 * A count of cases as someone may see it: the number itself when they may see the underlying
 * cases, otherwise "<5" for anything from 1 to 4. Zero stays zero: it points at nobody.
 */
export function shownCount(count: number, maySeeCases: boolean): string {
  if (maySeeCases || count === 0 || count >= smallCountThreshold) return String(count);
  return `<${smallCountThreshold}`;
}
