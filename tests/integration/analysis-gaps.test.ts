import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Manifest } from '../../seeds/generator/manifest.js';
import { loadDefaultTemplate } from '../../seeds/template.js';
import { hiddenCollaboration } from '../../server/src/analysis/gaps/hidden.js';
import { provisionGaps } from '../../server/src/analysis/gaps/provision.js';
import { nationalGapSummary, regionGapReport } from '../../server/src/analysis/gaps/report.js';
import { networkStructure } from '../../server/src/analysis/gaps/structure.js';
import { graphql, testApp } from '../support/app.js';
import { testCypher } from '../support/cypher.js';
import { connectTestDatabase } from '../support/database.js';
import { fromGlobalId } from '../support/ids.js';
import { ensurePreset } from '../support/presets.js';
import { coordinatorViewer, professionalViewer } from '../support/viewers.js';

const db = connectTestDatabase();
const admin = testApp(db);
const anonymous = testApp(db, {}, null);
const prefix = `test-gaps-${randomUUID().slice(0, 8)}-`;
const codePrefix = `TEST-${randomUUID().slice(0, 6).toUpperCase()}`;

const handoverDates = testCypher<{ ids: string[] }, { id: string; day: string }>(
  'gaps-handover-dates',
);
const professionalAt = testCypher<{ organisationId: string }, { id: string }>(
  'gaps-professional-at',
);
const createOrganisation = testCypher<
  { id: string; name: string; kind: string; municipalityCode: string },
  { id: string }
>('gaps-create-organisation');
const municipalityOf = testCypher<{ regionCode: string }, { code: string }>(
  'gaps-municipality-of-region',
);
const forgetRule = testCypher<{ code: string }, { removed: number }>('gaps-forget-rule');
const deleteTestData = testCypher<{ prefix: string; codePrefix: string }, object>(
  'gaps-delete-test-data',
);

const presets: Record<'tiny' | 'region', Manifest> = {} as Record<'tiny' | 'region', Manifest>;
beforeAll(async () => {
  presets.tiny = await ensurePreset(db, 'tiny');
  presets.region = await ensurePreset(db, 'region');
}, 900_000);
afterAll(async () => {
  await db.write(deleteTestData, { prefix, codePrefix });
  await db.write(forgetRule, { code: 'LEERPLICHT-HALT' });
  await loadDefaultTemplate(db);
});

const sorted = (items: Iterable<string>) => [...items].sort();

describe.each(['tiny', 'region'] as const)('gap analyses against the %s preset', (name) => {
  const setup = () => {
    const manifest = presets[name];
    const regionCode = manifest.regions[0] ?? '';
    return {
      manifest,
      regionCode,
      asOf: manifest.referenceDate,
      scope: { idPrefix: manifest.idPrefix },
    };
  };

  it('finds exactly the planted missing ties', async () => {
    const { manifest, regionCode, asOf, scope } = setup();
    const report = await regionGapReport(db, regionCode, asOf, scope);
    const planted = manifest.planted.missingTies.map((m) => `${m.rule} ${m.fromId} ${m.toId}`);
    expect(planted.length).toBeGreaterThan(0);
    // The generator promises no other missing expected tie: precision and recall both 100 %.
    expect(sorted(report.missingTies.map((m) => `${m.ruleCode} ${m.fromId} ${m.toId}`))).toEqual(
      sorted(planted),
    );
    expect(report.missingTies.filter((m) => m.ruleCode === 'LEERPLICHT-HALT')[0]?.severity).toBe(
      'HIGH',
    );
    expect(report.missingTies.filter((m) => m.ruleCode === 'SCHOOL-GGD')[0]?.severity).toBe('LOW');
    expect(report.summary.missingTies).toBe(planted.length);
  });

  it('finds exactly the planted stale ties, as of the reference date', async () => {
    const { manifest, regionCode, asOf, scope } = setup();
    const report = await regionGapReport(db, regionCode, asOf, scope);
    expect(sorted(report.staleTies.map((s) => s.tieId))).toEqual(manifest.planted.staleTies.ids);
    expect(report.staleTies.every((s) => (s.daysSinceConfirmed ?? 0) > 366)).toBe(true);
    const bySeverity = report.summary.bySeverity.reduce((sum, row) => sum + row.staleTies, 0);
    expect(bySeverity).toBe(manifest.planted.staleTies.count);
  });

  it('finds the planted provision gap and no other', async () => {
    const { manifest, regionCode, asOf, scope } = setup();
    const gap = manifest.planted.provisionGap;
    if (!gap) throw new Error('no provision gap planted');
    const found = await provisionGaps(db, regionCode, asOf, null, scope);
    expect(found.map((g) => [g.need, g.cases.count])).toEqual([[gap.need, gap.caseIds.length]]);
    expect(found[0]?.cases.visible).toBe(false);
  });

  it('finds the planted sole broker and no other single point of failure', async () => {
    const { manifest, regionCode, asOf, scope } = setup();
    const broker = manifest.planted.soleBroker;
    if (!broker) throw new Error('no broker planted');
    const structure = await networkStructure(db, regionCode, asOf, scope);
    expect(structure.singlePointsOfFailure.map((s) => [s.brokerId, s.sector])).toEqual([
      [broker.brokerId, broker.sector],
    ]);
    const cutOff = structure.singlePointsOfFailure[0]?.cutOffIds ?? [];
    expect(cutOff.length).toBeGreaterThan(0);
    for (const id of cutOff) expect(broker.sectorOrganisationIds).toContain(id);
    expect(
      sorted(structure.unconfirmedTieIds).every((id) =>
        manifest.planted.staleTies.ids.includes(id),
      ),
    ).toBe(true);
  });

  it('finds the planted hidden collaboration and no other', async () => {
    const { manifest, regionCode, asOf, scope } = setup();
    const hidden = manifest.planted.hiddenCollaboration;
    if (!hidden) throw new Error('no hidden collaboration planted');
    const found = await hiddenCollaboration(db, regionCode, asOf, {
      ...scope,
      viewerOrganisationId: null,
    });
    expect(found.map((h) => sorted(h.organisationIds))).toEqual([sorted(hidden.organisationIds)]);
    expect(found[0]?.handovers.count).toBe(hidden.handoverIds.length);
    expect(found[0]?.cases.count).toBe(hidden.caseIds.length);
  });
});

