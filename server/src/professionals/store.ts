import { cypher } from '../db/cypher.js';
import type { Database } from '../db/database.js';
import { inKeyOrder, listsInKeyOrder } from '../shared/key-order.js';
import { toLuceneQuery } from '../shared/search.js';
import type { Need } from '../vocabulary/needs.js';
import type { Role } from '../vocabulary/roles.js';
import { toRole } from './role.js';
import type {
  EmploymentShape,
  ProfessionalFilter,
  ProfessionalOrder,
  ProfessionalShape,
  StoredProfessional,
} from './types.js';

type Ids = { ids: readonly string[] };
type PageParams = {
  roles: readonly Role[] | null;
  organisationId: string | null;
  municipalityCode: string | null;
  regionCode: string | null;
  expertise: readonly Need[] | null;
  includeArchived: boolean;
  search: string | null;
  sortKey: ProfessionalOrder['field'];
  descending: boolean;
  offset: number;
  limit: number;
};
type StoredPage = { totalCount: number; professionals: StoredProfessional[] };

const byIdQuery = cypher<Ids, { professional: StoredProfessional }>(
  'professionals/professionals-by-id',
);
const staffQuery = cypher<Ids, { key: string; professionals: StoredProfessional[] }>(
  'professionals/staff-of-organisations',
);
const employmentQuery = cypher<Ids, { key: string; employment: EmploymentShape[] }>(
  'professionals/employment-of-professionals',
);
const expertiseQuery = cypher<Ids, { key: string; expertise: Need[] }>(
  'professionals/expertise-of-professionals',
);
const pageQuery = cypher<PageParams, StoredPage>('professionals/professionals-page');
const searchPageQuery = cypher<PageParams, StoredPage>('professionals/professionals-search-page');

/** Converts a stored professional once, at the boundary: the role becomes a code. */
export const toShape = (stored: StoredProfessional): ProfessionalShape => ({
  ...stored,
  role: toRole(stored.role),
});

export async function professionalsById(db: Database, ids: readonly string[]) {
  const rows = await db.read(byIdQuery, { ids });
  return inKeyOrder(
    ids,
    rows.map((row) => toShape(row.professional)),
    (professional) => professional.id,
  );
}

/** The current, active staff of each organisation. */
export async function staffOfOrganisations(db: Database, ids: readonly string[]) {
  const rows = await db.read(staffQuery, { ids });
  return listsInKeyOrder(
    ids,
    rows.map((row) => ({ key: row.key, items: row.professionals.map(toShape) })),
  );
}

export async function employmentOfProfessionals(db: Database, ids: readonly string[]) {
  const rows = await db.read(employmentQuery, { ids });
  return listsInKeyOrder(
    ids,
    rows.map((row) => ({ key: row.key, items: row.employment })),
  );
}

export async function expertiseOfProfessionals(db: Database, ids: readonly string[]) {
  const rows = await db.read(expertiseQuery, { ids });
  return listsInKeyOrder(
    ids,
    rows.map((row) => ({ key: row.key, items: row.expertise })),
  );
}

export async function professionalsPage(
  db: Database,
  filter: ProfessionalFilter,
  order: ProfessionalOrder,
  page: { offset: number; limit: number },
) {
  const search = filter.search ? toLuceneQuery(filter.search) : null;
  const params: PageParams = {
    roles: filter.roles?.length ? filter.roles : null,
    organisationId: filter.organisationId ?? null,
    municipalityCode: filter.municipalityCode ?? null,
    regionCode: filter.regionCode ?? null,
    expertise: filter.expertise?.length ? filter.expertise : null,
    includeArchived: filter.includeArchived ?? false,
    search,
    sortKey: order.field,
    descending: order.direction === 'DESC',
    ...page,
  };
  const [row] = await db.read(search ? searchPageQuery : pageQuery, params);
  return {
    totalCount: row?.totalCount ?? 0,
    professionals: (row?.professionals ?? []).map(toShape),
  };
}
