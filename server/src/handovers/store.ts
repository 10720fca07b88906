import type { IdPage, Page } from '../cases/types.js';
import { cypher } from '../db/cypher.js';
import type { Database } from '../db/database.js';
import { inKeyOrder, listsInKeyOrder } from '../shared/key-order.js';
import type { HandoverStatus } from '../vocabulary/cases.js';
import type { JourneyOrganisation, JourneyStep } from './journey.js';
import type { HandoverFilter, HandoverShape } from './types.js';

type Ids = { ids: readonly string[] };

const byIdQuery = cypher<Ids, HandoverShape>('handovers/handovers-by-id');
const ofCasesQuery = cypher<Ids, { key: string; ids: string[] }>('handovers/handovers-of-cases');
const pageQuery = cypher<
  {
    statuses: readonly HandoverStatus[] | null;
    caseId: string | null;
    fromOrganisationId: string | null;
    toOrganisationId: string | null;
    viewerOrganisationId: string | null;
  } & Page,
  IdPage
>('handovers/handovers-page');
const journeyQuery = cypher<
  { caseId: string },
  { start: JourneyOrganisation | null; steps: JourneyStep[] }
>('handovers/journey');

export async function handoversById(db: Database, ids: readonly string[]) {
  return inKeyOrder(ids, await db.read(byIdQuery, { ids }), (row) => row.id);
}

/** Each case's handover ids, in the order they were requested. */
export async function handoverIdsOfCases(db: Database, ids: readonly string[]) {
  const rows = await db.read(ofCasesQuery, { ids });
  return listsInKeyOrder(
    ids,
    rows.map((row) => ({ key: row.key, items: row.ids })),
  );
}

/** A page of the handovers of cases the viewer's organisation is involved in (none without one). */
export async function handoversPage(
  db: Database,
  viewerOrganisationId: string | null,
  filter: HandoverFilter,
  page: Page,
) {
  const [row] = await db.read(pageQuery, {
    viewerOrganisationId,
    statuses: filter.statuses?.length ? filter.statuses : null,
    caseId: filter.caseId ?? null,
    fromOrganisationId: filter.fromOrganisationId ?? null,
    toOrganisationId: filter.toOrganisationId ?? null,
    ...page,
  });
  return row ?? { totalCount: 0, ids: [] };
}

/** The organisations a case went through, or null when there is no such case. */
export async function caseJourney(db: Database, caseId: string) {
  const [row] = await db.read(journeyQuery, { caseId });
  return row ?? null;
}
