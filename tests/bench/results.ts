import { appendFileSync, existsSync, writeFileSync } from 'node:fs';
import type { SectionResult } from './context.js';

const header = `# Benchmark results

Appended by \`npm run bench\` (tests/bench/run.ts), newest last. Each run starts its own Neo4j in
a fresh folder on this machine (2 cores, shared with whatever else runs) and lists every figure
with its target.
`;

export function renderSection(section: SectionResult): string {
  const lines = [`### ${section.title}`, '', '| figure | value | target |', '| --- | --- | --- |'];
  for (const m of section.metrics) {
    const verdict = m.target ? `${m.target} ${m.met ? '✔' : '✖'}` : '';
    lines.push(`| ${m.name} | ${m.value} | ${verdict} |`);
  }
  for (const table of section.tables ?? []) {
    const [head, ...rows] = table.rows;
    if (!head) continue;
    lines.push(
      '',
      `${table.caption}:`,
      '',
      `| ${head.join(' | ')} |`,
      `| ${head.map(() => '---').join(' | ')} |`,
    );
    for (const row of rows) lines.push(`| ${row.join(' | ')} |`);
  }
  for (const note of section.notes ?? []) lines.push('', note);
  return lines.join('\n');
}

/** Appends one run (all its sections) to the results file, creating it with a header. */
export function appendRun(path: string, title: string, sections: SectionResult[]) {
  if (!existsSync(path)) writeFileSync(path, header);
  appendFileSync(path, `\n## ${title}\n\n${sections.map(renderSection).join('\n\n')}\n`);
}
