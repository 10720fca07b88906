import { cypher } from '../../db/cypher.js';
import type { Database } from '../../db/database.js';
import type { OrganisationKind } from '../../network/kinds.js';
import { dayAfter, type Period } from './inputs.js';
import { isStalled, workingDaysBetween } from './working-days.js';

// The handover analyses over a region's cases, unfiltered: every row names its case. The
// GraphQL layer decides what a viewer may see of them (visibility.ts).

export type FlowGrouping = 'ORGANISATION' | 'KIND';

export interface FlowRow {
  fromKey: string;
  toKey: string;
  fromKind: OrganisationKind;
  toKind: OrganisationKind;
  handovers: number;
  cases: number;
  /** Of `cases`, those the asker's organisation is involved in. */
  visibleCases: number;
  accepted: number;
  declined: number;
  medianDaysToAccept: number | null;
}

export interface StalledRow {
  caseId: string;
  handoverId: string;
  fromId: string;
  toId: string;
  requestedAt: string;
  workingDaysWaiting: number;
}

export interface PingPongRow {
  caseId: string;
  handoverIds: [string, string];
  organisationIds: [string, string];
  returnedAt: string;
}

export interface UncoordinatedRow {
  caseId: string;
  organisationIds: string[];
  openedAt: string;
}

type InRegion = { regionCode: string };
const flowsQuery = cypher<
  InRegion & {
    by: FlowGrouping;
    from: string;
    until: string;
    answeredBy: string;
    organisationId: string | null;
  },
  FlowRow
>('analysis/handovers/flows');
const pendingQuery = cypher<InRegion & { until: string }, Omit<StalledRow, 'workingDaysWaiting'>>(
  'analysis/handovers/pending',
);
const pingPongQuery = cypher<InRegion & { until: string }, PingPongRow>(
  'analysis/handovers/ping-pong',
);
const uncoordinatedQuery = cypher<InRegion & { asOf: string; until: string }, UncoordinatedRow>(
  'analysis/handovers/uncoordinated',
);

/**
 * Handovers requested in the period (and not after `asOf`), per pair of organisations or kinds,
 * with their answers as they stood at the end of `asOf`.
 */
export function handoverFlows(
  db: Database,
  args: {
    regionCode: string;
    by: FlowGrouping;
    period: Period;
    asOf: string;
    organisationId: string | null;
  },
) {
  const end = args.period.to.localeCompare(args.asOf) < 0 ? args.period.to : args.asOf;
  return db.read(flowsQuery, {
    regionCode: args.regionCode,
    by: args.by,
    from: args.period.from,
    until: dayAfter(end),
    answeredBy: dayAfter(args.asOf),
    organisationId: args.organisationId,
  });
}

/** Handovers still unanswered at the end of `asOf` that have waited past the service level. */
export async function stalledHandovers(db: Database, regionCode: string, asOf: string) {
  const pending = await db.read(pendingQuery, { regionCode, until: dayAfter(asOf) });
  return pending
    .map((row) => ({ ...row, workingDaysWaiting: workingDaysBetween(row.requestedAt, asOf) }))
    .filter((row) => isStalled(row.workingDaysWaiting));
}

/** Cases sent back where they came from (A → B → A), by the end of `asOf`. */
export function pingPongHandovers(db: Database, regionCode: string, asOf: string) {
  return db.read(pingPongQuery, { regionCode, until: dayAfter(asOf) });
}

/** Open cases with three or more organisations involved and no coordinator, on `asOf`. */
export async function uncoordinatedCases(db: Database, regionCode: string, asOf: string) {
  const rows = await db.read(uncoordinatedQuery, { regionCode, asOf, until: dayAfter(asOf) });
  return rows.map((row) => ({ ...row, organisationIds: [...row.organisationIds].sort() }));
}
