import { resolveOffsetConnection } from '@pothos/plugin-relay';
import { Municipality } from '../geography/municipality.js';
import { builder } from '../schema/builder.js';
import { organisationKinds, tieKinds } from './kinds.js';
import { Organisation, Professional } from './refs.js';
import {
  municipalitiesOfOrganisations,
  organisationsPage,
  professionalsOfOrganisations,
  tiesOfOrganisations,
} from './store.js';
import type { TieShape } from './types.js';

export const OrganisationKindEnum = builder.enumType('OrganisationKind', {
  values: organisationKinds,
});

export const TieKindEnum = builder.enumType('TieKind', {
  description:
    'Formal agreement, seat at the same consultation table, handover partner, or informal.',
  values: tieKinds,
});

const OrganisationTie = builder.objectRef<TieShape>('OrganisationTie');

Organisation.implement({
  description: 'A school, team, service or institution in the network.',
  fields: (t) => ({
    name: t.exposeString('name'),
    kind: t.expose('kind', { type: OrganisationKindEnum }),
    municipalities: t.loadableList({
      type: Municipality,
      description: 'The municipalities this organisation serves.',
      load: (ids: string[], { db }) => municipalitiesOfOrganisations(db, ids),
      resolve: (organisation) => organisation.id,
    }),
    professionals: t.loadableList({
      type: Professional,
      load: (ids: string[], { db }) => professionalsOfOrganisations(db, ids),
      resolve: (organisation) => organisation.id,
    }),
    ties: t.loadableList({
      type: OrganisationTie,
      description: 'Its neighbours in the network, with the kind of each tie.',
      load: (ids: string[], { db }) => tiesOfOrganisations(db, ids),
      resolve: (organisation) => organisation.id,
    }),
  }),
});

OrganisationTie.implement({
  fields: (t) => ({
    kind: t.expose('kind', { type: TieKindEnum }),
    organisation: t.field({ type: Organisation, resolve: (tie) => tie.organisation }),
  }),
});

const OrganisationFilter = builder.inputType('OrganisationFilter', {
  fields: (t) => ({
    municipalityCode: t.string({ description: 'CBS code of a municipality it serves.' }),
    regionCode: t.string({ description: 'Code of a region whose municipalities it serves.' }),
    kinds: t.field({ type: [OrganisationKindEnum] }),
  }),
});

builder.queryFields((t) => ({
  organisation: t.field({
    type: Organisation,
    nullable: true,
    description: 'One organisation by its global id.',
    args: { id: t.arg.globalID({ required: true, for: Organisation }) },
    resolve: (_root, { id }) => id.id,
  }),
  organisations: t.connection({
    type: Organisation,
    description: 'Organisations by name, filtered, a page at a time.',
    args: { filter: t.arg({ type: OrganisationFilter }) },
    resolve: async (_root, args, { db }) => {
      let totalCount = 0;
      const connection = await resolveOffsetConnection({ args }, async (page) => {
        const result = await organisationsPage(db, args.filter ?? {}, page);
        totalCount = result.totalCount;
        return result.organisations;
      });
      return { ...connection, totalCount };
    },
  }),
}));
