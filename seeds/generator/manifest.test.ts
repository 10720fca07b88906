import { describe, expect, it } from 'vitest';
import { dayOf, workingDaysBetween } from './calendar.js';
import { generateAll } from './generate.js';
import { groupBy } from './geography.js';
import { sectorOf } from './tie-rules.js';
import { pairKey } from './ties.js';

// Every planted item of the manifest is in the data as described, and the rest of the data
// has no look-alike of it (where the generator promises that).
describe.each(['tiny', 'demo'] as const)('the manifest of %s', (name) => {
  const { dataset, chunks, manifest } = generateAll(name);
  const net = dataset.network;
  const orgs = new Map(net.organisations.map((o) => [o.id, o]));
  const cases = new Map(chunks.flatMap((c) => c.cases).map((c) => [c.id, c]));
  const handovers = chunks.flatMap((c) => c.handovers);
  const byId = new Map(handovers.map((h) => [h.id, h]));
  const involvements = groupBy(
    chunks.flatMap((c) => c.involvements),
    (i) => i.caseId,
  );
  const orgTies = net.ties.filter((t) => t.type === 'Organisation');
  const tied = new Set(orgTies.map((t) => pairKey(t.fromId, t.toId)));
  const { planted } = manifest;
  const reference = dayOf(manifest.referenceDate);

  it('leaves the planted expected ties out, and only those of their rules', () => {
    expect(planted.missingTies.length).toBeGreaterThan(0);
    for (const missing of planted.missingTies) {
      expect(tied.has(pairKey(missing.fromId, missing.toId))).toBe(false);
      expect(manifest.expectedTies.map((rule) => rule.code)).toContain(missing.rule);
    }
  });

  it('lists handovers stalled well past the service level, and no other stalls', () => {
    expect(planted.stalledHandovers.length).toBeGreaterThan(0);
    for (const stalled of planted.stalledHandovers) {
      const h = byId.get(stalled.handoverId);
      expect(h?.status).toBe('REQUESTED');
      const waited = workingDaysBetween(dayOf(stalled.requestedAt), reference);
      expect(waited).toBe(stalled.workingDaysWaiting);
      expect(waited).toBeGreaterThan(manifest.rules.serviceLevelWorkingDays);
    }
    const listed = new Set(planted.stalledHandovers.map((s) => s.handoverId));
    const others = handovers.filter((h) => h.status === 'REQUESTED' && !listed.has(h.id));
    for (const h of others) {
      expect(workingDaysBetween(dayOf(h.requestedAt), reference)).toBeLessThanOrEqual(
        manifest.rules.serviceLevelWorkingDays,
      );
    }
  });

  it('lists ping-pong handovers A → B → A in one case', () => {
    expect(planted.pingPongHandovers.length).toBeGreaterThan(0);
    for (const p of planted.pingPongHandovers) {
      const [there, back] = p.handoverIds.map((id) => byId.get(id));
      expect([there?.fromOrganisationId, there?.toOrganisationId]).toEqual(p.organisationIds);
      expect([back?.toOrganisationId, back?.fromOrganisationId]).toEqual(p.organisationIds);
      expect(there?.caseId === p.caseId && back?.caseId === p.caseId).toBe(true);
      expect((there?.requestedAt ?? '') < (back?.requestedAt ?? '')).toBe(true);
    }
  });

  it('lists open cases with three or more organisations and no coordinator', () => {
    expect(planted.multiPartyWithoutCoordinator.length).toBeGreaterThan(0);
    for (const u of planted.multiPartyWithoutCoordinator) {
      const c = cases.get(u.caseId);
      expect(c?.status).toBe('OPEN');
      expect(c?.coordinatorId).toBeNull();
      expect((involvements.get(u.caseId) ?? []).map((i) => i.organisationId).sort()).toEqual(
        [...u.organisationIds].sort(),
      );
      expect(u.organisationIds.length).toBeGreaterThanOrEqual(3);
    }
  });

  it('has a region whose cases need what no organisation serving it offers', () => {
    const gap = planted.provisionGap;
    if (!gap) throw new Error('no provision gap planted');
    expect(gap.caseIds.length).toBeGreaterThan(0);
    const inRegion = new Set(
      chunks.find((c) => c.regionCode === gap.regionCode)?.cases.map((c) => c.municipalityCode),
    );
    for (const id of gap.caseIds) expect(cases.get(id)?.needs).toContain(gap.need);
    const serving = net.organisations.filter((o) =>
      o.municipalityCodes.some((m) => inRegion.has(m)),
    );
    expect(serving.filter((o) => o.offers.includes(gap.need))).toEqual([]);
    // Everywhere else every need of a case is on offer.
    for (const chunk of chunks) {
      if (chunk.regionCode === gap.regionCode) continue;
      const places = new Set(chunk.cases.map((c) => c.municipalityCode));
      const offered = new Set(
        net.organisations
          .filter((o) => o.municipalityCodes.some((m) => places.has(m)))
          .flatMap((o) => o.offers),
      );
      for (const c of chunk.cases) for (const need of c.needs) expect(offered.has(need)).toBe(true);
    }
  });

  it('has a vmbo that loses far more pupils in their first MBO year than any other school', () => {
    const vmbo = planted.vmboDropout;
    if (!vmbo) throw new Error('no vmbo planted');
    const transfers = vmbo.cohorts.reduce((sum, c) => sum + c.transfers, 0);
    const dropouts = vmbo.cohorts.reduce((sum, c) => sum + c.dropouts, 0);
    expect(dropouts / transfers).toBeGreaterThan(2 * vmbo.baseline.highestOtherRate);
    expect(vmbo.dropoutCaseIds).toHaveLength(dropouts);
    for (const id of vmbo.dropoutCaseIds) {
      const dropout = cases.get(id);
      expect(dropout?.kind).toBe('VSV');
      expect(orgs.get(dropout?.schoolId ?? '')?.kind).toBe('SCHOOL_MBO');
      const earlier = vmbo.transferCaseIds
        .map((t) => cases.get(t))
        .find((t) => t?.subjectKey === dropout?.subjectKey);
      expect(earlier?.schoolId).toBe(vmbo.schoolId);
    }
  });

  it('has a region whose work sector is reached only through its RMC', () => {
    const broker = planted.soleBroker;
    if (!broker) throw new Error('no broker planted');
    const work = new Set(broker.sectorOrganisationIds);
    const crossing = orgTies.filter((t) => work.has(t.fromId) !== work.has(t.toId));
    expect(crossing.length).toBeGreaterThan(0);
    for (const t of crossing) expect([t.fromId, t.toId]).toContain(broker.brokerId);
    expect(
      broker.sectorOrganisationIds.every(
        (id) => sectorOf[orgs.get(id)?.kind ?? 'OTHER'] === 'WORK',
      ),
    ).toBe(true);
  });

  it('has two organisations handing many cases to each other without a tie', () => {
    const hidden = planted.hiddenCollaboration;
    if (!hidden) throw new Error('no hidden collaboration planted');
    const [a, b] = hidden.organisationIds;
    expect(tied.has(pairKey(a, b))).toBe(false);
    const between = handovers.filter(
      (h) => pairKey(h.fromOrganisationId, h.toOrganisationId) === pairKey(a, b),
    );
    expect(between.map((h) => h.id).sort()).toEqual([...hidden.handoverIds].sort());
    expect(between.length).toBeGreaterThanOrEqual(4);
  });

  it('lists the stale ties, and every other tie was confirmed within 12 months', () => {
    const stale = new Set(planted.staleTies.ids);
    expect(stale.size).toBe(planted.staleTies.count);
    for (const t of net.ties) {
      expect(reference - dayOf(t.lastConfirmedAt) > 366).toBe(stale.has(t.id));
    }
  });
});
