import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Manifest } from '../../seeds/generator/manifest.js';
import { graphql, testApp } from '../support/app.js';
import { testCypher } from '../support/cypher.js';
import { connectTestDatabase } from '../support/database.js';
import { fromGlobalId, toGlobalId } from '../support/ids.js';
import { ensurePreset } from '../support/presets.js';
import { coordinatorViewer, professionalViewer } from '../support/viewers.js';

const db = connectTestDatabase();
const admin = testApp(db);
const anonymous = testApp(db, {}, null);

const professionalsOf = testCypher<
  { organisationIds: string[] },
  { organisationId: string; professionalId: string }
>('signals-professionals');
const tableWithMembers = testCypher<
  { prefix: string },
  { tableId: string; memberId: string; outsiderId: string }
>('signals-table-with-members');
const needWindows = testCypher<
  { regionCode: string; need: string; asOf: string },
  { recent: number; earlier: number }
>('signals-need-windows');
const deleteSignals = testCypher<{ ids: string[]; keyPrefixes: string[] }, { deleted: number }>(
  'signals-delete',
);

type Count = { shown: string; value: number | null };
type App = ReturnType<typeof testApp>;

const countOf = (n: number): Count =>
  n >= 1 && n <= 4 ? { shown: '<5', value: null } : { shown: String(n), value: n };

const dropoutQuery = `query($region: String!, $asOf: Date) {
  transferDropout(regionCode: $region, asOf: $asOf) {
    asOf rule transfers { shown value }
    schools {
      school { id } flagged tested rate baselineRate pValue
      transfers { shown value } dropouts { shown value }
      baselineTransfers { shown value } baselineDropouts { shown value }
      cohorts { year complete transfers { shown value } dropouts { shown value } }
    }
  }
}`;
type SchoolRow = {
  school: { id: string };
  flagged: boolean;
  tested: boolean;
  rate: number | null;
  baselineRate: number | null;
  pValue: number | null;
  transfers: Count;
  dropouts: Count;
  baselineTransfers: Count;
  baselineDropouts: Count;
  cohorts: { year: number; complete: boolean; transfers: Count; dropouts: Count }[];
};

async function dropoutReport(app: App, manifest: Manifest) {
  const result = await graphql<{ transferDropout: { schools: SchoolRow[] } }>(app, dropoutQuery, {
    region: manifest.regions[0],
    asOf: manifest.referenceDate,
  });
  expect(result.errors).toBeUndefined();
  const schools = result.data?.transferDropout.schools ?? [];
  return schools.map((s) => ({ ...s, schoolId: fromGlobalId(s.school.id) }));
}

const computedKeyPrefixes = ['TRANSFER_DROPOUT', 'RISING_DEMAND', 'LATE_CARE_SWITCH'].map(
  (kind) => `${kind}~MC15~`,
);

let tiny: Manifest;
let region: Manifest;
let staff: Map<string, string>;

beforeAll(async () => {
  tiny = await ensurePreset(db, 'tiny');
  region = await ensurePreset(db, 'region');
  const planted = [tiny, region].map((m) => m.planted.vmboDropout?.schoolId ?? '');
  const table = (await db.read(tableWithMembers, { prefix: 'tiny-' }))[0];
  const rows = await db.read(professionalsOf, {
    organisationIds: [...planted, table?.memberId ?? '', table?.outsiderId ?? ''],
  });
  staff = new Map(rows.map((row) => [row.organisationId, row.professionalId]));
});

