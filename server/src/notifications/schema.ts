import { z } from 'zod';
import { Case } from '../cases/refs.js';
import { Organisation } from '../network/refs.js';
import { builder } from '../schema/builder.js';
import { markNotificationsRead, type NotificationShape, notificationsOf } from './store.js';

// What an organisation is told. Today: co-involvement, when another organisation registers a
// young person it already has an open case about (as in the Verwijsindex).

const NotificationKindEnum = builder.enumType('NotificationKind', {
  values: {
    CO_INVOLVEMENT: {
      description:
        'Another organisation registered the same young person: get in touch, and agree who coordinates.',
    },
  } as const,
});

const Notification = builder.objectRef<NotificationShape>('Notification').implement({
  description: 'A message for your organisation.',
  fields: (t) => ({
    id: t.exposeID('id'),
    kind: t.expose('kind', { type: NotificationKindEnum }),
    createdAt: t.field({ type: 'DateTime', resolve: (n) => n.createdAt }),
    readAt: t.field({ type: 'DateTime', nullable: true, resolve: (n) => n.readAt }),
    case: t.field({
      type: Case,
      nullable: true,
      description: 'Your own case it is about (null once the case is purged).',
      resolve: (n) => n.caseId,
    }),
    otherOrganisation: t.field({
      type: Organisation,
      nullable: true,
      description: 'The organisation also involved with the same young person.',
      resolve: (n) => n.otherOrganisationId,
    }),
  }),
});

const NotificationPage = builder
  .objectRef<{ totalCount: number; items: NotificationShape[] }>('NotificationPage')
  .implement({
    fields: (t) => ({
      totalCount: t.exposeInt('totalCount'),
      items: t.expose('items', { type: [Notification] }),
    }),
  });

builder.queryField('notifications', (t) =>
  t.field({
    type: NotificationPage,
    description: "Your organisation's notifications, newest first.",
    args: {
      unreadOnly: t.arg.boolean({ defaultValue: false, required: true }),
      first: t.arg.int({
        defaultValue: 20,
        required: true,
        validate: z.number().int().min(1).max(100),
      }),
      offset: t.arg.int({ defaultValue: 0, required: true, validate: z.number().int().min(0) }),
    },
    resolve: (_root, args, { db, viewer }) =>
      viewer?.organisationId
        ? notificationsOf(db, viewer.organisationId, {
            unreadOnly: args.unreadOnly,
            offset: args.offset,
            limit: args.first,
          })
        : { totalCount: 0, items: [] },
  }),
);

builder.mutationField('markNotificationsRead', (t) =>
  t.field({
    type: 'Int',
    description: 'Marks notifications of your organisation as read; returns how many are yours.',
    args: { ids: t.arg.idList({ required: true, validate: z.array(z.string()).max(100) }) },
    resolve: async (_root, { ids }, { db, viewer }) =>
      viewer?.organisationId
        ? (await markNotificationsRead(db, viewer.organisationId, ids.map(String))).length
        : 0,
  }),
);
