/**
 * Turns what a person types into a safe Lucene query for Neo4j's full-text index: special
 * characters are escaped, and every word matches as a prefix ("leerpl" finds "Leerplicht").
 * Returns null when nothing searchable is left.
 */
export function toLuceneQuery(text: string): string | null {
  const words = text
    .normalize('NFC')
    .split(/\s+/)
    .map((word) => word.replace(/[+\-&|!(){}[\]^"~*?:\\/]/g, '\\$&'))
    .filter((word) => word.length > 0)
    .slice(0, 10);
  if (words.length === 0) return null;
  return words.map((word) => `${word}*`).join(' AND ');
}
