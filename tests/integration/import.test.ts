import { describe, expect, it } from 'vitest';
import { csrfHeader } from '../../server/src/http/security/csrf.js';
import {
  exampleFile,
  examplePrefix,
  importTestScope,
  issuesOf,
  reportOf,
} from '../fixtures/import/scope.js';
import { testApp } from '../support/app.js';
import { connectTestDatabase } from '../support/database.js';

const db = connectTestDatabase();
const scope = importTestScope(db, 'valid', [examplePrefix]);

const order = ['organisations', 'professionals', 'tables', 'ties', 'table-members'] as const;
const exampleRows = {
  organisations: 9,
  professionals: 5,
  tables: 2,
  ties: 7,
  'table-members': 6,
};

describe('importing the example files (seeds/examples)', () => {
  it('creates exactly the rows of each file', async () => {
    for (const entity of order) {
      const report = reportOf(await scope.run(entity, exampleFile(`${entity}.csv`)));
      expect(report).toEqual({
        entity,
        filename: `${entity}.csv`,
        rows: exampleRows[entity],
        created: exampleRows[entity],
        updated: 0,
        unchanged: 0,
        dryRun: false,
      });
    }
    const records = await scope.records();
    const byId = new Map(records.map((record) => [record.id, record]));
    expect(records.filter((r) => r.label === 'Organisation')).toHaveLength(9);
    expect(records.filter((r) => r.label === 'Professional')).toHaveLength(5);
    expect(records.filter((r) => r.label === 'ConsultationTable')).toHaveLength(2);

    const lyceum = byId.get('voorbeeld-org-lyceum');
    expect(lyceum?.properties).toMatchObject({
      name: 'Voorbeeldlyceum',
      kind: 'SCHOOL_VO',
      brin: '99ZX',
      status: 'ACTIVE',
      source: 'import: organisations.csv',
    });
    expect(lyceum?.properties).not.toHaveProperty('kvk');
    expect(lyceum?.relationships.map(([type, end]) => `${type}>${end}`)).toEqual([
      'MEMBER_OF_SWV>voorbeeld-org-swv',
      'OFFERS>HOOGBEGAAFDHEID',
      'SERVES>GM0344',
      'TIE>voorbeeld-org-swv',
    ]);

    const sem = byId.get('voorbeeld-pro-sem');
    // Given as the Dutch label, stored as the code.
    expect(sem?.properties).toMatchObject({ role: 'RMC_TRAJECTBEGELEIDER', status: 'ACTIVE' });
    expect(sem?.relationships).toEqual([
      ['HAS_EXPERTISE', 'STAGE_WERK', {}],
      ['WORKS_AT', 'voorbeeld-org-rmc', { from: '2019-09-01' }],
    ]);
    // No start date in the file: the job's first day is unknown.
    const fatima = byId.get('voorbeeld-pro-fatima');
    expect(fatima?.relationships.find(([type]) => type === 'WORKS_AT')).toEqual([
      'WORKS_AT',
      'voorbeeld-org-lyceum',
      {},
    ]);

    const tie = byId
      .get('voorbeeld-org-leerplicht')
      ?.relationships.find(([type, end]) => type === 'TIE' && end === 'voorbeeld-org-halt');
    expect(tie?.[2]).toMatchObject({
      id: 'voorbeeld-tie-1',
      kind: 'FORMAL_AGREEMENT',
      strength: 3,
      status: 'ACTIVE',
      activeKey: 'voorbeeld-org-halt~voorbeeld-org-leerplicht~FORMAL_AGREEMENT',
      lastConfirmedAt: '2025-06-01',
      assertedBy: 'voorbeeld-pro-anouk',
      confirmedBy: 'voorbeeld-pro-anouk',
      source: 'import: ties.csv',
    });
    const textTie = byId.get('voorbeeld-org-rmc')?.relationships.find(([type]) => type === 'TIE');
    expect(textTie?.[2]).toMatchObject({ assertedBy: 'RMC-overleg 2024', strength: 1 });
    expect(textTie?.[2]).not.toHaveProperty('lastConfirmedAt');
    const asserted = byId
      .get('voorbeeld-org-lyceum')
      ?.relationships.find(([type]) => type === 'TIE');
    expect(asserted?.[2]).toMatchObject({ assertedBy: 'import: ties.csv' });

    const daan = byId.get('voorbeeld-pro-daan');
    expect(daan?.relationships.find(([type]) => type === 'MEMBER_OF')).toEqual([
      'MEMBER_OF',
      'voorbeeld-table-zat',
      {},
    ]);
    expect(byId.get('voorbeeld-pro-lotte')?.relationships).toContainEqual([
      'MEMBER_OF',
      'voorbeeld-table-thuiszitters',
      { since: '2023-02-01' },
    ]);
  });

  it('changes nothing when the same files are imported again', async () => {
    const before = await scope.state();
    for (const entity of order) {
      const report = reportOf(await scope.run(entity, exampleFile(`${entity}.csv`)));
      expect(report).toMatchObject({
        created: 0,
        updated: 0,
        unchanged: exampleRows[entity],
      });
    }
    expect(await scope.state()).toBe(before);
  });

  it('counts on a dry run without writing', async () => {
    const lines = exampleFile('organisations.csv').toString().trim().split('\n');
    lines[1] = (lines[1] as string).replace('Bureau Leerplicht Utrecht', 'Leerplicht Utrecht');
    lines.push('voorbeeld-org-new,Nieuw (voorbeeld),OTHER,GM0344,,,,,,');
    const outcome = await scope.unchanged(() =>
      scope.run('organisations', Buffer.from(lines.join('\n')), { dryRun: true }),
    );
    expect(reportOf(outcome)).toMatchObject({
      rows: 10,
      created: 1,
      updated: 1,
      unchanged: 8,
      dryRun: true,
    });
  });
});

