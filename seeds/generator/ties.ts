import type { TieKind } from '../../server/src/network/kinds.js';
import type { NodeType } from '../../server/src/ties/node-states.js';
import { activeKey } from '../../server/src/ties/rules.js';
import type { Random } from '../random.js';
import { dayOf, isoDate, isoDateTime, minutesPerDay } from './calendar.js';
import type { PlantPlan } from './presets.js';
import { sectorOf, type TieRule, tieRules } from './tie-rules.js';
import type { OrganisationRow, ProfessionalRow, TieRow } from './types.js';

export interface MissingTie {
  regionCode: string;
  rule: string;
  fromId: string;
  toId: string;
}

export interface Ties {
  rows: TieRow[];
  missing: MissingTie[];
  /** Ids of ties last confirmed more than 12 months before the reference date. */
  stale: string[];
  /** Unordered pairs of organisations with any tie: `pairKey(a, b)`. */
  tied: Set<string>;
}

export interface TieContext {
  organisations: readonly OrganisationRow[];
  staff: ReadonlyMap<string, readonly ProfessionalRow[]>;
  regionOf: ReadonlyMap<string, string>;
  rmcOf: ReadonlyMap<string, string>;
  plants: PlantPlan;
  professionalTieShare: number;
  random: Random;
  referenceDay: number;
}

export const pairKey = (a: string, b: string) => (a < b ? `${a}|${b}` : `${b}|${a}`);

interface Candidate {
  rule: TieRule;
  from: OrganisationRow;
  to: OrganisationRow;
}

function candidates(context: TieContext): Candidate[] {
  const byKindAndPlace = new Map<string, OrganisationRow[]>();
  const byId = new Map(context.organisations.map((o) => [o.id, o]));
  for (const o of context.organisations) {
    for (const code of o.municipalityCodes) {
      const key = `${o.kind}@${code}`;
      const list = byKindAndPlace.get(key);
      if (list) list.push(o);
      else byKindAndPlace.set(key, [o]);
    }
  }
  const out: Candidate[] = [];
  for (const rule of tieRules) {
    for (const from of context.organisations) {
      if (!rule.from.includes(from.kind)) continue;
      const partners = new Map<string, OrganisationRow>();
      if (rule.scope === 'membership') {
        const swv = from.swvId ? byId.get(from.swvId) : undefined;
        if (swv && rule.to.includes(swv.kind)) partners.set(swv.id, swv);
      } else {
        for (const kind of rule.to) {
          for (const code of from.municipalityCodes) {
            for (const to of byKindAndPlace.get(`${kind}@${code}`) ?? []) partners.set(to.id, to);
          }
        }
      }
      for (const to of partners.values()) {
        if (to.id === from.id || (rule.toOffers && !to.offers.includes(rule.toOffers))) continue;
        out.push({ rule, from, to });
      }
    }
  }
  return out;
}

/** The pairs the plan leaves out: of the planted rules, those whose `from` lies wholly in the region. */
function plantedMissing(all: Candidate[], context: TieContext): Map<string, MissingTie> {
  const missing = new Map<string, MissingTie>();
  for (const plan of context.plants.missingTies) {
    for (const code of plan.rules) {
      const inRegion = all.filter(
        (c) =>
          c.rule.code === code &&
          c.from.municipalityCodes.every((m) => context.regionOf.get(m) === plan.regionCode),
      );
      const count = Math.max(1, Math.round(inRegion.length * plan.share));
      for (const c of context.random.sample(inRegion, count)) {
        missing.set(pairKey(c.from.id, c.to.id), {
          regionCode: plan.regionCode,
          rule: code,
          fromId: c.from.id,
          toId: c.to.id,
        });
      }
    }
  }
  return missing;
}

/** In the sole-broker region, the work sector ties to nothing outside it but the region's RMC. */
function brokerFilter(context: TieContext) {
  const region = context.plants.soleBroker?.regionCode;
  const rmc = region ? context.rmcOf.get(region) : undefined;
  const inRegion = (o: OrganisationRow) =>
    o.municipalityCodes.some((m) => context.regionOf.get(m) === region);
  const cut = (work: OrganisationRow, other: OrganisationRow) =>
    sectorOf[work.kind] === 'WORK' &&
    sectorOf[other.kind] !== 'WORK' &&
    inRegion(work) &&
    other.id !== rmc;
  return (a: OrganisationRow, b: OrganisationRow) =>
    region !== undefined && (cut(a, b) || cut(b, a));
}

