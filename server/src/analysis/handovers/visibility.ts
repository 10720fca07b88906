import { type CaseCountValue, caseCount } from '../../privacy/schema.js';

/** A count of cases at one organisation, under the small-count rule. */
export interface OrganisationCaseCount {
  organisationId: string;
  count: CaseCountValue;
}

/** What a viewer may see of a list of findings about cases. */
export interface VisibleFindings<Row> {
  /** Every finding, counted by case; exact only when the viewer may read every case. */
  total: CaseCountValue;
  /** Cases per organisation; exact where the viewer may read all of that organisation's. */
  byOrganisation: OrganisationCaseCount[];
  /** The findings about cases the viewer may read; the others are only counted. */
  readable: Row[];
}

/**
 * Splits findings into what a viewer may read (listed) and what they may only count: totals
 * and counts per organisation over distinct cases, each marked visible only when the viewer may
 * read every case behind it (`canReadCase`, the access rule; batched by its dataloader).
 */
export async function visibleFindings<Row extends { caseId: string }>(
  rows: readonly Row[],
  organisationsOf: (row: Row) => readonly string[],
  canReadCase: (caseId: string) => boolean | Promise<boolean>,
): Promise<VisibleFindings<Row>> {
  const caseIds = [...new Set(rows.map((row) => row.caseId))];
  const readable = new Set<string>();
  await Promise.all(
    caseIds.map(async (id) => {
      if (await canReadCase(id)) readable.add(id);
    }),
  );
  const casesAt = new Map<string, Set<string>>();
  for (const row of rows) {
    for (const organisationId of new Set(organisationsOf(row))) {
      const cases = casesAt.get(organisationId) ?? new Set<string>();
      cases.add(row.caseId);
      casesAt.set(organisationId, cases);
    }
  }
  const allReadable = (ids: Iterable<string>) => [...ids].every((id) => readable.has(id));
  const byOrganisation = [...casesAt.entries()]
    .map(([organisationId, cases]) => ({
      organisationId,
      count: caseCount(cases.size, allReadable(cases)),
    }))
    .sort(
      (a, b) => b.count.count - a.count.count || a.organisationId.localeCompare(b.organisationId),
    );
  return {
    total: caseCount(caseIds.length, allReadable(caseIds)),
    byOrganisation,
    readable: rows.filter((row) => readable.has(row.caseId)),
  };
}
