import { cypher } from '../../db/cypher.js';
import type { Database } from '../../db/database.js';
import type { OrganisationKind } from '../../network/kinds.js';
import { staleBefore } from '../../ties/age.js';
import type { Need } from '../../vocabulary/needs.js';
import type { GapOrganisation, GapTie } from './types.js';

/** Restricts an analysis to one dataset: ids starting with `idPrefix` (e.g. a synthetic preset). */
export interface AnalysisScope {
  idPrefix?: string | null;
}

interface OrganisationRow {
  id: string;
  kind: OrganisationKind;
  places: { municipality: string; region: string }[];
  swvId: string | null;
  offers: Need[];
}
type TieRow = { id: string; fromId: string; toId: string; lastConfirmedAt: string | null };

const snapshotQuery = cypher<
  { regionCode: string | null; idPrefix: string | null; staleBefore: string },
  {
    organisations: OrganisationRow[];
    ties: TieRow[];
    professionalTies: (TieRow & { fromKind: OrganisationKind; toKind: OrganisationKind })[];
    regionExists: boolean;
  }
>('analysis/gaps/snapshot');

/**
 * What the gap report reads, once (one query, `snapshot.cypher`), for one region or
 * (regionCode null) every RMC region: the organisations serving it, their active organisation
 * ties, and the stale professional ties of the people working there.
 */
export interface NetworkSnapshot {
  /** False only for a region code that names no region. */
  regionExists: boolean;
  organisations: OrganisationRow[];
  organisationTies: GapTie[];
  staleProfessionalTies: GapTie[];
}

export async function loadSnapshot(
  db: Database,
  regionCode: string | null,
  asOf: string,
  scope: AnalysisScope = {},
): Promise<NetworkSnapshot> {
  const idPrefix = scope.idPrefix ?? null;
  const [row] = await db.read(snapshotQuery, {
    regionCode,
    idPrefix,
    staleBefore: staleBefore(asOf),
  });
  const organisations = row?.organisations ?? [];
  const ties = row?.ties ?? [];
  const professionalTies = row?.professionalTies ?? [];
  const kindOf = new Map(organisations.map((o) => [o.id, o.kind]));
  const organisationTies: GapTie[] = ties.map((t) => ({
    ...t,
    type: 'ORGANISATION',
    fromKind: kindOf.get(t.fromId) ?? 'OTHER',
    toKind: kindOf.get(t.toId) ?? 'OTHER',
  }));
  const staleProfessionalTies: GapTie[] = professionalTies
    // A professional without a current job has no organisation to place the tie at.
    .filter((t) => t.fromId && t.toId)
    .filter((t) => !idPrefix || (t.fromId.startsWith(idPrefix) && t.toId.startsWith(idPrefix)))
    .map((t) => ({ ...t, type: 'PROFESSIONAL' }));
  return {
    regionExists: row?.regionExists ?? false,
    organisations,
    organisationTies,
    staleProfessionalTies,
  };
}

/** The organisations of one region, as the pure analyses take them. */
export function organisationsIn(snapshot: NetworkSnapshot, regionCode: string): GapOrganisation[] {
  const out: GapOrganisation[] = [];
  for (const o of snapshot.organisations) {
    const municipalityCodes = o.places
      .filter((p) => p.region === regionCode)
      .map((p) => p.municipality);
    if (municipalityCodes.length === 0) continue;
    out.push({ id: o.id, kind: o.kind, municipalityCodes, swvId: o.swvId, offers: o.offers });
  }
  return out;
}

/** Every region the snapshot's organisations serve. */
export function regionsOf(snapshot: NetworkSnapshot): string[] {
  return [...new Set(snapshot.organisations.flatMap((o) => o.places.map((p) => p.region)))].sort();
}
