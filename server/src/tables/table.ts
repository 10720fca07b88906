import { Municipality } from '../geography/municipality.js';
import { RecordStatusEnum } from '../network/organisation.js';
import { Organisation, Professional } from '../network/refs.js';
import { builder } from '../schema/builder.js';
import { loadEnd, TieEnd } from '../ties/tie.js';
import { TableKindEnum } from '../vocabulary/schema.js';
import { membersOfTables, municipalitiesOfTables, tablesById, tablesOfNodes } from './store.js';
import type { MemberShape, TableShape } from './types.js';

const TableMember = builder.objectRef<MemberShape>('TableMember').implement({
  description: 'A seat at a consultation table.',
  fields: (t) => ({
    member: t.field({ type: TieEnd, resolve: (seat, _args, ctx) => loadEnd(ctx, seat) }),
    since: t.field({ type: 'Date', nullable: true, resolve: (seat) => seat.since }),
  }),
});

export const ConsultationTable = builder.loadableNode('ConsultationTable', {
  description: 'A table where partners meet about cases: ZAT, MDO, thuiszitterstafel, …',
  id: { resolve: (table: TableShape) => table.id },
  load: (ids: string[], { db }) => tablesById(db, ids),
  fields: (t) => ({
    name: t.exposeString('name'),
    kind: t.expose('kind', { type: TableKindEnum }),
    status: t.expose('status', { type: RecordStatusEnum }),
    source: t.exposeString('source', { nullable: true }),
    createdAt: t.field({ type: 'DateTime', nullable: true, resolve: (table) => table.createdAt }),
    updatedAt: t.field({ type: 'DateTime', nullable: true, resolve: (table) => table.updatedAt }),
    municipalities: t.loadableList({
      type: Municipality,
      description: 'The municipalities it works for.',
      load: (ids: string[], { db }) => municipalitiesOfTables(db, ids),
      resolve: (table) => table.id,
    }),
    members: t.loadableList({
      type: TableMember,
      description:
        'Who has a seat now (archived ones left out): organisations, then professionals, by name.',
      load: (ids: string[], { db }) => membersOfTables(db, ids),
      resolve: (table) => table.id,
    }),
  }),
});

builder.objectField(Organisation, 'tables', (t) =>
  t.loadableList({
    type: ConsultationTable,
    description: 'The active consultation tables it has a seat at.',
    load: (ids: string[], { db }) => tablesOfNodes(db, 'Organisation', ids),
    resolve: (organisation) => organisation.id,
  }),
);

builder.objectField(Professional, 'tables', (t) =>
  t.loadableList({
    type: ConsultationTable,
    description: 'The active consultation tables they have a seat at.',
    load: (ids: string[], { db }) => tablesOfNodes(db, 'Professional', ids),
    resolve: (professional) => professional.id,
  }),
);