export function generateTies(context: TieContext): Ties {
  const { random } = context;
  const all = candidates(context);
  const missing = plantedMissing(all, context);
  const isCut = brokerFilter(context);
  const rows = new Map<string, TieRow>();
  const tied = new Set<string>();
  const add = (type: NodeType, fromId: string, toId: string, kind: TieKind, strength: number) => {
    const key = activeKey(fromId, toId, kind);
    if (rows.has(key)) return;
    rows.set(key, {
      id: key,
      type,
      fromId,
      toId,
      kind,
      strength,
      activeKey: key,
      assertedAt: '',
      lastConfirmedAt: '',
    });
    if (type === 'Organisation') tied.add(pairKey(fromId, toId));
  };

  for (const c of all) {
    if (missing.has(pairKey(c.from.id, c.to.id)) || isCut(c.from, c.to)) continue;
    if (c.rule.share < 1 && !random.chance(c.rule.share)) continue;
    add(
      'Organisation',
      c.from.id,
      c.to.id,
      c.rule.kind,
      c.rule.expected ? random.int(2, 3) : random.int(1, 2),
    );
  }
  ensureWorkBridges(all, context, tied, isCut, (c) =>
    add('Organisation', c.from.id, c.to.id, c.rule.kind, 2),
  );

  // Professionals who know each other across tied organisations: the personal rizoom.
  for (const tie of [...rows.values()]) {
    if (!random.chance(context.professionalTieShare)) continue;
    const a = context.staff.get(tie.fromId);
    const b = context.staff.get(tie.toId);
    if (!a?.length || !b?.length) continue;
    const kind: TieKind = random.chance(0.3) ? 'INFORMAL' : tie.kind;
    add('Professional', random.pick(a).id, random.pick(b).id, kind, random.int(1, 3));
  }

  const list = [...rows.values()];
  const stale = new Set(
    random.sample(list, Math.round(list.length * context.plants.staleTieShare)).map((t) => t.id),
  );
  const earliest = dayOf('2016-01-04');
  for (const tie of list) {
    // Fresh: confirmed within 11 months; stale: 13 to 36 months ago (12 months is the threshold).
    const confirmed = stale.has(tie.id)
      ? context.referenceDay - random.int(400, 1_095)
      : context.referenceDay - random.int(0, 330);
    tie.lastConfirmedAt = isoDate(confirmed);
    const asserted = random.int(Math.min(earliest, confirmed), confirmed);
    tie.assertedAt = isoDateTime(asserted * minutesPerDay + random.int(420, 960));
  }
  return { rows: list, missing: [...missing.values()], stale: [...stale], tied };
}

/**
 * Outside the sole-broker region the work sector always has bridges besides the RMC (an employer
 * tied to an MBO, Werk & Inkomen to a wijkteam), so that no other region looks like it by chance.
 */
function ensureWorkBridges(
  all: Candidate[],
  context: TieContext,
  tied: Set<string>,
  isCut: (a: OrganisationRow, b: OrganisationRow) => boolean,
  add: (c: Candidate) => void,
) {
  for (const code of ['MBO-EMPLOYER', 'WERK_EN_INKOMEN-WIJKTEAM']) {
    const byRegion = new Map<string, Candidate[]>();
    for (const c of all) {
      if (c.rule.code !== code || isCut(c.from, c.to)) continue;
      const region = context.regionOf.get(c.to.municipalityCodes[0] ?? '') ?? '';
      const list = byRegion.get(region);
      if (list) list.push(c);
      else byRegion.set(region, [c]);
    }
    for (const list of byRegion.values()) {
      const first = list[0];
      if (first && !list.some((c) => tied.has(pairKey(c.from.id, c.to.id)))) add(first);
    }
  }
}
