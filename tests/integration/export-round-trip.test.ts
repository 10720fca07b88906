import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { canonicalHash } from '../../server/src/export/canonical-hash.js';
import type { CsvEntity } from '../../server/src/export/csv.js';
import { exportNetwork } from '../../server/src/export/formats.js';
import type { ImportEntity } from '../../server/src/import/columns.js';
import { importSpreadsheet } from '../../server/src/import/import.js';
import { graphql, testApp } from '../support/app.js';
import { testCypher } from '../support/cypher.js';
import { connectTestDatabase } from '../support/database.js';
import { fromGlobalId } from '../support/ids.js';

// Export → wipe → import gives the same network, compared by the canonical hash
// (server/src/export/canonical-hash.ts). The network is made through the API, as people make
// it, in the RMC region with the fewest organisations, among whatever demo data is there.

const db = connectTestDatabase();
const app = testApp(db);
const wipe = testCypher<{ ids: string[] }, { deleted: number }>('export-wipe');
const smallestRegion = testCypher<object, { regionCode: string; municipalityCodes: string[] }>(
  'export-smallest-region',
);
const ids: string[] = [];
afterAll(() => db.write(wipe, { ids }));

let region = '';

/** Runs a mutation that must succeed; remembers the id of what it made. */
async function mutate(name: string, args: string, variables: Record<string, unknown>) {
  const response = await graphql<Record<string, { __typename: string; data?: { id: string } }>>(
    app,
    `mutation(${args}) { ${name}(${Object.keys(variables)
      .map((key) => `${key}: $${key}`)
      .join(', ')}) {
      __typename ... on Mutation${name[0]?.toUpperCase()}${name.slice(1)}Success { data { id } }
      ... on Error { message } } }`,
    variables,
  );
  const result = response.data?.[name];
  expect(result?.__typename, JSON.stringify(response)).toMatch(/Success$/);
  const id = fromGlobalId(result?.data?.id ?? '');
  if (!ids.includes(id)) ids.push(id);
  return result?.data?.id ?? '';
}

const organisation = (input: Record<string, unknown>) =>
  mutate('createOrganisation', '$input: CreateOrganisationInput!', { input });
const professional = (input: Record<string, unknown>) =>
  mutate('createProfessional', '$input: CreateProfessionalInput!', { input });
const tie = (input: Record<string, unknown>) =>
  mutate('createTie', '$input: CreateTieInput!', { input });

beforeAll(async () => {
  const [found] = await db.read(smallestRegion, {});
  region = found?.regionCode ?? '';
  const [town = '', other = town] = found?.municipalityCodes ?? [];
  const swv = await organisation({
    name: 'Rondreis SWV',
    kind: 'SWV_VO',
    swvCode: 'VO9997',
    municipalityCodes: [town, other],
    offers: ['ONDERWIJS_OP_MAAT'],
  });
  const school = await organisation({
    name: 'Rondreis \'s-Lyceum, "het" Lyceum',
    kind: 'SCHOOL_VO',
    brin: '96ZX',
    kvk: '87654321',
    municipalityCodes: [town, other],
    offers: ['TAAL', 'AUTISME'],
    samenwerkingsverbandId: swv,
  });
  const leerplicht = await organisation({
    name: 'Rondreis leerplicht',
    kind: 'LEERPLICHT',
    municipalityCodes: [town],
  });
  const ggd = await organisation({ name: 'Rondreis GGD', kind: 'GGD', municipalityCodes: [town] });
  const ann = await professional({
    name: 'Ann Rondreis',
    role: 'LEERPLICHTAMBTENAAR',
    organisationId: leerplicht,
    startDate: '2021-01-04',
    email: 'ann@rondreis.example',
    phone: '+31 30 123 4567',
    expertise: ['GEDRAG', 'AUTISME'],
  });
  const bo = await professional({
    name: 'Bo Rondreis',
    role: 'ZORGCOORDINATOR',
    organisationId: school,
  });
  const cas = await professional({
    name: 'Cas Rondreis',
    role: 'JEUGDARTS',
    organisationId: ggd,
    startDate: '2020-03-01',
  });
  // History: a job that ended, a tie archived, a seat given up. Not part of the network.
  await mutate('moveProfessional', '$id: ID!, $input: MoveProfessionalInput!', {
    id: cas,
    input: { organisationId: leerplicht, date: '2024-05-01' },
  });
  const formal = await tie({
    fromId: leerplicht,
    toId: school,
    kind: 'FORMAL_AGREEMENT',
    strength: 3,
    assertedBy: ann,
  });
  await mutate('confirmTie', '$id: ID!, $confirmedBy: ID', { id: formal, confirmedBy: bo });
  await tie({
    fromId: school,
    toId: swv,
    kind: 'CONSULTATION_TABLE',
    strength: 2,
    source: 'import: partners.csv',
  });
  const informal = await tie({ fromId: leerplicht, toId: ggd, kind: 'INFORMAL', strength: 1 });
  await mutate('archiveTie', '$id: ID!', { id: informal });
  await tie({ fromId: ann, toId: bo, kind: 'HANDOVER_PARTNER', strength: 2 });
  const table = await mutate('createConsultationTable', '$input: CreateConsultationTableInput!', {
    input: { name: 'Rondreis ZAT', kind: 'ZAT', municipalityCodes: [town] },
  });
  for (const [memberId, since] of [
    [school, '2024-01-08'],
    [ann, null],
    [bo, '2024-02-01'],
  ]) {
    await mutate('addTableMember', '$input: AddTableMemberInput!', {
      input: { tableId: table, memberId, since },
    });
  }
  await mutate('removeTableMember', '$input: RemoveTableMemberInput!', {
    input: { tableId: table, memberId: bo },
  });
});