describe('structure and the national summary', () => {
  it('lists an organisation without ties as isolated', async () => {
    const [place] = await db.read(municipalityOf, { regionCode: 'MC15' });
    const id = `${prefix}lonely`;
    await db.write(createOrganisation, {
      id,
      name: 'Eenzame jeugdzorg (test)',
      kind: 'JEUGDZORG',
      municipalityCode: place?.code ?? '',
    });
    const structure = await networkStructure(db, 'MC15', presets.tiny.referenceDate, {
      idPrefix: prefix,
    });
    expect(structure.isolatedIds).toEqual([id]);
    const tiny = await networkStructure(db, 'MC15', presets.tiny.referenceDate, {
      idPrefix: presets.tiny.idPrefix,
    });
    expect(tiny.isolatedIds).not.toContain(id);
  });

  it('sums the regions nationally, agreeing with the region report', async () => {
    const { referenceDate, idPrefix, regions } = presets.tiny;
    const national = await nationalGapSummary(db, referenceDate, { idPrefix });
    const regionCode = regions[0] ?? '';
    const region = await regionGapReport(db, regionCode, referenceDate, { idPrefix });
    const mine = national.regions.find((r) => r.regionCode === regionCode);
    expect(mine?.summary).toEqual(region.summary);
    expect(national.total.missingTies).toBe(
      national.regions.reduce((sum, r) => sum + r.summary.missingTies, 0),
    );
  });
});

type Outcome = {
  __typename: string;
  data?: { code: string; enabled: boolean; origin: string; severity: string };
  code?: string;
  issues?: { field: string }[];
  field?: string | null;
};
const outcome = (name: string) => `__typename
  ... on Mutation${name}Success { data { code enabled origin severity } }
  ... on Error { code message }
  ... on ValidationError { issues { field } }
  ... on ConflictError { field }`;
const addMutation = `mutation($input: AddCollaborationRuleInput!) {
  addCollaborationRule(input: $input) { ${outcome('AddCollaborationRule')} } }`;
const updateMutation = `mutation($code: String!, $input: UpdateCollaborationRuleInput!) {
  updateCollaborationRule(code: $code, input: $input) { ${outcome('UpdateCollaborationRule')} } }`;
const disableMutation = `mutation($code: String!) {
  disableCollaborationRule(code: $code) { ${outcome('DisableCollaborationRule')} } }`;

async function mutate(app: Parameters<typeof graphql>[0], query: string, variables: object) {
  const result = await graphql<Record<string, Outcome>>(app, query, { ...variables });
  return { outcome: Object.values(result.data ?? {})[0], errors: result.errors };
}

async function asProfessionalOf(organisationId: string) {
  const [row] = await db.read(professionalAt, { organisationId });
  if (!row) throw new Error(`no professional at ${organisationId}`);
  return row.id;
}

const ruleCodesOf = async (app: Parameters<typeof graphql>[0]) => {
  const result = await graphql<{ collaborationTemplate: { code: string }[] }>(
    app,
    '{ collaborationTemplate(includeDisabled: true) { code } }',
  );
  return result.data?.collaborationTemplate.map((r) => r.code) ?? [];
};

