import { appendFileSync, existsSync, writeFileSync } from 'node:fs';
import type { SectionResult } from './context.js';

const header = `# Benchmark results

Appended by \`npm run bench\` (tests/bench/run.ts), newest last. Each run starts its own Neo4j in
a fresh folder on this machine (2 cores, shared with whatever else runs) and lists every figure
with its target.
`;

/** A Markdown table with padded columns, as the formatter (Biome) writes them. */
export function markdownTable([head, ...rows]: string[][]): string[] {
  if (!head) return [];
  const widths = head.map((_, i) =>
    Math.max(3, ...[head, ...rows].map((row) => (row[i] ?? '').length)),
  );
  const line = (cells: string[]) =>
    `| ${widths.map((w, i) => (cells[i] ?? '').padEnd(w)).join(' | ')} |`;
  return [line(head), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)];
}

export function renderSection(section: SectionResult): string {
  const metrics = section.metrics.map((m) => [
    m.name,
    m.value,
    m.target ? `${m.target} ${m.met ? '✔' : '✖'}` : '',
  ]);
  const lines = [
    `### ${section.title}`,
    '',
    ...markdownTable([['figure', 'value', 'target'], ...metrics]),
  ];
  for (const table of section.tables ?? []) {
    lines.push('', `${table.caption}:`, '', ...markdownTable(table.rows));
  }
  for (const note of section.notes ?? []) lines.push('', note);
  return lines.join('\n');
}

/** Appends one run (all its sections) to the results file, creating it with a header. */
export function appendRun(path: string, title: string, sections: SectionResult[]) {
  if (!existsSync(path)) writeFileSync(path, header);
  appendFileSync(path, `\n## ${title}\n\n${sections.map(renderSection).join('\n\n')}\n`);
}
