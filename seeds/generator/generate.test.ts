import { describe, expect, it } from 'vitest';
import { isValidBsn } from '../../server/src/cases/bsn.js';
import { retainUntil } from '../../server/src/cases/retention.js';
import { brin as brinRule, swvCode as swvCodeRule } from '../../server/src/schema/validation.js';
import { dayOf, subtractWorkingDays } from './calendar.js';
import { syntheticBsns } from './codes.js';
import { generateAll } from './generate.js';
import { groupBy } from './geography.js';
import { isAllowedStep } from './invariants.js';
import { maxPendingWorkingDays } from './journey.js';
import { rolesByKind } from './roles.js';
import { pairKey } from './ties.js';

const tiny = generateAll('tiny');
const { dataset, chunks, manifest } = tiny;
const net = dataset.network;
const cases = chunks.flatMap((c) => c.cases);
const handovers = chunks.flatMap((c) => c.handovers);
const involvements = chunks.flatMap((c) => c.involvements);
const orgs = new Map(net.organisations.map((o) => [o.id, o]));
const pros = new Map(net.professionals.map((p) => [p.id, p]));
const planted = manifest.planted;
const plantedPingPong = new Set(planted.pingPongHandovers.map((p) => p.caseId));
const plantedStalled = new Set(planted.stalledHandovers.map((s) => s.handoverId));
const plantedUncoordinated = new Set(planted.multiPartyWithoutCoordinator.map((u) => u.caseId));
const hiddenCases = new Set(planted.hiddenCollaboration?.caseIds ?? []);

