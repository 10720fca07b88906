import { beforeAll, describe, expect, it } from 'vitest';
import { generateAll } from '../../seeds/generator/generate.js';
import type { Manifest } from '../../seeds/generator/manifest.js';
import { utcToday } from '../../server/src/ties/age.js';
import { graphql, testApp } from '../support/app.js';
import { testCypher } from '../support/cypher.js';
import { connectTestDatabase } from '../support/database.js';
import { fromGlobalId, toGlobalId } from '../support/ids.js';
import { ensurePreset } from '../support/presets.js';
import { professionalViewer } from '../support/viewers.js';

const db = connectTestDatabase();

type Asker = { professionalId: string; organisationId: string; municipalityCode: string };
const askerQuery = testCypher<{ prefix: string }, Asker>('partners-asker');
const factsQuery = testCypher<
  { municipalityCode: string; ids: string[]; needs: string[] },
  { id: string; servesMunicipality: boolean; inRegion: boolean; offered: string[] }
>('partners-facts');
type Step = { from: string; to: string; relation: string; tieKind: string | null };
const stepsQuery = testCypher<{ steps: Step[] }, { found: number; existing: number }>(
  'partners-path-steps',
);
const gapQuery = testCypher<
  { caseId: string; need: string },
  { municipalityCode: string; servingProviders: number }
>('partners-gap-municipality');
type CaseViewers = {
  caseId: string;
  kind: string;
  municipalityCode: string;
  needs: string[];
  insideId: string;
  outsideId: string;
};
const caseViewersQuery = testCypher<{ prefix: string }, CaseViewers>('partners-case-viewers');
type SmallTrack = {
  organisationId: string;
  cases: number;
  need: string;
  municipalityCode: string;
  seerId: string;
  blindId: string;
};
const smallTrackQuery = testCypher<{ prefix: string }, SmallTrack>('partners-small-track');
const readableQuery = testCypher<
  { professionalId: string; caseIds: string[] },
  { involved: number }
>('partners-readable');
const peerFactsQuery = testCypher<
  { ids: string[]; municipalityCode: string },
  { id: string; role: string; organisationId: string; servesMunicipality: boolean }
>('partners-peer-facts');

const finderQuery = `query($needs: [Need!], $municipalityCode: String, $caseId: ID, $askerId: ID,
    $limit: Int, $asOf: Date) {
  partnerFinder(needs: $needs, municipalityCode: $municipalityCode, caseId: $caseId,
      askerId: $askerId, limit: $limit, asOf: $asOf) {
    municipality { code } needs uncoveredNeeds asOf asker { id }
    partners {
      rank score organisation { id } contact { id role status }
      reasons {
        part score maxScore
        ... on MunicipalityReason { servesMunicipality inRegion distanceKm }
        ... on NeedsReason { offered missing }
        ... on PathReason { path { steps nodes { id type name kind }
          links { relation tieKind lastConfirmedAt daysSinceConfirmed } } }
        ... on TrackRecordReason { cases { shown value } acceptanceRate medianDaysToAccept }
        ... on FreshnessReason { oldestTieOnPathDays newestTieDays }
      }
    }
  }
}`;

interface Reason {
  part: string;
  score: number;
  maxScore: number;
  servesMunicipality?: boolean;
  inRegion?: boolean;
  distanceKm?: number;
  offered?: string[];
  missing?: string[];
  path?: {
    steps: number;
    nodes: { id: string; type: string; name: string; kind: string }[];
    links: { relation: string; tieKind: string | null; daysSinceConfirmed: number | null }[];
  } | null;
  cases?: { shown: string; value: number | null };
  acceptanceRate?: number | null;
  medianDaysToAccept?: number | null;
}
interface Partner {
  rank: number;
  score: number;
  organisation: { id: string };
  contact: { id: string; role: string; status: string } | null;
  reasons: Reason[];
}
interface FinderResult {
  municipality: { code: string };
  needs: string[];
  uncoveredNeeds: string[];
  asOf: string;
  asker: { id: string } | null;
  partners: Partner[];
}

const reason = (partner: Partner, part: string) => {
  const found = partner.reasons.find((r) => r.part === part);
  if (!found) throw new Error(`no ${part} reason`);
  return found;
};
const orgId = (partner: Partner) => fromGlobalId(partner.organisation.id);

async function find(
  app: ReturnType<typeof testApp>,
  variables: Record<string, unknown>,
): Promise<FinderResult> {
  const response = await graphql<{ partnerFinder: FinderResult }>(app, finderQuery, variables);
  if (!response.data?.partnerFinder) throw new Error(JSON.stringify(response.errors));
  return response.data.partnerFinder;
}

