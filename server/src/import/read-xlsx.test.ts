import type { Blob } from 'node:buffer';
import type { Stream } from 'node:stream';
import { describe, expect, it } from 'vitest';
import writeExcelFile, { type Feature, type SheetData } from 'write-excel-file/node';
import type { ImportEntity } from './columns.js';
import { cliLimits, type ImportLimits } from './file-checks.js';
import { ImportFailedError, IssueList } from './issues.js';
import { readXlsx } from './read-xlsx.js';

// Workbooks are written in code with write-excel-file (the same author's writer), never kept
// as binary fixtures.

const date = (iso: string) => ({
  value: new Date(`${iso}T00:00:00Z`),
  type: Date,
  format: 'dd-mm-yyyy',
});

const workbook = (rows: SheetData, sheet?: string) =>
  writeExcelFile(rows, sheet ? { sheet } : {}).toBuffer();

async function read(bytes: Uint8Array, entity: ImportEntity = 'tables', limits?: ImportLimits) {
  const issues = new IssueList();
  try {
    const file = await readXlsx(bytes, entity, { issues, limits: limits ?? cliLimits });
    return { file, issues: issues.items };
  } catch (error) {
    if (error instanceof ImportFailedError) return { file: null, issues: error.issues };
    throw error;
  }
}

/** Excel stores a formula's last result next to it; write-excel-file writes none, so add it. */
const cachedResult = (result: string): Feature<Stream | Buffer | Blob> => ({
  files: {
    transform: {
      'xl/worksheets/sheet{id}.xml': {
        transform: (xml) => xml.replace(/<\/f>/g, `</f><v>${result}</v>`),
      },
    },
  },
});

