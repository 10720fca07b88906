import { Municipality } from '../geography/municipality.js';
import { builder } from '../schema/builder.js';
import { NeedEnum } from '../vocabulary/schema.js';
import { organisationKinds, tieKinds } from './kinds.js';
import { membersOfSwvs, swvOfSchools } from './organisation-store.js';
import { Organisation } from './refs.js';
import { municipalitiesOfOrganisations } from './store.js';

export const OrganisationKindEnum = builder.enumType('OrganisationKind', {
  values: organisationKinds,
});

export const TieKindEnum = builder.enumType('TieKind', {
  description:
    'Formal agreement, seat at the same consultation table, handover partner, or informal.',
  values: tieKinds,
});

export const RecordStatusEnum = builder.enumType('RecordStatus', {
  description: 'Records are archived, never deleted (except by the privacy purge).',
  values: ['ACTIVE', 'ARCHIVED'] as const,
});

Organisation.implement({
  description: 'A school, team, service or institution in the network.',
  fields: (t) => ({
    name: t.exposeString('name'),
    kind: t.expose('kind', { type: OrganisationKindEnum }),
    status: t.expose('status', { type: RecordStatusEnum }),
    brin: t.exposeString('brin', { nullable: true, description: "A school's BRIN code." }),
    kvk: t.exposeString('kvk', { nullable: true, description: 'Chamber of Commerce number.' }),
    swvCode: t.exposeString('swvCode', {
      nullable: true,
      description: "A samenwerkingsverband's code, e.g. VO2601.",
    }),
    source: t.exposeString('source', {
      nullable: true,
      description: 'Where the record came from.',
    }),
    createdAt: t.field({ type: 'DateTime', nullable: true, resolve: (o) => o.createdAt }),
    updatedAt: t.field({ type: 'DateTime', nullable: true, resolve: (o) => o.updatedAt }),
    municipalities: t.loadableList({
      type: Municipality,
      description: 'The municipalities this organisation serves.',
      load: (ids: string[], { db }) => municipalitiesOfOrganisations(db, ids),
      resolve: (organisation) => organisation.id,
    }),
    offers: t.field({
      type: [NeedEnum],
      description: 'What it offers, in the vocabulary cases use for their needs.',
      resolve: (organisation) => [...organisation.offers].sort(),
    }),
    samenwerkingsverband: t.loadable({
      type: Organisation,
      nullable: true,
      description: 'For a school: its samenwerkingsverband passend onderwijs.',
      load: (ids: string[], { db }) => swvOfSchools(db, ids),
      resolve: (organisation) => organisation.id,
    }),
    memberSchools: t.loadableList({
      type: Organisation,
      description: 'For a samenwerkingsverband: its member schools.',
      load: async (ids: string[], { db }) => membersOfSwvs(db, ids),
      resolve: (organisation) => organisation.id,
    }),
  }),
});
