import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type CsvEntity, csvHeader } from '../../server/src/export/csv.js';
import { type ExportRequest, exportNetwork } from '../../server/src/export/formats.js';
import { checkCytoscape, checkGexf, checkGraphml } from '../fixtures/import/graph-formats.js';
import { importTestScope, reportOf } from '../fixtures/import/scope.js';
import { testApp } from '../support/app.js';
import { testCypher } from '../support/cypher.js';
import { connectTestDatabase } from '../support/database.js';
import { runTs } from '../support/processes.js';

const db = connectTestDatabase();
const app = testApp(db);
const scope = importTestScope(db, 'export');
const p = scope.prefix;

type Counts = {
  organisations: number;
  professionals: number;
  tables: number;
  ties: number;
  seats: number;
};
const countsQuery = testCypher<{ regionCode: string | null }, Counts>('export-counts');
const smallestRegion = testCypher<object, { regionCode: string; municipalityCodes: string[] }>(
  'export-smallest-region',
);
const createCases = testCypher<
  { cases: { id: string; kind: string; municipalityCode: string }[] },
  { created: number }
>('export-create-cases');
const deleteCases = testCypher<{ prefix: string }, object>('export-delete-cases');
const caseCounts = testCypher<
  { regionCode: string },
  { municipalityCode: string; kind: string; cases: number }
>('export-case-counts');

let region = '';
let town = '';
let otherTown = '';

async function text(request: ExportRequest) {
  const file = await exportNetwork(db, request);
  let out = '';
  for await (const chunk of file.body) out += chunk;
  return { ...file, text: out };
}

async function counts(regionCode: string | null) {
  const [row] = await db.read(countsQuery, { regionCode });
  if (!row) throw new Error('no counts');
  return row;
}

beforeAll(async () => {
  const [found] = await db.read(smallestRegion, {});
  region = found?.regionCode ?? '';
  [town = '', otherTown = town] = found?.municipalityCodes ?? [];
  // A small network of this file's own in the region, through the import (tested on its own).
  const run = async (entity: Parameters<typeof scope.run>[0], lines: string[]) =>
    reportOf(
      await scope.run(
        entity,
        scope.file(lines.map((l) => l.replaceAll('{t}', town).replaceAll('{u}', otherTown))),
      ),
    );
  await run('organisations', [
    'id,label,kind,municipalities,brin,swv_code,offers,samenwerkingsverband',
    '{p}swv,Exp SWV & co,SWV_VO,{t}|{u},,VO9998,,',
    '{p}school,Exp "school",SCHOOL_VO,{t},97ZX,,TAAL|AUTISME,{p}swv',
    '{p}lp,Exp leerplicht,LEERPLICHT,{t},,,,',
  ]);
  await run('professionals', [
    'id,label,role,organisation,start_date,expertise',
    '{p}ann,Exp Ann,LEERPLICHTAMBTENAAR,{p}lp,2022-02-01,',
    '{p}bo,Exp Bo,ZORGCOORDINATOR,{p}school,,AUTISME',
  ]);
  await run('tables', ['id,label,kind,municipalities', '{p}zat,Exp ZAT,ZAT,{t}']);
  await run('ties', [
    'id,source,target,kind,strength,last_confirmed_at',
    '{p}t1,{p}lp,{p}school,FORMAL_AGREEMENT,3,2025-06-01',
    '{p}t2,{p}school,{p}swv,CONSULTATION_TABLE,2,',
    '{p}t3,{p}ann,{p}bo,INFORMAL,1,2025-01-31',
  ]);
  await run('table-members', ['table,member', '{p}zat,{p}bo', '{p}zat,{p}lp']);
  const cases = [
    ...Array.from({ length: 3 }, (_, i) => ({
      id: `${p}case-a${i}`,
      kind: 'LUXE_VERZUIM',
      municipalityCode: town,
    })),
    ...Array.from({ length: 7 }, (_, i) => ({
      id: `${p}case-b${i}`,
      kind: 'THUISZITTER',
      municipalityCode: town,
    })),
  ];
  await db.write(createCases, { cases });
});
afterAll(() => db.write(deleteCases, { prefix: p }));