describe('a failed import', () => {
  it('reports every problem and writes nothing', async () => {
    const outcome = await scope.unchanged(() =>
      scope.run(
        'organisations',
        scope.file(['id,label,kind,municipalities', '{p}a,A,SCHOOL,GM0344', '{p}b,B,OTHER,GM9999']),
      ),
    );
    expect(issuesOf(outcome)).toEqual([
      {
        line: 2,
        column: 'kind',
        message: expect.stringMatching(/^unknown kind 'SCHOOL'; use one of SCHOOL_PO, /),
      },
      { line: 3, column: 'municipalities', message: 'unknown municipality code GM9999' },
    ]);
  });
});

describe('the GraphQL upload (multipart, as graphql-yoga receives files)', () => {
  const app = testApp(db);
  const mutation = /* GraphQL */ `
    mutation Import($entity: ImportEntity!, $file: File!, $dryRun: Boolean) {
      importSpreadsheet(entity: $entity, file: $file, dryRun: $dryRun) {
        __typename
        ... on MutationImportSpreadsheetSuccess {
          data { entity rows created updated unchanged dryRun }
        }
        ... on ImportFailed { code message errorCount errors { line column message } }
      }
    }`;

  async function upload(entity: string, file: File, dryRun = false) {
    const form = new FormData();
    form.append(
      'operations',
      JSON.stringify({ query: mutation, variables: { entity, file: null, dryRun } }),
    );
    form.append('map', JSON.stringify({ 0: ['variables.file'] }));
    form.append('0', file);
    const response = await app.fetch('http://rizoom.test/graphql', {
      method: 'POST',
      body: form,
      // What the web app sends along with every request (CSRF prevention).
      headers: { [csrfHeader]: '1' },
    });
    expect(response.status).toBe(200);
    const body = (await response.json()) as {
      data?: { importSpreadsheet: Record<string, unknown> };
      errors?: unknown[];
    };
    expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
    return body.data?.importSpreadsheet;
  }

  const csv = (lines: string[], name: string) =>
    new File([new Uint8Array(scope.file(lines))], name, { type: 'text/csv' });

  it('imports an uploaded file, dry run first', async () => {
    const file = csv(
      ['id,label,kind,municipalities', '{p}up-1,Upload tafel,MDO,GM0344|GM0307'],
      'tafels.csv',
    );
    const dry = await upload('TABLES', file, true);
    expect(dry).toEqual({
      __typename: 'MutationImportSpreadsheetSuccess',
      data: { entity: 'TABLES', rows: 1, created: 1, updated: 0, unchanged: 0, dryRun: true },
    });
    expect((await scope.records()).find((r) => r.id === `${scope.prefix}up-1`)).toBeUndefined();
    const done = await upload('TABLES', file);
    expect(done).toMatchObject({ data: { created: 1, dryRun: false } });
    const table = (await scope.records()).find((r) => r.id === `${scope.prefix}up-1`);
    expect(table?.properties).toMatchObject({ name: 'Upload tafel', source: 'import: tafels.csv' });
    expect(await upload('TABLES', file)).toMatchObject({ data: { created: 0, unchanged: 1 } });
  });

  it('answers ImportFailed with every problem, and writes nothing', async () => {
    const file = csv(
      ['id,label,kind,municipalities', '{p}up-2,,MDO,GM0344', '{p}up-3,X,CIRCLE,GM0344'],
      'bad.csv',
    );
    const result = await scope.unchanged(() => upload('TABLES', file));
    expect(result).toEqual({
      __typename: 'ImportFailed',
      code: 'VALIDATION_FAILED',
      message: expect.stringContaining('2 problems'),
      errorCount: 2,
      errors: [
        { line: 2, column: 'label', message: 'must not be empty' },
        {
          line: 3,
          column: 'kind',
          message:
            "unknown kind 'CIRCLE'; use one of ZAT, MDO, THUISZITTERSTAFEL, OVERSTAPTAFEL, OTHER",
        },
      ],
    });
  });

  it('refuses an upload over its size limit before reading it', async () => {
    const big = new File([new Uint8Array(10 * 1024 * 1024 + 1).fill(97)], 'big.csv');
    expect(await upload('ORGANISATIONS', big)).toMatchObject({
      __typename: 'ImportFailed',
      errors: [
        {
          line: null,
          column: null,
          message: 'the file is 10.0 MB; the limit is 10.0 MB: split it into smaller files',
        },
      ],
    });
  });
});

