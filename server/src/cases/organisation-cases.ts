import { offsetForArgs, resolveOffsetConnection } from '@pothos/plugin-relay';
import { Organisation } from '../network/refs.js';
import { builder } from '../schema/builder.js';
import { CaseStatusEnum } from '../vocabulary/schema.js';
import { Case } from './refs.js';
import { casesOfOrganisations } from './store.js';

const OrganisationCasesConnection = builder.connectionObject({
  type: Case,
  name: 'OrganisationCasesConnection',
});

// Loaded per path, so that the organisations of one list share the same arguments and their
// cases come in one query, however many organisations there are.
builder.objectField(Organisation, 'cases', (t) =>
  t.loadable({
    type: OrganisationCasesConnection,
    description:
      'The cases this organisation and yours are both involved in, newest first: no one learns of other cases.',
    byPath: true,
    args: { ...t.arg.connectionArgs(), statuses: t.arg({ type: [CaseStatusEnum] }) },
    load: async (ids: string[], { db, viewer }, args) => {
      const { offset, limit } = offsetForArgs({ args });
      const pages = await casesOfOrganisations(
        db,
        viewer?.organisationId ?? null,
        ids,
        args.statuses,
        { offset, limit },
      );
      return Promise.all(
        pages.map(async (page) => ({
          ...(await resolveOffsetConnection({ args }, async () => page.ids)),
          totalCount: page.totalCount,
        })),
      );
    },
    resolve: (organisation) => organisation.id,
  }),
);
