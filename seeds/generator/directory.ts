import type { OrganisationKind } from '../../server/src/network/kinds.js';
import type { Role } from '../../server/src/vocabulary/roles.js';
import type { Random } from '../random.js';
import type { MunicipalityRow } from '../reference/read.js';
import type { SchoolTrack } from './organisations.js';
import type { OrganisationRow, ProfessionalRow } from './types.js';

/** Look-ups over a generated network, for ties, tables and case journeys. */
export class Directory {
  readonly byId = new Map<string, OrganisationRow>();
  readonly staff = new Map<string, ProfessionalRow[]>();
  readonly regionOf = new Map<string, string>();
  readonly municipality = new Map<string, MunicipalityRow>();
  private readonly byKindAndPlace = new Map<string, OrganisationRow[]>();

  constructor(
    organisations: readonly OrganisationRow[],
    readonly municipalities: readonly MunicipalityRow[],
    readonly track: ReadonlyMap<string, SchoolTrack>,
  ) {
    for (const m of municipalities) {
      this.regionOf.set(m.code, m.rmc_region_code);
      this.municipality.set(m.code, m);
    }
    for (const o of organisations) {
      this.byId.set(o.id, o);
      for (const code of o.municipalityCodes) {
        const key = `${o.kind}@${code}`;
        const list = this.byKindAndPlace.get(key);
        if (list) list.push(o);
        else this.byKindAndPlace.set(key, [o]);
      }
    }
  }

  addStaff(professionals: readonly ProfessionalRow[]) {
    for (const p of professionals) {
      const list = this.staff.get(p.organisationId);
      if (list) list.push(p);
      else this.staff.set(p.organisationId, [p]);
    }
  }

  /** Organisations of these kinds serving the municipality. */
  serving(code: string, ...kinds: OrganisationKind[]): readonly OrganisationRow[] {
    if (kinds.length === 1) return this.byKindAndPlace.get(`${kinds[0]}@${code}`) ?? [];
    return kinds.flatMap((kind) => this.byKindAndPlace.get(`${kind}@${code}`) ?? []);
  }

  /** Organisations of these kinds serving any municipality of the RMC region. */
  inRegion(regionCode: string, ...kinds: OrganisationKind[]): OrganisationRow[] {
    const seen = new Map<string, OrganisationRow>();
    for (const m of this.municipalities) {
      if (m.rmc_region_code !== regionCode) continue;
      for (const o of this.serving(m.code, ...kinds)) seen.set(o.id, o);
    }
    return [...seen.values()];
  }

  /** Organisations whose municipalities all lie in the region (its own, not national ones). */
  ownedBy(regionCode: string, ...kinds: OrganisationKind[]): OrganisationRow[] {
    return this.inRegion(regionCode, ...kinds).filter((o) =>
      o.municipalityCodes.every((code) => this.regionOf.get(code) === regionCode),
    );
  }

  /** A professional of the organisation, preferably in one of the roles; null if it has no staff. */
  professional(organisationId: string, random: Random, roles: readonly Role[] = []) {
    const staff = this.staff.get(organisationId) ?? [];
    const fitting = staff.filter((p) => roles.includes(p.role));
    const pool = fitting.length > 0 ? fitting : staff;
    return pool.length > 0 ? random.pick(pool) : null;
  }
}