const order: ImportEntity[] = ['organisations', 'professionals', 'tables', 'ties', 'table-members'];
/** What the API made that the network holds, per file: created again by the import. */
const mine: Record<ImportEntity, number> = {
  organisations: 4,
  professionals: 3,
  tables: 1,
  ties: 3,
  'table-members': 2,
};

describe('the round trip: export, wipe, import', () => {
  it('gives an identical network, by its canonical hash', async () => {
    const before = await canonicalHash(db, { regionCode: region });
    const everythingBefore = await canonicalHash(db, { regionCode: null });
    expect(before.nodes).toBeGreaterThanOrEqual(8);

    const files = new Map<ImportEntity, { filename: string; text: string; rows: number }>();
    for (const entity of order) {
      const file = await exportNetwork(db, {
        format: 'csv',
        scope: { regionCode: region },
        entity: entity as CsvEntity,
      });
      let text = '';
      for await (const chunk of file.body) text += chunk;
      files.set(entity, {
        filename: file.filename,
        text,
        rows: text.trim().split('\n').length - 1,
      });
    }

    const [wiped] = await db.write(wipe, { ids });
    expect(wiped?.deleted).toBe(8);
    expect((await canonicalHash(db, { regionCode: region })).hash).not.toBe(before.hash);

    for (const entity of order) {
      const file = files.get(entity);
      if (!file) throw new Error(`no ${entity} file`);
      const report = await importSpreadsheet(db, {
        entity,
        bytes: Buffer.from(file.text),
        filename: file.filename,
      });
      // The API's records come back; everything else in the region was there all along.
      expect(report).toMatchObject({
        rows: file.rows,
        created: mine[entity],
        updated: 0,
        unchanged: file.rows - mine[entity],
      });
    }

    const after = await canonicalHash(db, { regionCode: region });
    expect(after).toEqual(before);
    expect(await canonicalHash(db, { regionCode: null })).toEqual(everythingBefore);

    // The hash sees a single property change: one strength in the ties file, one step up.
    const ties = files.get('ties')?.text ?? '';
    const changed = ties.replace(/,FORMAL_AGREEMENT,3,/, ',FORMAL_AGREEMENT,2,');
    expect(changed).not.toBe(ties);
    await importSpreadsheet(db, {
      entity: 'ties',
      bytes: Buffer.from(changed),
      filename: 'ties.csv',
    });
    const touched = await canonicalHash(db, { regionCode: region });
    expect(touched.hash).not.toBe(before.hash);
    expect([touched.nodes, touched.relationships]).toEqual([before.nodes, before.relationships]);
  });
});

describe('an export of the demo data', () => {
  it('imports again without changing anything, timestamps included', async () => {
    const busiest = testCypher<object, { regionCode: string; organisations: number }>(
      'export-busiest-region',
    );
    const stamps = testCypher<{ regionCode: string }, { records: number; stamps: unknown }>(
      'export-region-stamps',
    );
    const [found] = await db.read(busiest, {});
    const regionCode = found?.regionCode ?? '';
    expect(found?.organisations).toBeGreaterThan(0);
    const before = await canonicalHash(db, { regionCode });
    const stampsBefore = await db.read(stamps, { regionCode });
    let total = 0;
    for (const entity of order) {
      const file = await exportNetwork(db, {
        format: 'csv',
        scope: { regionCode },
        entity: entity as CsvEntity,
      });
      let text = '';
      for await (const chunk of file.body) text += chunk;
      const rows = text.trim().split('\n').length - 1;
      if (rows === 0) continue;
      total += rows;
      const report = await importSpreadsheet(db, {
        entity,
        bytes: Buffer.from(text),
        filename: file.filename,
      });
      expect(report, entity).toMatchObject({ rows, created: 0, updated: 0, unchanged: rows });
    }
    expect(total).toBeGreaterThan(found?.organisations ?? 0);
    expect(await canonicalHash(db, { regionCode })).toEqual(before);
    expect(await db.read(stamps, { regionCode })).toEqual(stampsBefore);
  });
});
