import { describe, expect, it } from 'vitest';
import type { ImportProgress } from '../../server/src/import/import.js';
import { importTestScope, reportOf } from '../fixtures/import/scope.js';
import { connectTestDatabase } from '../support/database.js';

const db = connectTestDatabase();
const scope = importTestScope(db, 'large');

describe('a large file', () => {
  it('imports 20,000 organisations in one transaction, reporting progress as it goes', async () => {
    const rows = 20_000;
    const lines = ['id,label,kind,municipalities,offers'];
    for (let i = 0; i < rows; i += 1) {
      lines.push(`{p}${i},Organisatie ${i},WIJKTEAM,GM0344|GM0307,GEZIN`);
    }
    const progress: ImportProgress[] = [];
    const report = reportOf(
      await scope.run('organisations', scope.file(lines), {
        onProgress: (step) => {
          progress.push(step);
        },
      }),
    );
    expect(report).toMatchObject({ rows, created: rows, updated: 0, unchanged: 0 });
    // Reading counts rows as it goes, checking and writing count towards a known total.
    expect([...new Set(progress.map((step) => step.phase))]).toEqual([
      'reading',
      'checking',
      'writing',
    ]);
    expect(progress.filter((step) => step.phase === 'reading').at(-1)).toEqual({
      phase: 'reading',
      done: rows,
      total: null,
    });
    expect(progress.filter((step) => step.phase === 'checking').at(-1)).toEqual({
      phase: 'checking',
      done: rows,
      total: rows,
    });
    const writing = progress.filter((step) => step.phase === 'writing').map((step) => step.done);
    expect(writing.length).toBeGreaterThan(20);
    expect(writing).toEqual([...writing].sort((a, b) => a - b));
    expect(progress.at(-1)).toEqual({ phase: 'writing', done: rows, total: rows });

    const again = reportOf(await scope.run('organisations', scope.file(lines)));
    expect(again).toMatchObject({ created: 0, updated: 0, unchanged: rows });
  });
});
