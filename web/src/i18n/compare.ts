const collator = new Intl.Collator('nl', { sensitivity: 'base', numeric: true });

/** Dutch alphabetical order ("'s-Hertogenbosch", "IJsselstein" and digits sort as a reader expects). */
export const compareDutch = (a: string, b: string): number => collator.compare(a, b);

export function sortByName<T extends { readonly name: string }>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => compareDutch(a.name, b.name));
}