describe('the generator', () => {
  it('gives the same dataset for the same seed, and another for another seed', () => {
    expect([...dataset.caseChunks()]).toEqual(chunks);
    const again = generateAll('tiny');
    expect(again.dataset.network).toEqual(net);
    expect(again.chunks).toEqual(chunks);
    expect(again.manifest).toEqual(manifest);
    const other = generateAll('tiny', { seed: 7 });
    expect(other.chunks[0]?.cases).not.toEqual(chunks[0]?.cases);
  });

  it('makes unique ids, all starting with the preset name', () => {
    for (const rows of [
      net.organisations,
      net.professionals,
      net.ties,
      net.tables,
      cases,
      handovers,
    ]) {
      const ids = rows.map((r) => r.id);
      expect(new Set(ids).size).toBe(ids.length);
      expect(ids.every((id) => id.startsWith('tiny-'))).toBe(true);
    }
  });

  it('counts in the manifest what it made', () => {
    expect(manifest.counts).toMatchObject({
      organisations: net.organisations.length,
      professionals: net.professionals.length,
      ties: net.ties.length,
      cases: cases.length,
      involvements: involvements.length,
      handovers: handovers.length,
    });
    expect(new Set(cases.map((c) => c.subjectKey)).size).toBe(manifest.counts.subjects);
  });

  it('ties, seats and jobs point only at what exists', () => {
    for (const tie of net.ties) {
      const ends = tie.type === 'Organisation' ? orgs : pros;
      expect(ends.has(tie.fromId) && ends.has(tie.toId)).toBe(true);
      expect(tie.activeKey).toBe(tie.id);
    }
    const tables = new Set(net.tables.map((t) => t.id));
    for (const seat of net.seats) {
      expect(tables.has(seat.tableId)).toBe(true);
      expect((seat.type === 'Organisation' ? orgs : pros).has(seat.memberId)).toBe(true);
    }
    expect(net.professionals.every((p) => orgs.has(p.organisationId))).toBe(true);
  });

  it('staffs every organisation in roles its kind has, with synthetic work addresses', () => {
    const staffed = new Set(net.professionals.map((p) => p.organisationId));
    expect(staffed.size).toBe(net.organisations.length);
    for (const p of net.professionals) {
      const kind = orgs.get(p.organisationId)?.kind ?? 'OTHER';
      expect(rolesByKind[kind]).toContain(p.role);
      expect(p.email).toMatch(/^[a-z0-9.]+@[a-z0-9-]+\.example$/);
    }
  });

  it('gives schools a BRIN and their samenwerkingsverband, SWVs a code, in the API formats', () => {
    for (const o of net.organisations) {
      if (o.kind.startsWith('SCHOOL_')) expect(brinRule.parse(o.brin)).toBe(o.brin);
      if (o.kind === 'SWV_PO' || o.kind === 'SWV_VO')
        expect(swvCodeRule.parse(o.swvCode)).toBe(o.swvCode);
      if (o.swvId) {
        const level = ['SCHOOL_PO', 'SCHOOL_SO'].includes(o.kind) ? 'SWV_PO' : 'SWV_VO';
        expect(orgs.get(o.swvId)?.kind).toBe(level);
      }
    }
  });

  it('hands cases over only along the routes of the field, between tied organisations', () => {
    const tied = new Set(
      net.ties.filter((t) => t.type === 'Organisation').map((t) => pairKey(t.fromId, t.toId)),
    );
    for (const h of handovers) {
      const from = orgs.get(h.fromOrganisationId);
      const to = orgs.get(h.toOrganisationId);
      if (!from || !to) throw new Error(`handover ${h.id} between unknown organisations`);
      if (plantedPingPong.has(h.caseId) || hiddenCases.has(h.caseId)) continue;
      expect(
        isAllowedStep(h.reason, from.kind, to.kind),
        `${h.reason} ${from.kind} → ${to.kind}`,
      ).toBe(true);
      expect(tied.has(pairKey(from.id, to.id))).toBe(true);
    }
  });

  it('hands over only from an involved organisation, with times in order, nothing after the reference date', () => {
    const since = new Map(involvements.map((i) => [`${i.caseId}|${i.organisationId}`, i.since]));
    const reference = `${manifest.referenceDate}T00:00:00Z`;
    for (const h of handovers) {
      const involvedSince = since.get(`${h.caseId}|${h.fromOrganisationId}`);
      expect(involvedSince !== undefined && involvedSince <= h.requestedAt).toBe(true);
      expect(h.requestedAt < reference).toBe(true);
      const answered = h.acceptedAt ?? h.declinedAt;
      if (h.status === 'REQUESTED') expect(answered).toBeNull();
      else expect(answered !== null && answered > h.requestedAt && answered < reference).toBe(true);
      if (h.status === 'COMPLETED')
        expect((h.completedAt ?? '') >= (h.acceptedAt ?? 'z')).toBe(true);
      if (h.status === 'DECLINED') expect(h.declineReason).not.toBeNull();
    }
  });

  it('has no stalled, ping-pong or uncoordinated case but the planted ones', () => {
    const recent = subtractWorkingDays(dayOf(manifest.referenceDate), maxPendingWorkingDays);
    const open = new Map(cases.map((c) => [c.id, c]));
    for (const h of handovers.filter((x) => x.status === 'REQUESTED')) {
      expect(open.get(h.caseId)?.status).toBe('OPEN');
      if (!plantedStalled.has(h.id)) expect(dayOf(h.requestedAt)).toBeGreaterThanOrEqual(recent);
    }
    const byCase = groupBy(handovers, (h) => h.caseId);
    for (const [caseId, steps] of byCase) {
      const sent = new Set(steps.map((h) => `${h.fromOrganisationId}>${h.toOrganisationId}`));
      const pingPong = steps.some((h) => sent.has(`${h.toOrganisationId}>${h.fromOrganisationId}`));
      expect(pingPong).toBe(plantedPingPong.has(caseId));
    }
    const involved = groupBy(involvements, (i) => i.caseId);
    for (const c of cases) {
      const parties = involved.get(c.id) ?? [];
      if (parties.length >= 3)
        expect(c.coordinatorId === null).toBe(plantedUncoordinated.has(c.id));
      if (c.coordinatorId) {
        const at = pros.get(c.coordinatorId)?.organisationId;
        expect(parties.some((p) => p.organisationId === at)).toBe(true);
      }
    }
  });

  it('keeps cases free of BSNs and free text: pseudonyms, codes, dates and ages', () => {
    // The BSNs behind the pseudonyms appear nowhere, nor does any other BSN-like number.
    const text = JSON.stringify({ net, chunks, manifest });
    const bsns = syntheticBsns('tiny');
    for (let i = 0; i < manifest.counts.subjects; i++) {
      expect(text.includes(bsns.next().value as string)).toBe(false);
    }
    const withoutKeys = text.replace(/"[0-9a-f]{64}"/g, '""');
    const nineDigits = withoutKeys.match(/(?<![0-9])[0-9]{9}(?![0-9])/g) ?? [];
    expect(nineDigits.filter(isValidBsn)).toEqual([]);
    for (const c of cases) {
      expect(c.subjectKey).toMatch(/^[0-9a-f]{64}$/);
      expect(c.retainUntil).toBe(retainUntil(c.kind, c.age, c.openedAt));
      expect(c.status === 'CLOSED').toBe(c.closedAt !== null);
    }
  });
});
