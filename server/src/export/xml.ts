// Characters XML 1.0 cannot hold at all (most control characters): dropped, not escaped.
const notInXml =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: that is what it removes
  /[^\u0009\u000A\u000D\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

const entities: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};

/** Text safe inside an XML attribute value or element. */
export function escapeXml(value: string): string {
  return value.replace(notInXml, '').replace(/[&<>"']/g, (c) => entities[c] ?? c);
}