const presets = {} as Record<'tiny' | 'region', Manifest>;
const askers = {} as Record<'tiny' | 'region', Asker>;
const asApp = (professionalId: string) => testApp(db, {}, professionalViewer(professionalId));

beforeAll(async () => {
  presets.tiny = await ensurePreset(db, 'tiny');
  presets.region = await ensurePreset(db, 'region');
  for (const name of ['tiny', 'region'] as const) {
    const [asker] = await db.read(askerQuery, { prefix: `${name}-` });
    if (!asker) throw new Error(`no leerplicht professional in ${name}`);
    askers[name] = asker;
  }
}, 600_000);

describe.each(['tiny', 'region'] as const)('partnerFinder on the %s preset', (name) => {
  const needs = ['GEDRAG', 'AUTISME'];
  let result: FinderResult;
  beforeAll(async () => {
    const asker = askers[name];
    result = await find(asApp(asker.professionalId), {
      needs,
      municipalityCode: asker.municipalityCode,
      limit: 50,
      asOf: presets[name].referenceDate,
    });
  });

  it('answers for the viewer as asker, as of the given day', () => {
    expect(result.municipality.code).toBe(askers[name].municipalityCode);
    expect(result.asker?.id).toBe(toGlobalId('Professional', askers[name].professionalId));
    expect(result.asOf).toBe(presets[name].referenceDate);
    expect(result.partners.length).toBeGreaterThan(0);
    expect(result.partners.map((p) => orgId(p))).not.toContain(askers[name].organisationId);
  });

  it('reports what the graph holds: serving, region and needs, and sums the parts', async () => {
    const facts = await db.read(factsQuery, {
      municipalityCode: askers[name].municipalityCode,
      ids: result.partners.map(orgId),
      needs,
    });
    const byId = new Map(facts.map((f) => [f.id, f]));
    for (const partner of result.partners) {
      const truth = byId.get(orgId(partner));
      const place = reason(partner, 'MUNICIPALITY');
      expect(place.servesMunicipality).toBe(truth?.servesMunicipality);
      expect(place.inRegion).toBe(truth?.inRegion);
      expect([...(reason(partner, 'NEEDS').offered ?? [])].sort()).toEqual(
        [...(truth?.offered ?? [])].sort(),
      );
      const sum = partner.reasons.reduce((total, r) => total + r.score, 0);
      expect(partner.score).toBeCloseTo(sum, 1);
      for (const r of partner.reasons) expect(r.score).toBeLessThanOrEqual(r.maxScore);
      if (partner.contact) expect(partner.contact.status).toBe('ACTIVE');
    }
  });

  it('ranks serving organisations with every need first, and serving above not serving', () => {
    const scores = result.partners.map((p) => p.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(result.partners.map((p) => p.rank)).toEqual(result.partners.map((_, i) => i + 1));
    const full = (p: Partner) =>
      reason(p, 'MUNICIPALITY').servesMunicipality && reason(p, 'NEEDS').missing?.length === 0;
    const offers = (p: Partner) => [...(reason(p, 'NEEDS').offered ?? [])].sort().join();
    let pairs = 0;
    for (const a of result.partners) {
      for (const b of result.partners) {
        if (full(a) && !full(b)) expect(a.rank).toBeLessThan(b.rank);
        const aServes = reason(a, 'MUNICIPALITY').servesMunicipality;
        const bServes = reason(b, 'MUNICIPALITY').servesMunicipality;
        if (aServes && !bServes && offers(a) === offers(b)) {
          expect(a.rank).toBeLessThan(b.rank);
          pairs++;
        }
      }
    }
    expect(result.partners.some(full)).toBe(true);
    expect(pairs).toBeGreaterThan(0);
  });

  it('shows real paths of at most four steps from the asker to the partner', async () => {
    let withPath = 0;
    for (const partner of result.partners) {
      const path = reason(partner, 'PATH').path;
      if (!path) {
        expect(reason(partner, 'PATH').score).toBe(0);
        continue;
      }
      withPath++;
      expect(path.steps).toBeGreaterThanOrEqual(1);
      expect(path.steps).toBeLessThanOrEqual(4);
      expect(path.links).toHaveLength(path.steps);
      expect(path.nodes).toHaveLength(path.steps + 1);
      expect(path.nodes[0]?.id).toBe(toGlobalId('Professional', askers[name].professionalId));
      expect(path.nodes.at(-1)?.id).toBe(partner.organisation.id);
      const steps = path.links.map((link, i) => ({
        from: fromGlobalId(path.nodes[i]?.id ?? ''),
        to: fromGlobalId(path.nodes[i + 1]?.id ?? ''),
        relation: link.relation,
        tieKind: link.tieKind,
      }));
      const [check] = await db.read(stepsQuery, { steps });
      expect(check).toEqual({ found: steps.length, existing: steps.length });
      for (const link of path.links) {
        if (link.relation === 'TIE') expect(link.daysSinceConfirmed).toBeGreaterThanOrEqual(0);
      }
    }
    expect(withPath).toBeGreaterThan(0);
  });

  it('answers the planted provision gap honestly: no preset organisation claims the need', async () => {
    const gap = presets[name].planted.provisionGap;
    if (!gap) throw new Error('the preset plants a provision gap');
    const [where] = await db.read(gapQuery, { caseId: gap.caseIds[0] ?? '', need: gap.need });
    const answer = await find(asApp(askers[name].professionalId), {
      needs: [gap.need],
      municipalityCode: where?.municipalityCode,
      limit: 50,
      asOf: presets[name].referenceDate,
    });
    // The preset's own organisations: none offers the need anywhere the region is served.
    const claimed = answer.partners.filter(
      (p) => orgId(p).startsWith(presets[name].idPrefix) && reason(p, 'NEEDS').offered?.length,
    );
    expect(claimed).toEqual([]);
    // Over the whole database: uncovered exactly when no organisation serving it offers it.
    expect(answer.uncoveredNeeds.includes(gap.need)).toBe(where?.servingProviders === 0);
  });
});

describe('partnerFinder where nobody in the region offers a need', () => {
  it('says so and answers with the nearest organisations beyond the region', async () => {
    // The demo network (always in the test database) plants its own gap.
    const demo = generateAll('demo', { referenceDate: utcToday() }).manifest;
    const gap = demo.planted.provisionGap;
    if (!gap) throw new Error('the demo plants a provision gap');
    const [where] = await db.read(gapQuery, { caseId: gap.caseIds[0] ?? '', need: gap.need });
    expect(where?.servingProviders).toBe(0);
    const answer = await find(testApp(db), {
      needs: [gap.need],
      municipalityCode: where?.municipalityCode,
      limit: 5,
    });
    expect(answer.uncoveredNeeds).toEqual([gap.need]);
    expect(answer.partners).toHaveLength(5);
    const distances = answer.partners.map((p) => reason(p, 'MUNICIPALITY').distanceKm ?? 0);
    expect(distances).toEqual([...distances].sort((a, b) => a - b));
    for (const partner of answer.partners) {
      expect(reason(partner, 'NEEDS').offered).toEqual([gap.need]);
      expect(reason(partner, 'MUNICIPALITY')).toMatchObject({
        servesMunicipality: false,
        inRegion: false,
        score: 0,
      });
      expect(reason(partner, 'MUNICIPALITY').distanceKm).toBeGreaterThan(0);
    }
  });
});

describe('partnerFinder and peers with a case', () => {
  let c: CaseViewers;
  beforeAll(async () => {
    const [found] = await db.read(caseViewersQuery, { prefix: 'tiny-' });
    if (!found) throw new Error('no tiny case with needs');
    c = found;
  });

  it('fills in the needs and municipality for a professional of an involved organisation', async () => {
    const answer = await find(asApp(c.insideId), { caseId: toGlobalId('Case', c.caseId) });
    expect(answer.municipality.code).toBe(c.municipalityCode);
    expect([...answer.needs].sort()).toEqual([...c.needs].sort());
  });

  it('refuses the case to a professional whose organisation is not involved', async () => {
    const caseId = toGlobalId('Case', c.caseId);
    for (const query of [
      `query($caseId: ID) { partnerFinder(caseId: $caseId) { needs } }`,
      `query($caseId: ID) { peers(caseId: $caseId) { similarCases { shown } } }`,
    ]) {
      const response = await graphql(asApp(c.outsideId), query, { caseId });
      expect(response.data ?? null).toBeNull();
      expect(response.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
  });

  it('finds peers in the same role elsewhere, counting cases under the small-count rule', async () => {
    const asker = askers.tiny;
    const response = await graphql<{
      peers: {
        professional: { id: string };
        similarCases: { shown: string; value: number | null };
        similarity: number | null;
        sharedNeeds: { need: string; cases: { shown: string; value: number | null } }[];
        readableCases: { id: string }[];
      }[];
    }>(
      asApp(asker.professionalId),
      `query($kind: CaseKind, $needs: [Need!], $asOf: Date) {
        peers(caseKind: $kind, needs: $needs, limit: 50, asOf: $asOf) {
          professional { id } similarCases { shown value } similarity
          sharedNeeds { need cases { shown value } } readableCases { id }
        } }`,
      { kind: c.kind, needs: c.needs, asOf: presets.tiny.referenceDate },
    );
    const peers = response.data?.peers ?? [];
    expect(response.errors).toBeUndefined();
    expect(peers.length).toBeGreaterThan(0);
    const facts = await db.read(peerFactsQuery, {
      ids: peers.map((p) => fromGlobalId(p.professional.id)),
      municipalityCode: asker.municipalityCode,
    });
    expect(facts).toHaveLength(peers.length);
    for (const fact of facts) {
      expect(fact.role).toBe('LEERPLICHTAMBTENAAR');
      expect(fact.organisationId).not.toBe(asker.organisationId);
    }
    let hiddenSeen = false;
    for (const peer of peers) {
      const hidden = peer.similarCases.value === null;
      if (hidden) {
        expect(peer.similarCases.shown).toBe('<5');
        expect(peer.similarity).toBeNull();
      } else expect(hiddenSeen).toBe(false); // shown ones come first
      hiddenSeen ||= hidden;
      for (const shared of peer.sharedNeeds) {
        if (shared.cases.value === null) expect(shared.cases.shown).toBe('<5');
      }
      const caseIds = peer.readableCases.map((r) => fromGlobalId(r.id));
      const [readable] = await db.read(readableQuery, {
        professionalId: asker.professionalId,
        caseIds,
      });
      expect(readable?.involved).toBe(caseIds.length);
    }
  });
});

describe('the small-count rule on track records', () => {
  it('hides a count under five, its rate and median, from a viewer who may not see the cases', async () => {
    const [small] = await db.read(smallTrackQuery, { prefix: 'tiny-' });
    if (!small) throw new Error('no tiny organisation with a small track record');
    const ask = (viewer: string) =>
      find(asApp(viewer), {
        needs: [small.need],
        municipalityCode: small.municipalityCode,
        limit: 50,
        asOf: presets.tiny.referenceDate,
      });
    const pick = (answer: FinderResult) => {
      const partner = answer.partners.find((p) => orgId(p) === small.organisationId);
      if (!partner) throw new Error('the organisation is suggested');
      return reason(partner, 'TRACK_RECORD');
    };
    const blind = pick(await ask(small.blindId));
    expect(blind).toMatchObject({
      cases: { shown: '<5', value: null },
      acceptanceRate: null,
      medianDaysToAccept: null,
      score: 0,
    });
    const seer = pick(await ask(small.seerId));
    expect(seer.cases).toEqual({ shown: String(small.cases), value: small.cases });
  });
});

describe('bad input', () => {
  const app = testApp(db);
  const codeOf = async (query: string, variables: Record<string, unknown>) => {
    const response = await graphql(app, query, variables);
    expect(response.data?.partnerFinder ?? null).toBeNull();
    return response.errors?.[0];
  };
  const finder = `query($needs: [Need!], $m: String, $limit: Int) {
    partnerFinder(needs: $needs, municipalityCode: $m, limit: $limit) { needs } }`;

  it('rejects an unknown need', async () => {
    const error = await codeOf(finder, { needs: ['TOVERKUNST'], m: 'GM0855' });
    expect(error?.message).toMatch(/Need/);
  });

  it('answers NOT_FOUND for a municipality code that does not exist', async () => {
    const error = await codeOf(finder, { needs: ['GEDRAG'], m: 'GM9999' });
    expect(error?.extensions?.code).toBe('NOT_FOUND');
  });

  it('names the field of a malformed code, a limit out of range, or missing needs', async () => {
    for (const [variables, field] of [
      [{ needs: ['GEDRAG'], m: 'Tilburg' }, 'municipalityCode'],
      [{ needs: ['GEDRAG'], m: 'GM0855', limit: 0 }, 'limit'],
      [{ needs: ['GEDRAG'], m: 'GM0855', limit: 51 }, 'limit'],
      [{ needs: [], m: 'GM0855' }, 'needs'],
    ] as const) {
      const error = (await codeOf(finder, variables)) as
        | { extensions?: { code?: string; issues?: { field: string }[] } }
        | undefined;
      expect(error?.extensions?.code).toBe('VALIDATION_FAILED');
      expect(error?.extensions?.issues?.map((i) => i.field)).toContain(field);
    }
  });

  it('asks anonymous callers to sign in', async () => {
    const response = await graphql(testApp(db, {}, null), finder, {
      needs: ['GEDRAG'],
      m: 'GM0855',
    });
    expect(response.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});