describe('reading an XLSX workbook', () => {
  it('reads typed cells as the CSV text, with the sheet’s row numbers as lines', async () => {
    const bytes = await workbook([
      ['Table', 'Member', 'Member type', 'Since'],
      ['t1', 'o1', 'organisation', date('2023-01-01')],
      [null, null, null, null],
      ['t2', 42, null, '01-02-2024'],
    ]);
    const { file, issues } = await read(bytes, 'table-members');
    expect(issues).toEqual([]);
    expect(file).toEqual({
      delimiter: null,
      columns: ['table', 'member', 'member_type', 'since'],
      records: [
        {
          line: 2,
          values: { table: 't1', member: 'o1', member_type: 'organisation', since: '2023-01-01' },
        },
        { line: 4, values: { table: 't2', member: '42', member_type: '', since: '01-02-2024' } },
      ],
    });
  });

  it('takes a formula’s cached result, as Excel shows it', async () => {
    const bytes = await writeExcelFile(
      [
        ['source', 'target', 'kind', 'strength'],
        ['a', 'b', 'INFORMAL', { value: '1+2', type: 'Formula' }],
      ],
      {},
      { features: [cachedResult('3')] },
    ).toBuffer();
    const { file } = await read(bytes, 'ties');
    expect(file?.records[0]?.values.strength).toBe('3');
  });

  it('finds the header below empty rows and reports its columns on its own line', async () => {
    const bytes = await workbook([
      [null, null],
      ['id', 'label', 'kind', 'municipalities', 'colour', 'Label'],
      ['t1', 'A', 'ZAT', 'GM0344', 'red', 'B'],
    ]);
    const { issues } = await read(bytes);
    expect(issues).toEqual([
      {
        line: 2,
        column: 'colour',
        message:
          'unknown column for tables; the columns are id, label, kind, municipalities, status',
      },
      { line: 2, column: 'Label', message: 'the column label appears more than once' },
    ]);
  });

  it('reports a missing column, and a value in a column without a header', async () => {
    const missing = await read(
      await workbook([
        ['id', 'label', 'kind'],
        ['t1', 'A', 'ZAT'],
      ]),
    );
    expect(missing.issues).toEqual([
      { line: 1, column: 'municipalities', message: 'required column is missing' },
    ]);
    const unnamed = await read(
      await workbook([
        ['id', 'label', null, 'kind', 'municipalities'],
        ['t1', 'A', null, 'ZAT', 'GM0344'],
        ['t2', 'B', 'stray', 'ZAT', 'GM0344'],
        ['t3', 'C', 'again', 'ZAT', 'GM0344'],
      ]),
    );
    expect(unnamed.issues).toEqual([
      {
        line: 3,
        column: null,
        message: 'column C has a value but no header: give the column a header or clear it',
      },
    ]);
  });

  it('reads the sheet named after the entity, otherwise the first', async () => {
    const bytes = await writeExcelFile([
      { sheet: 'Uitleg', data: [['Dit werkboek bevat tafels.']] },
      {
        sheet: 'Table members',
        data: [
          ['table', 'member'],
          ['t1', 'o1'],
        ],
      },
    ]).toBuffer();
    const members = await read(bytes, 'table-members');
    expect(members.file?.records).toEqual([{ line: 2, values: { table: 't1', member: 'o1' } }]);
    const tables = await read(bytes, 'tables');
    expect(tables.issues[0]).toMatchObject({ line: 1, column: 'Dit werkboek bevat tafels.' });
  });

  it('refuses an empty sheet and a sheet with only a header', async () => {
    expect((await read(await workbook([[]], 'Blad1'))).issues).toEqual([
      { line: null, column: null, message: "the sheet 'Blad1' is empty" },
    ]);
    const headerOnly = await read(await workbook([['id', 'label', 'kind', 'municipalities']]));
    expect(headerOnly.issues).toEqual([
      { line: null, column: null, message: "the sheet 'Sheet1' has a header but no rows" },
    ]);
  });

  it('keeps to the size and row limits', async () => {
    const rows: SheetData = [['id', 'label', 'kind', 'municipalities']];
    for (let i = 0; i < 4; i += 1) rows.push([`t${i}`, 'A', 'ZAT', 'GM0344']);
    const bytes = await workbook(rows);
    expect((await read(bytes, 'tables', { maxBytes: 1_000_000, maxRows: 3 })).issues).toEqual([
      {
        line: 5,
        column: null,
        message: 'the sheet has more than 3 rows: split it into smaller files',
      },
    ]);
    expect((await read(bytes, 'tables', { maxBytes: 1024, maxRows: 10 })).issues).toEqual([
      {
        line: null,
        column: null,
        message: expect.stringMatching(/^the file is 0\.0 MB; the limit is 0\.0 MB: split it/),
      },
    ]);
  });

  it('refuses a workbook that unpacks to far more than the file limit', async () => {
    const rows: SheetData = [['id', 'label', 'kind', 'municipalities']];
    for (let i = 0; i < 300; i += 1)
      rows.push([`t${i}`, `${i} ${'a'.repeat(1000)}`, 'ZAT', 'GM0344']);
    const bytes = await workbook(rows);
    const limits = { maxBytes: Math.max(bytes.length, 20_000), maxRows: 1_000 };
    expect((await read(bytes, 'tables', limits)).issues).toEqual([
      {
        line: null,
        column: null,
        message: expect.stringMatching(/^the workbook unpacks to 0\.3 MB; the limit is 0\.1 MB/),
      },
    ]);
  });

  it('explains a damaged file and a ZIP that is no workbook, in one issue', async () => {
    const good = await workbook([['id'], ['t1']]);
    const cut = await read(good.subarray(0, Math.floor(good.length / 2)));
    expect(cut.issues).toEqual([
      {
        line: null,
        column: null,
        message: expect.stringMatching(/^the file is not a valid XLSX workbook: .* damaged/),
      },
    ]);
    const garbage = await read(Buffer.concat([Buffer.from('PK\x03\x04'), Buffer.alloc(200, 7)]));
    expect(garbage.issues).toHaveLength(1);
    expect(garbage.issues[0]?.message).toMatch(/XLSX|Excel workbook/);
  });
});