describe('the expected-collaboration template', () => {
  const newRule = {
    code: `${codePrefix}-VO-JEUGDZORG`,
    fromKinds: ['SCHOOL_VO'],
    toKinds: ['JEUGDZORG'],
    severity: 'MEDIUM',
    description: 'a VO school and the jeugdzorg providers of its municipality (test)',
  };

  it('ships the generator’s expected rules, readable by every signed-in role', async () => {
    const { tiny } = presets;
    const professional = testApp(
      db,
      {},
      professionalViewer(await asProfessionalOf(tiny.planted.soleBroker?.brokerId ?? '')),
    );
    const codes = await ruleCodesOf(professional);
    expect(codes.slice(0, tiny.expectedTies.length)).toEqual(tiny.expectedTies.map((r) => r.code));
    const refused = await graphql(anonymous, '{ collaborationTemplate { code } }');
    expect(refused.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('may be changed by administrators only', async () => {
    const broker = presets.tiny.planted.soleBroker?.brokerId ?? '';
    const professional = testApp(db, {}, professionalViewer(await asProfessionalOf(broker)));
    const coordinator = testApp(db, {}, coordinatorViewer(null, ['MC15']));
    const before = await ruleCodesOf(admin);
    for (const [app, code] of [
      [professional, 'FORBIDDEN'],
      [coordinator, 'FORBIDDEN'],
      [anonymous, 'UNAUTHENTICATED'],
    ] as const) {
      expect(
        (await mutate(app, addMutation, { input: newRule })).errors?.[0]?.extensions?.code,
      ).toBe(code);
      const disabled = await mutate(app, disableMutation, { code: 'SCHOOL-GGD' });
      expect(disabled.errors?.[0]?.extensions?.code).toBe(code);
    }
    expect(await ruleCodesOf(admin)).toEqual(before);
  });

  it('checks codes, kinds and scopes, and names what is wrong', async () => {
    const badCode = await mutate(admin, addMutation, {
      input: { ...newRule, code: 'kleine letters' },
    });
    expect(badCode.outcome?.issues?.map((i) => i.field)).toEqual(['input.code']);
    const repeated = await mutate(admin, addMutation, {
      input: { ...newRule, code: `${codePrefix}-X`, fromKinds: ['GGD', 'GGD'] },
    });
    expect(repeated.outcome?.issues?.map((i) => i.field)).toEqual(['input.fromKinds']);
    const scope = await mutate(admin, addMutation, {
      input: { ...newRule, code: `${codePrefix}-Y`, scope: 'MEMBERSHIP' },
    });
    expect(scope.outcome?.code).toBe('VALIDATION_FAILED');
    expect(scope.outcome?.issues?.map((i) => i.field)).toEqual(['input.toKinds']);
    const unknown = await mutate(admin, disableMutation, { code: `${codePrefix}-NOPE` });
    expect(unknown.outcome?.code).toBe('NOT_FOUND');
    expect(await ruleCodesOf(admin)).not.toContain(`${codePrefix}-X`);
  });

  it('changes the report when an administrator adds, disables and enables rules', async () => {
    const { regions, referenceDate, idPrefix, planted } = presets.tiny;
    const report = () => regionGapReport(db, regions[0] ?? '', referenceDate, { idPrefix });
    const rulesIn = async () => new Set((await report()).missingTies.map((m) => m.ruleCode));

    const added = await mutate(admin, addMutation, { input: newRule });
    expect(added.outcome?.data).toMatchObject({
      code: newRule.code,
      origin: 'ADDED',
      enabled: true,
    });
    const again = await mutate(admin, addMutation, { input: newRule });
    expect([again.outcome?.code, again.outcome?.field]).toEqual(['CONFLICT', 'code']);
    expect(await rulesIn()).toContain(newRule.code);
    await mutate(admin, disableMutation, { code: newRule.code });
    expect(await rulesIn()).not.toContain(newRule.code);

    expect(planted.missingTies.some((m) => m.rule === 'LEERPLICHT-HALT')).toBe(true);
    const disabled = await mutate(admin, disableMutation, { code: 'LEERPLICHT-HALT' });
    expect(disabled.outcome?.data).toMatchObject({ enabled: false, origin: 'EDITED' });
    expect(await rulesIn()).toEqual(new Set(['SCHOOL-GGD']));
    // Loading the defaults again never overwrites an administrator's edit.
    await loadDefaultTemplate(db);
    expect(await rulesIn()).toEqual(new Set(['SCHOOL-GGD']));
    const enabled = await mutate(admin, updateMutation, {
      code: 'LEERPLICHT-HALT',
      input: { enabled: true, severity: 'MEDIUM' },
    });
    expect(enabled.outcome?.data).toMatchObject({ enabled: true, severity: 'MEDIUM' });
    const halt = (await report()).missingTies.filter((m) => m.ruleCode === 'LEERPLICHT-HALT');
    expect(halt.length).toBe(
      planted.missingTies.filter((m) => m.rule === 'LEERPLICHT-HALT').length,
    );
    expect(halt.every((m) => m.severity === 'MEDIUM')).toBe(true);
  });
});

describe('the gap queries', () => {
  const reportQuery = `query($region: String!, $asOf: Date) {
    gapReport(regionCode: $region, asOf: $asOf) {
      asOf region { code }
      summary { missingTies staleTies bySeverity { severity missingTies staleTies } }
      missingTies { ruleCode severity from { id } to { id } commonMunicipalities { code } }
      staleTies { severity lastConfirmedAt tie { id } }
    } }`;
  type Report = {
    asOf: string;
    region: { code: string };
    summary: { missingTies: number; staleTies: number };
    missingTies: { ruleCode: string; from: { id: string }; to: { id: string } }[];
    staleTies: { tie: { id: string } }[];
  };

  it('report a region’s planted gaps through the API, and refuse unknown regions', async () => {
    const { referenceDate, planted } = presets.tiny;
    const result = await graphql<{ gapReport: Report }>(admin, reportQuery, {
      region: 'MC15',
      asOf: referenceDate,
    });
    expect(result.errors).toBeUndefined();
    const report = result.data?.gapReport;
    expect([report?.asOf, report?.region.code]).toEqual([referenceDate, 'MC15']);
    const found = new Set(
      report?.missingTies.map(
        (m) => `${m.ruleCode} ${fromGlobalId(m.from.id)} ${fromGlobalId(m.to.id)}`,
      ),
    );
    for (const m of planted.missingTies) expect(found).toContain(`${m.rule} ${m.fromId} ${m.toId}`);
    const stale = new Set(report?.staleTies.map((s) => fromGlobalId(s.tie.id)));
    for (const id of planted.staleTies.ids) expect(stale).toContain(id);
    expect(report?.summary.missingTies).toBe(report?.missingTies.length);

    const unknown = await graphql(admin, reportQuery, { region: 'MC99' });
    expect(unknown.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const malformed = await graphql(admin, reportQuery, { region: 'anything' });
    expect(malformed.errors?.[0]?.extensions?.code).toBe('VALIDATION_FAILED');
  });

  it('sum every RMC region nationally', async () => {
    const result = await graphql<{
      nationalGapSummary: {
        total: { missingTies: number };
        regions: { summary: { missingTies: number } }[];
      };
    }>(
      admin,
      '{ nationalGapSummary { total { missingTies } regions { region { code } summary { missingTies } } } }',
    );
    expect(result.errors).toBeUndefined();
    const summary = result.data?.nationalGapSummary;
    expect(summary?.regions.length).toBe(40);
    expect(summary?.total.missingTies).toBe(
      summary?.regions.reduce((sum, r) => sum + r.summary.missingTies, 0),
    );
  });

  it('keep small counts of cases hidden from those who may not see the cases', async () => {
    const hidden = presets.tiny.planted.hiddenCollaboration;
    const broker = presets.tiny.planted.soleBroker?.brokerId;
    if (!hidden || !broker) throw new Error('nothing planted');
    const days = await db.read(handoverDates, { ids: hidden.handoverIds });
    const asOf = days[1]?.day ?? '';
    const early = days.filter((d) => d.day <= asOf).length;
    expect(early).toBeGreaterThanOrEqual(2);
    expect(early).toBeLessThan(5);
    const query = `query($asOf: Date) { hiddenCollaboration(regionCode: "MC15", asOf: $asOf, minHandovers: 1) {
      organisations { id } handovers { shown value } cases { shown value } } }`;
    type Found = {
      hiddenCollaboration: {
        organisations: { id: string }[];
        handovers: { shown: string; value: number | null };
      }[];
    };
    const pairOf = async (app: Parameters<typeof graphql>[0]) => {
      const result = await graphql<Found>(app, query, { asOf });
      expect(result.errors).toBeUndefined();
      return result.data?.hiddenCollaboration.find(
        (h) =>
          sorted(h.organisations.map((o) => fromGlobalId(o.id))).join() ===
          sorted(hidden.organisationIds).join(),
      );
    };
    const school = testApp(
      db,
      {},
      professionalViewer(await asProfessionalOf(hidden.organisationIds[0])),
    );
    const outsider = testApp(db, {}, professionalViewer(await asProfessionalOf(broker)));
    expect((await pairOf(school))?.handovers).toEqual({ shown: String(early), value: early });
    expect((await pairOf(outsider))?.handovers).toEqual({ shown: '<5', value: null });
    expect((await pairOf(admin))?.handovers).toEqual({ shown: '<5', value: null });
  });
});
