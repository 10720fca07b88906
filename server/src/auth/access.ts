import DataLoader from 'dataloader';
import { cypher } from '../db/cypher.js';
import type { Database } from '../db/database.js';
import type { Viewer } from './viewer.js';

const casesInvolving = cypher<
  { caseIds: readonly string[]; organisationId: string },
  { id: string }
>('auth/cases-involving');
const handoverParties = cypher<
  { ids: readonly string[] },
  { id: string; caseId: string; toOrganisationId: string }
>('auth/handover-parties');
const organisationsInRegions = cypher<
  { ids: readonly string[]; regionCodes: readonly string[] },
  { id: string }
>('auth/organisations-in-regions');
const municipalitiesInRegions = cypher<
  { codes: readonly string[]; regionCodes: readonly string[] },
  { code: string }
>('auth/municipalities-in-regions');
const professionalOrganisations = cypher<
  { ids: readonly string[] },
  { id: string; organisationId: string }
>('auth/professional-organisations');
const tieOrganisations = cypher<
  { ids: readonly string[] },
  { id: string; organisationIds: string[] }
>('auth/tie-organisations');
const tableOrganisations = cypher<
  { ids: readonly string[] },
  { id: string; organisationIds: string[]; municipalityCodes: string[] }
>('auth/table-organisations');

/**
 * The access rules (issue 5), per request and batched:
 * - case data only for professionals of an organisation involved in the case;
 * - changes to the network only within one's own organisation, or one's regions for a
 *   regional coordinator; administrators (Ingrado) may change the whole network;
 * - nobody but those involved sees a case, administrators included.
 */
export function createAccess(db: Database, viewer: Viewer | null) {
  const organisationId = viewer?.organisationId ?? null;
  const regionCodes = viewer?.role === 'REGIONAL_COORDINATOR' ? viewer.regionCodes : [];
  // Made on first use: most requests check none of these rules (issue 8).
  const byKey = <K, V>(load: (keys: readonly K[]) => Promise<Map<K, V>>, missing: V) => {
    let loader: DataLoader<K, V> | undefined;
    return {
      load: (key: K) => {
        loader ??= new DataLoader<K, V>(async (keys) => {
          const found = await load(keys);
          return keys.map((k) => found.get(k) ?? missing);
        });
        return loader.load(key);
      },
    };
  };

  const involved = byKey<string, boolean>(async (caseIds) => {
    if (!organisationId) return new Map();
    const rows = await db.read(casesInvolving, { caseIds, organisationId });
    return new Map(rows.map((row) => [row.id, true]));
  }, false);
  const handovers = byKey<string, { caseId: string; toOrganisationId: string } | null>(
    async (ids) => new Map((await db.read(handoverParties, { ids })).map((row) => [row.id, row])),
    null,
  );
  const inMyRegions = byKey<string, boolean>(async (ids) => {
    if (regionCodes.length === 0) return new Map();
    const rows = await db.read(organisationsInRegions, { ids, regionCodes });
    return new Map(rows.map((row) => [row.id, true]));
  }, false);
  const employer = byKey<string, string | null>(
    async (ids) =>
      new Map(
        (await db.read(professionalOrganisations, { ids })).map((r) => [r.id, r.organisationId]),
      ),
    null,
  );
  const tieEnds = byKey<string, string[]>(
    async (ids) =>
      new Map((await db.read(tieOrganisations, { ids })).map((r) => [r.id, r.organisationIds])),
    [],
  );
  const tables = byKey<string, { organisationIds: string[]; municipalityCodes: string[] } | null>(
    async (ids) => new Map((await db.read(tableOrganisations, { ids })).map((r) => [r.id, r])),
    null,
  );

  const isAdmin = viewer?.role === 'ADMIN';
  const canEditOrganisation = async (id: string) =>
    isAdmin || id === organisationId || (await inMyRegions.load(id));
  const canEditAnyOrganisation = async (ids: readonly string[]) =>
    (await Promise.all(ids.map(canEditOrganisation))).some(Boolean);
  const municipalitiesAllInMyRegions = async (codes: readonly string[]) => {
    if (isAdmin) return true;
    if (regionCodes.length === 0 || codes.length === 0) return false;
    const rows = await db.read(municipalitiesInRegions, {
      codes: [...new Set(codes)],
      regionCodes,
    });
    return rows.length === new Set(codes).size;
  };

  const canEditProfessional = async (id: string) => {
    if (isAdmin || id === viewer?.professionalId) return true;
    const employerId = await employer.load(id);
    return employerId !== null && canEditOrganisation(employerId);
  };

  return {
    canReadCase: (caseId: string) => (organisationId ? involved.load(caseId) : false),
    canReadHandover: async (id: string) => {
      const parties = await handovers.load(id);
      return parties !== null && organisationId !== null && involved.load(parties.caseId);
    },
    isHandoverRecipient: async (id: string) =>
      organisationId !== null && (await handovers.load(id))?.toOrganisationId === organisationId,
    isOwnOrganisation: (id: string) => organisationId !== null && id === organisationId,
    canEditOrganisation,
    canEditProfessional,
    /** A new tie: may the viewer change either of its ends (organisations or professionals)? */
    canEditAnyEnd: async (ends: readonly { type: string; id: string }[]) =>
      (
        await Promise.all(
          ends.map((end) =>
            end.type === 'Organisation' ? canEditOrganisation(end.id) : canEditProfessional(end.id),
          ),
        )
      ).some(Boolean),
    canEditTie: async (id: string) => isAdmin || canEditAnyOrganisation(await tieEnds.load(id)),
    canEditTable: async (id: string) => {
      const table = await tables.load(id);
      if (!table) return isAdmin;
      return (
        (await canEditAnyOrganisation(table.organisationIds)) ||
        municipalitiesAllInMyRegions(table.municipalityCodes)
      );
    },
    canEditRegion: municipalitiesAllInMyRegions,
  };
}

export type Access = ReturnType<typeof createAccess>;