describe('graph exports', () => {
  it.each([
    ['region', () => region],
    ['whole graph', () => null],
  ])(
    'GEXF, GraphML and Cytoscape JSON of the %s hold what the database holds',
    async (_name, code) => {
      const regionCode = code();
      const expected = await counts(regionCode);
      const nodes = expected.organisations + expected.professionals + expected.tables;
      const edges = expected.ties + expected.professionals + expected.seats;
      expect(expected.organisations).toBeGreaterThanOrEqual(3);
      const requestFor = (format: ExportRequest['format']) => ({ format, scope: { regionCode } });

      const gexf = checkGexf((await text(requestFor('gexf'))).text);
      const graphml = checkGraphml((await text(requestFor('graphml'))).text);
      const cytoscape = checkCytoscape((await text(requestFor('cytoscape'))).text);
      for (const graph of [gexf, graphml]) {
        expect(graph.order).toBe(nodes);
        expect(graph.size).toBe(edges);
      }
      expect(cytoscape.nodes).toHaveLength(nodes);
      expect(cytoscape.edges).toHaveLength(edges);

      for (const graph of [gexf, graphml]) {
        expect(graph.getNodeAttributes(`${p}school`)).toMatchObject({
          label: 'Exp "school"',
          type: 'organisation',
          kind: 'SCHOOL_VO',
          municipalities: town,
          region: expect.stringContaining(region),
        });
        expect(graph.getNodeAttributes(`${p}bo`)).toMatchObject({
          type: 'professional',
          role: 'ZORGCOORDINATOR',
          organisation: `${p}school`,
        });
        expect(graph.getEdgeAttributes(`${p}t1`)).toMatchObject({
          relation: 'TIE',
          kind: 'FORMAL_AGREEMENT',
          strength: 3,
          weight: 3,
          lastConfirmedAt: '2025-06-01',
        });
        expect(graph.getEdgeAttributes(`job:${p}ann`)).toMatchObject({ relation: 'WORKS_AT' });
        expect(graph.hasEdge(`seat:${p}zat:${p}bo`)).toBe(true);
      }
      const t2 = cytoscape.edges.find((edge) => edge.data.id === `${p}t2`);
      expect(t2?.data).toEqual({
        id: `${p}t2`,
        source: `${p}school`,
        target: `${p}swv`,
        relation: 'TIE',
        kind: 'CONSULTATION_TABLE',
        strength: 2,
      });
    },
  );
});

describe('CSV exports', () => {
  const parseCsv = (csv: string, delimiter = ',') =>
    parse(csv, { columns: true, delimiter, bom: true }) as Record<string, string>[];

  it('write each entity in exactly the columns the import reads, one row per record', async () => {
    const expected = await counts(region);
    const sizes: Record<Exclude<CsvEntity, 'case-counts'>, number> = {
      organisations: expected.organisations,
      professionals: expected.professionals,
      ties: expected.ties,
      tables: expected.tables,
      'table-members': expected.seats,
    };
    for (const [entity, size] of Object.entries(sizes)) {
      const file = await text({
        format: 'csv',
        scope: { regionCode: region },
        entity: entity as CsvEntity,
      });
      expect(file.text.split('\n')[0]).toBe(csvHeader(entity as CsvEntity).join(','));
      expect(parseCsv(file.text)).toHaveLength(size);
    }
    const organisations = parseCsv(
      (await text({ format: 'csv', scope: { regionCode: region }, entity: 'organisations' })).text,
    );
    expect(organisations.find((row) => row.id === `${p}school`)).toEqual({
      id: `${p}school`,
      label: 'Exp "school"',
      kind: 'SCHOOL_VO',
      municipalities: town,
      brin: '97ZX',
      kvk: '',
      swv_code: '',
      offers: 'AUTISME|TAAL',
      samenwerkingsverband: `${p}swv`,
      status: 'ACTIVE',
    });
    const ties = parseCsv(
      (await text({ format: 'csv', scope: { regionCode: region }, entity: 'ties' })).text,
    );
    expect(ties.find((row) => row.id === `${p}t3`)).toEqual({
      id: `${p}t3`,
      source: `${p}ann`,
      target: `${p}bo`,
      between: 'PROFESSIONALS',
      kind: 'INFORMAL',
      strength: '1',
      last_confirmed_at: '2025-01-31',
      asserted_by: 'import: ties.csv',
      confirmed_by: '',
      status: 'ACTIVE',
    });
  });

  it('writes what Dutch Excel opens: semicolons, a BOM, formulas made text', async () => {
    const file = await text({
      format: 'csv',
      scope: { regionCode: region },
      entity: 'organisations',
      dialect: 'excel',
    });
    expect(file.text.startsWith('\uFEFFid;label;kind;municipalities;')).toBe(true);
    expect(file.text).toContain('\r\n');
    const rows = parseCsv(file.text, ';');
    expect(rows.find((row) => row.id === `${p}swv`)?.label).toBe('Exp SWV & co');
  });

  it('lets cases out only as counts per municipality and kind, small counts as "<5"', async () => {
    const file = await text({
      format: 'csv',
      scope: { regionCode: region },
      entity: 'case-counts',
    });
    const rows = parseCsv(file.text);
    const direct = await db.read(caseCounts, { regionCode: region });
    expect(rows).toHaveLength(direct.length);
    for (const count of direct) {
      const row = rows.find(
        (r) => r.municipality_code === count.municipalityCode && r.kind === count.kind,
      );
      expect(row?.cases).toBe(count.cases < 5 ? '<5' : String(count.cases));
    }
    const mine = rows.filter((row) => row.municipality_code === town);
    expect(mine.find((row) => row.kind === 'LUXE_VERZUIM')?.cases).toMatch(/^(<5|\d+)$/);
    expect(Object.keys(rows[0] ?? {})).toEqual([
      'municipality_code',
      'municipality',
      'kind',
      'cases',
    ]);
    // No case leaves as a row: none of their ids is in any export.
    for (const format of ['gexf', 'graphml', 'cytoscape'] as const) {
      expect((await text({ format, scope: { regionCode: region } })).text).not.toContain(
        `${p}case`,
      );
    }
    expect(file.text).not.toContain(`${p}case`);
  });
});

