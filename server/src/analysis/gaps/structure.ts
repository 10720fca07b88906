import type { Database } from '../../db/database.js';
import { NotFoundError } from '../../errors.js';
import { type SinglePointOfFailure, singlePointsOfFailure } from './brokers.js';
import { type AnalysisScope, loadSnapshot, organisationsIn } from './snapshot.js';
import { staleTies } from './stale.js';

export interface NetworkStructureShape {
  regionCode: string;
  asOf: string;
  /** Organisations serving the region with no active tie to any organisation. */
  isolatedIds: string[];
  singlePointsOfFailure: SinglePointOfFailure[];
  /** Organisation ties of the region not confirmed for 12 months before `asOf` (or never). */
  unconfirmedTieIds: string[];
}

/**
 * The shape of a region's organisation network: who is not tied at all, which organisation's
 * (or tie's) loss would cut a sector off from the rest, and which ties have gone unconfirmed.
 */
export async function networkStructure(
  db: Database,
  regionCode: string,
  asOf: string,
  scope: AnalysisScope = {},
): Promise<NetworkStructureShape> {
  const snapshot = await loadSnapshot(db, regionCode, asOf, scope);
  if (!snapshot.regionExists) throw new NotFoundError('Region', regionCode);
  const organisations = organisationsIn(snapshot, regionCode);
  const tiedAtAll = new Set(snapshot.organisationTies.flatMap((t) => [t.fromId, t.toId]));
  return {
    regionCode,
    asOf,
    isolatedIds: organisations.filter((o) => !tiedAtAll.has(o.id)).map((o) => o.id),
    singlePointsOfFailure: singlePointsOfFailure(organisations, snapshot.organisationTies),
    unconfirmedTieIds: staleTies(snapshot.organisationTies, [], asOf).map((t) => t.tieId),
  };
}