describe('updates through an import', () => {
  it('changes only the rows that differ, and moves a professional to a new job', async () => {
    const p = scope.prefix;
    reportOf(
      await scope.run(
        'organisations',
        scope.file([
          'id,label,kind,municipalities,brin,offers',
          '{p}u-school,U school,SCHOOL_PO,GM0344,95ZX,TAAL',
          '{p}u-team,U team,WIJKTEAM,GM0344,,',
          '{p}u-other,U other,WIJKTEAM,GM0344,,',
        ]),
      ),
    );
    reportOf(
      await scope.run(
        'professionals',
        scope.file([
          'id,label,role,organisation,start_date',
          '{p}u-pro,U pro,DECAAN,{p}u-school,2020-01-01',
        ]),
      ),
    );
    const stamp = async (id: string) =>
      (await scope.records()).find((record) => record.id === id)?.properties.updatedAt;
    const untouched = await stamp(`${p}u-team`);

    // A name changed and a BRIN cleared; the offers column is left out, so offers stay.
    const changed = await scope.run(
      'organisations',
      scope.file([
        'id,label,kind,municipalities,brin',
        '{p}u-school,U school renamed,SCHOOL_PO,GM0344,',
        '{p}u-team,U team,WIJKTEAM,GM0344,',
      ]),
    );
    expect(reportOf(changed)).toMatchObject({ created: 0, updated: 1, unchanged: 1 });
    const school = (await scope.records()).find((record) => record.id === `${p}u-school`);
    expect(school?.properties).toMatchObject({ name: 'U school renamed' });
    expect(school?.properties).not.toHaveProperty('brin');
    expect(school?.relationships.map(([type, end]) => `${type}>${end}`)).toContain('OFFERS>TAAL');
    expect(await stamp(`${p}u-team`)).toEqual(untouched);

    const move = await scope.run(
      'professionals',
      scope.file([
        'id,label,role,organisation,start_date',
        '{p}u-pro,U pro,DECAAN,{p}u-other,2024-03-01',
      ]),
    );
    expect(reportOf(move)).toMatchObject({ updated: 1 });
    const pro = (await scope.records()).find((record) => record.id === `${p}u-pro`);
    expect(pro?.relationships.filter(([type]) => type === 'WORKS_AT')).toEqual([
      ['WORKS_AT', `${p}u-other`, { from: '2024-03-01' }],
      ['WORKS_AT', `${p}u-school`, { from: '2020-01-01', to: '2024-03-01' }],
    ]);
    const backwards = await scope.unchanged(() =>
      scope.run(
        'professionals',
        scope.file([
          'id,label,role,organisation,start_date',
          '{p}u-pro,U pro,DECAAN,{p}u-team,2023-01-01',
        ]),
      ),
    );
    expect(issuesOf(backwards)).toEqual([
      {
        line: 2,
        column: 'start_date',
        message: `2023-01-01 is before the current job at '${p}u-other' began (2024-03-01)`,
      },
    ]);
  });

  it('matches ties without an id (Kumu: from, to) on their ends and kind', async () => {
    const p = scope.prefix;
    const kumu = scope.file(['From,To,Kind,Weight', '{p}u-team,{p}u-school,INFORMAL,3']);
    expect(reportOf(await scope.run('ties', kumu))).toMatchObject({ created: 1 });
    const reversed = scope.file(['from,to,kind,weight', '{p}u-school,{p}u-team,INFORMAL,3']);
    expect(reportOf(await scope.run('ties', reversed))).toMatchObject({ created: 0, unchanged: 1 });
    const stronger = scope.file(['from,to,kind,weight', '{p}u-school,{p}u-team,INFORMAL,1']);
    expect(reportOf(await scope.run('ties', stronger))).toMatchObject({ updated: 1 });
    const clash = scope.file(['id,from,to,kind', 'another,{p}u-school,{p}u-team,INFORMAL']);
    const [issue] = issuesOf(await scope.unchanged(() => scope.run('ties', clash)));
    expect(issue).toMatchObject({
      line: 2,
      column: 'kind',
      message: expect.stringMatching(
        /^an active INFORMAL tie already joins .* give its id or leave id empty$/,
      ),
    });
    const archive = scope.file(['from,to,kind,status', '{p}u-team,{p}u-school,INFORMAL,archived']);
    expect(reportOf(await scope.run('ties', archive))).toMatchObject({ updated: 1 });
    const tie = (await scope.records())
      .find((record) => record.id === `${p}u-team`)
      ?.relationships.find(([type]) => type === 'TIE');
    expect(tie?.[2]).toMatchObject({ status: 'ARCHIVED', strength: 1 });
    expect(tie?.[2]).not.toHaveProperty('activeKey');
  });
});
