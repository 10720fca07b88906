import { cypher } from '../../db/cypher.js';
import type { Database } from '../../db/database.js';
import type { OrganisationKind, TieKind } from '../../network/kinds.js';
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
type Ids = { ids: readonly string[]; idPrefix: string | null };
type TieRow = { id: string; fromId: string; toId: string; lastConfirmedAt: string | null };

const organisationsQuery = cypher<
  { regionCode: string | null; idPrefix: string | null },
  OrganisationRow
>('analysis/gaps/organisations');
const tiesQuery = cypher<Ids, TieRow & { kind: TieKind }>('analysis/gaps/organisation-ties');
const professionalTiesQuery = cypher<
  { ids: readonly string[]; staleBefore: string },
  TieRow & { fromKind: OrganisationKind; toKind: OrganisationKind }
>('analysis/gaps/stale-professional-ties');

/**
 * What the gap report reads, once, for one region or (regionCode null) every RMC region: the
 * organisations serving it, their active organisation ties, and the stale professional ties
 * of the people working there.
 */
export interface NetworkSnapshot {
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
  const organisations = await db.read(organisationsQuery, { regionCode, idPrefix });
  const ids = organisations.map((o) => o.id);
  const [ties, professionalTies] = await Promise.all([
    db.read(tiesQuery, { ids, idPrefix }),
    db.read(professionalTiesQuery, { ids, staleBefore: staleBefore(asOf) }),
  ]);
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
  return { organisations, organisationTies, staleProfessionalTies };
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
