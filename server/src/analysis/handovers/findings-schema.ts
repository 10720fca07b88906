import type { ObjectRef } from '@pothos/core';
import { Region } from '../../geography/refs.js';
import { Organisation } from '../../network/refs.js';
import { CaseCount } from '../../privacy/schema.js';
import { builder } from '../../schema/builder.js';
import type { Context } from '../../schema/context.js';
import type { OrganisationCaseCount, VisibleFindings } from './visibility.js';
import { visibleFindings } from './visibility.js';

// What the findings reports (stalled, ping-pong, uncoordinated) share: a region, the day judged,
// counts for everyone and a list of only the cases the viewer may read.

type BuilderTypes = typeof builder extends PothosSchemaTypes.SchemaBuilder<infer T> ? T : never;

export interface FindingsShape<Row> extends VisibleFindings<Row> {
  regionCode: string;
  asOf: string;
}

const OrganisationCaseCountRef = builder
  .objectRef<OrganisationCaseCount>('OrganisationCaseCount')
  .implement({
    description: 'How many cases of a finding concern one organisation (small-count rule).',
    fields: (t) => ({
      organisation: t.field({
        type: Organisation,
        description: 'The organisation.',
        resolve: (row) => row.organisationId,
      }),
      count: t.field({
        type: CaseCount,
        description: 'Its cases in the finding.',
        resolve: (row) => row.count,
      }),
    }),
  });

/** A report type: `items` lists the readable findings, `byOrganisation` counts as described. */
export function findingsReport<Row>(
  name: string,
  options: {
    description: string;
    item: ObjectRef<BuilderTypes, Row>;
    itemsDescription: string;
    byOrganisationDescription: string;
  },
) {
  return builder.objectRef<FindingsShape<Row>>(name).implement({
    description: options.description,
    fields: (t) => ({
      region: t.field({
        type: Region,
        description: 'The region whose cases (by municipality) are judged.',
        resolve: (report) => report.regionCode,
      }),
      asOf: t.field({
        type: 'Date',
        description: 'The day judged as of (its end).',
        resolve: (report) => report.asOf,
      }),
      total: t.field({
        type: CaseCount,
        description: 'Cases in the finding, in the whole region.',
        resolve: (report) => report.total,
      }),
      byOrganisation: t.field({
        type: [OrganisationCaseCountRef],
        description: options.byOrganisationDescription,
        resolve: (report) => report.byOrganisation,
      }),
      items: t.field({
        type: [options.item],
        description: `${options.itemsDescription} Only cases the viewer may read are listed; the others are only counted.`,
        resolve: (report) => report.readable,
      }),
    }),
  });
}

/** Runs a finding for a region and splits it by what the viewer may read. */
export async function findingsFor<Row extends { caseId: string }>(
  context: Context,
  args: { regionCode: string; asOf: string },
  rows: readonly Row[],
  organisationsOf: (row: Row) => readonly string[],
): Promise<FindingsShape<Row>> {
  const visible = await visibleFindings(rows, organisationsOf, (id) =>
    context.access.canReadCase(id),
  );
  return { regionCode: args.regionCode, asOf: args.asOf, ...visible };
}