describe('GET /export/<format>', () => {
  const get = (path: string, method = 'GET') => app.fetch(`http://rizoom.test${path}`, { method });

  it('downloads a file with its type and name', async () => {
    const gexf = await get(`/export/gexf?region=${region.toLowerCase()}`);
    expect(gexf.status).toBe(200);
    expect(gexf.headers.get('content-type')).toBe('application/gexf+xml; charset=utf-8');
    expect(gexf.headers.get('content-disposition')).toBe(
      `attachment; filename="rizoom-${region}.gexf"`,
    );
    expect(checkGexf(await gexf.text()).hasNode(`${p}lp`)).toBe(true);

    const csv = await get(`/export/csv?region=${region}&entity=table-members`);
    expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(csv.headers.get('content-disposition')).toBe(
      `attachment; filename="rizoom-${region}-table-members.csv"`,
    );
    expect(await csv.text()).toContain(`${p}zat,${p}bo,PROFESSIONAL,`);

    for (const [format, type] of [
      ['graphml', 'application/graphml+xml; charset=utf-8'],
      ['cytoscape', 'application/json; charset=utf-8'],
    ]) {
      const response = await get(`/export/${format}?region=${region}`);
      expect(response.headers.get('content-type')).toBe(type);
      expect((await response.text()).length).toBeGreaterThan(100);
    }
  });

  it('answers bad requests with a code and a reason', async () => {
    const expectError = async (path: string, status: number, code: string, method = 'GET') => {
      const response = await get(path, method);
      expect(response.status).toBe(status);
      expect(await response.json()).toMatchObject({ code });
    };
    await expectError('/export/csv', 400, 'BAD_USER_INPUT');
    await expectError('/export/pdf', 400, 'BAD_USER_INPUT');
    await expectError('/export/csv?entity=cases', 400, 'BAD_USER_INPUT');
    await expectError('/export/gexf?region=MC99', 404, 'NOT_FOUND');
    await expectError('/export/gexf', 405, 'BAD_USER_INPUT', 'POST');
  });
});

describe('npm run export', () => {
  const neo4j = inject('neo4j');
  const env = {
    NEO4J_URI: neo4j.uri,
    NEO4J_USERNAME: neo4j.username ?? '',
    NEO4J_PASSWORD: neo4j.password ?? '',
    NEO4J_DATABASE: neo4j.database,
  };

  it('writes a graph file, or every CSV entity into a folder', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'rizoom-export-'));
    try {
      const gexf = runTs('server/src/export/cli.ts', env, [
        'gexf',
        '--region',
        region,
        '--out',
        join(folder, 'net.gexf'),
      ]);
      expect(await gexf.exited).toBe(0);
      expect(gexf.output()).toMatch(/✔ wrote .*net\.gexf \(\d+ KB in [\d.]+ s\)/);
      expect(checkGexf(readFileSync(join(folder, 'net.gexf'), 'utf8')).hasNode(`${p}swv`)).toBe(
        true,
      );

      const csv = runTs('server/src/export/cli.ts', env, [
        'csv',
        '--region',
        region,
        '--out',
        folder,
      ]);
      expect(await csv.exited).toBe(0);
      expect(readdirSync(folder).sort()).toEqual(
        [
          'net.gexf',
          ...[
            'case-counts',
            'organisations',
            'professionals',
            'table-members',
            'tables',
            'ties',
          ].map((entity) => `rizoom-${region}-${entity}.csv`),
        ].sort(),
      );
      const bad = runTs('server/src/export/cli.ts', env, ['gexf', '--region', 'MC99']);
      expect(await bad.exited).toBe(1);
      expect(bad.output()).toContain('✖ Region MC99 was not found.');
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