describe('dropout after the warm VO → MBO transfer', () => {
  for (const preset of ['tiny', 'region'] as const) {
    it(`finds the planted vmbo of ${preset} with its cohorts, and flags no other school`, async () => {
      const manifest = preset === 'tiny' ? tiny : region;
      const plant = manifest.planted.vmboDropout;
      if (!plant) throw new Error('no planted vmbo');
      const schools = (await dropoutReport(admin, manifest)).filter((s) =>
        s.schoolId.startsWith(manifest.idPrefix),
      );
      const flagged = schools.filter((s) => s.flagged).map((s) => s.schoolId);
      expect(flagged).toEqual([plant.schoolId]);

      const found = schools.find((s) => s.schoolId === plant.schoolId);
      expect(
        found?.cohorts.map((c) => ({
          year: c.year,
          complete: c.complete,
          transfers: c.transfers,
          dropouts: c.dropouts,
        })),
      ).toEqual(
        plant.cohorts.map((c) => ({
          year: c.year,
          complete: c.complete,
          transfers: countOf(c.transfers),
          dropouts: countOf(c.dropouts),
        })),
      );
      const complete = plant.cohorts.filter((c) => c.complete);
      const transfers = complete.reduce((sum, c) => sum + c.transfers, 0);
      const dropouts = complete.reduce((sum, c) => sum + c.dropouts, 0);
      expect(found?.transfers).toEqual(countOf(transfers));
      expect(found?.dropouts).toEqual(countOf(dropouts));
      expect(found?.rate).toBeCloseTo(dropouts / transfers, 6);
      // The p-value and baseline rate show only when the baseline's counts may (not "<5").
      if (found?.baselineDropouts.value === null) {
        expect([found.pValue, found.baselineRate]).toEqual([null, null]);
      } else {
        expect(found?.pValue).toBeLessThan(0.001);
        expect(found?.baselineRate).toBeLessThan(0.25);
      }
      // The baseline holds every other school of the region: the preset's (the manifest's
      // baseline) and the demo data's few transfers in the same region.
      expect(found?.baselineTransfers.value).toBeGreaterThanOrEqual(plant.baseline.transfers);
      // Every school of the preset: a rate over 0.25 only at the planted one.
      const others = schools.filter((s) => s.schoolId !== plant.schoolId);
      expect(others.length).toBe(plant.baseline.schools);
      for (const other of others) expect(other.rate ?? 0).toBeLessThanOrEqual(0.25);
    });
  }

  it('hides small counts and their rates from those who may not see the cases', async () => {
    const plant = tiny.planted.vmboDropout;
    if (!plant) throw new Error('no planted vmbo');
    const small = (await dropoutReport(admin, tiny)).find(
      (s) => s.schoolId.startsWith('tiny-') && s.transfers.value === null,
    );
    expect(small?.transfers.shown).toBe('<5');
    expect(small?.rate).toBeNull();

    // The planted school's own professional sees its transfers (it registered them), but not
    // the MBO's dropout cases: the current cohort's 1–4 dropouts stay "<5".
    const own = testApp(db, {}, professionalViewer(staff.get(plant.schoolId) ?? ''));
    const mine = (await dropoutReport(own, tiny)).find((s) => s.schoolId === plant.schoolId);
    const current = mine?.cohorts.find((c) => !c.complete);
    const manifestCurrent = plant.cohorts.find((c) => !c.complete);
    expect(current?.transfers.value).toBe(manifestCurrent?.transfers);
    expect(current?.dropouts.shown).toBe(countOf(manifestCurrent?.dropouts ?? 0).shown);
    // Another school's small numbers stay hidden from it.
    const other = (await dropoutReport(own, tiny)).find((s) => s.schoolId === small?.schoolId);
    expect(other?.transfers.shown).toBe('<5');
  });

  it('asks for a signed-in viewer', async () => {
    const result = await graphql(anonymous, dropoutQuery, { region: 'MC15' });
    expect(result.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});

describe('the other signal analyses', () => {
  const demandQuery = `query($region: String!, $asOf: Date) { needDemand(regionCode: $region, asOf: $asOf) {
    rule needs { need rising recent { shown value } earlier { shown value }
      quarters { quarter complete cases { shown value } } } } }`;
  type Demand = {
    need: string;
    rising: boolean;
    recent: Count;
    earlier: Count;
    quarters: { quarter: string; cases: Count; complete: boolean }[];
  };
  async function demand(manifest: Manifest) {
    const result = await graphql<{ needDemand: { needs: Demand[] } }>(admin, demandQuery, {
      region: manifest.regions[0],
      asOf: manifest.referenceDate,
    });
    expect(result.errors).toBeUndefined();
    const needs = result.data?.needDemand.needs ?? [];
    for (const need of needs) {
      expect(need.quarters.map((q) => q.quarter)).toHaveLength(8);
      expect(need.quarters.at(-1)).toMatchObject({ quarter: '2026-Q4', complete: false });
    }
    return needs;
  }

  it('finds no rising need in the region preset, which plants no trend', async () => {
    const needs = await demand(region);
    expect(needs.length).toBeGreaterThan(10);
    expect(needs.filter((n) => n.rising).map((n) => n.need)).toEqual([]);
  });

  it('flags the one need of tiny whose cases grew fivefold, on the counts of both years', async () => {
    const needs = await demand(tiny);
    const rising = needs.filter((n) => n.rising);
    // By chance, tiny's cases with GEZIN grew from a handful to some twenty in a year.
    expect(rising.map((n) => n.need)).toEqual(['GEZIN']);
    for (const need of [...rising, ...needs.slice(0, 3)]) {
      const [expected] = await db.read(needWindows, {
        regionCode: 'MC15',
        need: need.need,
        asOf: tiny.referenceDate,
      });
      expect(need.recent).toEqual(countOf(expected?.recent ?? -1));
      expect(need.earlier).toEqual(countOf(expected?.earlier ?? -1));
    }
  });

  it('measures the switch from care inside the school to care outside it', async () => {
    const result = await graphql<{
      careSwitchDelays: {
        delays: { cases: Count; medianDays: number | null; flagged: boolean };
        schools: { school: { id: string }; delays: { flagged: boolean; cases: Count } }[];
      };
    }>(
      admin,
      `query($region: String!, $asOf: Date) { careSwitchDelays(regionCode: $region, asOf: $asOf) {
        delays { cases { shown value } medianDays flagged }
        schools { school { id } delays { flagged cases { shown value } } } } }`,
      { region: region.regions[0], asOf: region.referenceDate },
    );
    expect(result.errors).toBeUndefined();
    const report = result.data?.careSwitchDelays;
    expect(report?.delays.cases.value).toBeGreaterThan(50);
    expect(report?.delays.medianDays).toBeGreaterThan(0);
    expect(report?.delays.medianDays).toBeLessThan(90);
    // The generator hands cases on to care within weeks: no school is late.
    expect(report?.schools.filter((s) => s.delays.flagged)).toEqual([]);
  });

  it("finds the warm transfer before the planted vmbo's dropouts, months ahead", async () => {
    const plant = tiny.planted.vmboDropout;
    const result = await graphql<{
      dropoutPrecursors: {
        dropouts: Count;
        preceded: Count;
        precursors: {
          type: string;
          code: string;
          dropouts: Count;
          medianLeadDays: number | null;
        }[];
      };
    }>(
      admin,
      `query($region: String!, $asOf: Date) { dropoutPrecursors(regionCode: $region, asOf: $asOf) {
        dropouts { value } preceded { value }
        precursors { type code dropouts { shown value } medianLeadDays } } }`,
      { region: tiny.regions[0], asOf: tiny.referenceDate },
    );
    expect(result.errors).toBeUndefined();
    const report = result.data?.dropoutPrecursors;
    const transfer = report?.precursors.find(
      (p) => p.type === 'HANDOVER' && p.code === 'WARME_OVERDRACHT_VO_MBO',
    );
    expect(transfer?.dropouts.value).toBeGreaterThanOrEqual(plant?.dropoutCaseIds.length ?? 99);
    // Handed over in February–April, dropped out from October of that year on.
    expect(transfer?.medianLeadDays).toBeGreaterThan(150);
    expect(transfer?.medianLeadDays).toBeLessThan(520);
    expect(report?.preceded.value).toBeLessThanOrEqual(report?.dropouts.value ?? 0);
  });
});

describe('the signal lifecycle', () => {
  const made: string[] = [];
  const fields = 'id status endorsementCount agenda { region { code } table { id } } closingNote';
  const outcome = (name: string, data = `data { ${fields} }`) =>
    `__typename ... on Mutation${name}Success { ${data} } ... on Error { code }`;
  const raise = `mutation($input: RaiseSignalInput!) { raiseSignal(input: $input) { ${outcome('RaiseSignal')} } }`;
  const endorse = `mutation($id: ID!) { endorseSignal(id: $id) { ${outcome('EndorseSignal')} } }`;
  const comment = `mutation($id: ID!, $text: String!) { commentOnSignal(id: $id, text: $text) {
    ${outcome('CommentOnSignal', 'data { comments { text author { id } } }')} } }`;
  const agenda = `mutation($id: ID!, $tableId: ID, $region: String) {
    putSignalOnAgenda(id: $id, tableId: $tableId, regionCode: $region) { ${outcome('PutSignalOnAgenda')} } }`;
  const close = `mutation($id: ID!, $note: String!) { closeSignal(id: $id, note: $note) { ${outcome('CloseSignal')} } }`;
  type Outcome = {
    __typename: string;
    code?: string;
    data?: {
      id: string;
      status: string;
      endorsementCount: number;
      closingNote: string | null;
      agenda: { region: { code: string } | null; table: { id: string } | null }[];
      comments?: { text: string; author: { id: string } | null }[];
    };
  };
  async function send(app: App, mutation: string, variables: Record<string, unknown>) {
    const result = await graphql<Record<string, Outcome>>(app, mutation, variables);
    if (result.errors)
      return { __typename: 'GraphQLError', code: result.errors[0]?.extensions?.code };
    return Object.values(result.data ?? {})[0] as Outcome;
  }

  let raiser: App;
  let colleague: App;
  let member: App;
  let outsider: App;
  let coordinator: App;
  let otherCoordinator: App;
  let table: { tableId: string; memberId: string; outsiderId: string };

  beforeAll(async () => {
    await cleanUp();
    const [row] = await db.read(tableWithMembers, { prefix: 'tiny-' });
    if (!row) throw new Error('no table with members in tiny');
    table = row;
    const plantedSchool = tiny.planted.vmboDropout?.schoolId ?? '';
    raiser = testApp(db, {}, professionalViewer(staff.get(plantedSchool) ?? ''));
    colleague = testApp(db, {}, professionalViewer(staff.get(table.outsiderId) ?? ''));
    member = testApp(db, {}, professionalViewer(staff.get(table.memberId) ?? ''));
    outsider = colleague;
    coordinator = testApp(db, {}, coordinatorViewer(null, ['MC15']));
    otherCoordinator = testApp(db, {}, coordinatorViewer(null, ['MC35']));
  });

  // Computed signals of MC15 are made by this file only; clear any left by an interrupted run.
  const cleanUp = () => db.write(deleteSignals, { ids: made, keyPrefixes: computedKeyPrefixes });
  afterAll(cleanUp);

  async function raised(title: string) {
    const result = await send(raiser, raise, {
      input: { title, regionCode: 'MC15', kind: 'OTHER', need: 'AUTISME' },
    });
    if (!result.data) throw new Error(`not raised: ${JSON.stringify(result)}`);
    made.push(fromGlobalId(result.data.id));
    return result.data.id;
  }

  it('lets a professional raise, endorse once and comment; anonymous may not', async () => {
    expect((await send(anonymous, raise, { input: { title: 'x', regionCode: 'MC15' } })).code).toBe(
      'UNAUTHENTICATED',
    );
    const id = await raised('Geen aanbod voor slimme autistische leerlingen');
    const endorsed = await send(colleague, endorse, { id });
    expect(endorsed.data).toMatchObject({ status: 'OPEN', endorsementCount: 1 });
    expect((await send(colleague, endorse, { id })).code).toBe('CONFLICT');
    // An administrator without a professional cannot endorse: endorsements are per professional.
    expect((await send(admin, endorse, { id })).code).toBe('FORBIDDEN');
    const commented = await send(member, comment, { id, text: 'Herkenbaar in onze wijk.' });
    expect(commented.data?.comments?.map((c) => c.text)).toEqual(['Herkenbaar in onze wijk.']);
    expect(commented.data?.comments?.[0]?.author?.id).toBe(
      toGlobalId('Professional', staff.get(table.memberId) ?? ''),
    );
    const invalid = await send(raiser, raise, { input: { title: ' ', regionCode: 'MC15' } });
    expect(invalid.code).toBe('VALIDATION_FAILED');
  });

  it("puts a signal on a table's agenda only for those who may edit the table", async () => {
    const id = await raised('Agenda: tafel');
    const tableId = toGlobalId('ConsultationTable', table.tableId);
    expect((await send(outsider, agenda, { id, tableId })).code).toBe('FORBIDDEN');
    const onTable = await send(member, agenda, { id, tableId });
    expect(onTable.data?.status).toBe('ON_AGENDA');
    expect(onTable.data?.agenda.map((a) => a.table?.id)).toEqual([tableId]);
    const again = await send(coordinator, agenda, { id, region: 'MC15' });
    expect(again).toMatchObject({
      __typename: 'InvalidTransitionError',
      code: 'INVALID_TRANSITION',
    });
  });

  it("puts a signal on a region's agenda only for its coordinator or an administrator", async () => {
    const id = await raised('Agenda: regio');
    expect((await send(member, agenda, { id, region: 'MC15' })).code).toBe('FORBIDDEN');
    expect((await send(otherCoordinator, agenda, { id, region: 'MC15' })).code).toBe('FORBIDDEN');
    expect((await send(member, agenda, { id })).code).toBe('VALIDATION_FAILED');
    const onRegion = await send(coordinator, agenda, { id, region: 'MC15' });
    expect(onRegion.data?.status).toBe('ON_AGENDA');
    expect(onRegion.data?.agenda.map((a) => a.region?.code)).toEqual(['MC15']);
    const again = await send(admin, agenda, { id, region: 'MC15' });
    expect(again.code).toBe('INVALID_TRANSITION');
  });

  it('closes a signal by its raiser, coordinator or admin, once', async () => {
    const id = await raised('Sluiten');
    expect((await send(colleague, close, { id, note: 'Niet van mij.' })).code).toBe('FORBIDDEN');
    expect((await send(otherCoordinator, close, { id, note: 'Andere regio.' })).code).toBe(
      'FORBIDDEN',
    );
    const closed = await send(raiser, close, { id, note: 'Aanbod geregeld.' });
    expect(closed.data).toMatchObject({ status: 'CLOSED', closingNote: 'Aanbod geregeld.' });
    const twice = await send(coordinator, close, { id, note: 'Nogmaals.' });
    expect(twice).toMatchObject({
      __typename: 'InvalidTransitionError',
      code: 'INVALID_TRANSITION',
    });
    expect((await send(colleague, endorse, { id })).code).toBe('INVALID_TRANSITION');
    const byAdmin = await send(admin, close, {
      id: await raised('Sluiten door Ingrado'),
      note: 'Klaar.',
    });
    expect(byAdmin.data?.status).toBe('CLOSED');
    const byCoordinator = await send(coordinator, close, {
      id: await raised('Door coördinator'),
      note: 'Klaar.',
    });
    expect(byCoordinator.data?.status).toBe('CLOSED');
  });

  it("materialises the region's flagged patterns once, for its coordinator only", async () => {
    const materialise = `mutation($region: String!, $asOf: Date) {
      materialiseSignals(regionCode: $region, asOf: $asOf) {
        ${outcome('MaterialiseSignals', 'data { id kind origin school { id } description }')} } }`;
    const vars = { region: 'MC15', asOf: tiny.referenceDate };
    expect((await send(member, materialise, vars)).code).toBe('FORBIDDEN');
    expect((await send(otherCoordinator, materialise, vars)).code).toBe('FORBIDDEN');
    const first = await graphql<{
      materialiseSignals: {
        data?: { id: string; kind: string; origin: string; school: { id: string } | null }[];
      };
    }>(coordinator, materialise, vars);
    expect(first.errors).toBeUndefined();
    const signals = first.data?.materialiseSignals.data ?? [];
    made.push(...signals.map((s) => fromGlobalId(s.id)));
    const dropout = signals.filter((s) => s.kind === 'TRANSFER_DROPOUT');
    expect(dropout.map((s) => s.school?.id)).toEqual([
      toGlobalId('Organisation', tiny.planted.vmboDropout?.schoolId ?? ''),
    ]);
    expect(dropout[0]?.origin).toBe('COMPUTED');
    const again = await graphql<{ materialiseSignals: { data?: unknown[] } }>(
      coordinator,
      materialise,
      vars,
    );
    expect(again.data?.materialiseSignals.data).toEqual([]);
  });

  it('shows Ingrado national trends, and nobody else', async () => {
    const query = `query($asOf: Date) { nationalSignalTrends(asOf: $asOf) { quarter kind need raised open closed regions } }`;
    const result = await graphql<{
      nationalSignalTrends: {
        kind: string;
        need: string | null;
        raised: number;
        open: number;
        closed: number;
      }[];
    }>(admin, query, {});
    expect(result.errors).toBeUndefined();
    const autism = result.data?.nationalSignalTrends.filter(
      (t) => t.kind === 'OTHER' && t.need === 'AUTISME',
    );
    const raisedCount = autism?.reduce((sum, t) => sum + t.raised, 0) ?? 0;
    const closedCount = autism?.reduce((sum, t) => sum + t.closed, 0) ?? 0;
    expect(raisedCount).toBeGreaterThanOrEqual(6);
    expect(closedCount).toBeGreaterThanOrEqual(3);
    const denied = await graphql(coordinator, query, {});
    expect(denied.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
