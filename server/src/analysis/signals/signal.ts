import { resolveOffsetConnection } from '@pothos/plugin-relay';
import { Region } from '../../geography/refs.js';
import { Organisation, Professional } from '../../network/refs.js';
import { builder } from '../../schema/builder.js';
import { ConsultationTable } from '../../tables/table.js';
import { NeedEnum } from '../../vocabulary/schema.js';
import { commentsOfSignals, signalsById, signalsPage } from './signal-store.js';
import {
  type AgendaItem,
  type CommentShape,
  type SignalShape,
  signalKinds,
  signalOrigins,
  signalStatuses,
} from './signal-types.js';

export const SignalKindEnum = builder.enumType('SignalKind', {
  description: 'What pattern a signal is about.',
  values: signalKinds,
});
export const SignalStatusEnum = builder.enumType('SignalStatus', {
  description: 'OPEN → ON_AGENDA → CLOSED.',
  values: signalStatuses,
});
const SignalOriginEnum = builder.enumType('SignalOrigin', {
  description: 'Computed from the analyses, or raised by a professional.',
  values: signalOrigins,
});

const AgendaItemRef = builder.objectRef<AgendaItem>('SignalAgendaItem').implement({
  description: 'Where a signal is on the agenda: a consultation table or a region.',
  fields: (t) => ({
    table: t.field({
      type: ConsultationTable,
      nullable: true,
      description: 'The consultation table, if on a table.',
      resolve: (item) => item.tableId,
    }),
    region: t.field({
      type: Region,
      nullable: true,
      description: 'The region, if on the region.',
      resolve: (item) => item.regionCode,
    }),
    since: t.field({ type: 'DateTime', description: 'Since when.', resolve: (i) => i.since }),
  }),
});

const SignalComment = builder.objectRef<CommentShape>('SignalComment').implement({
  description: 'A comment on a signal.',
  fields: (t) => ({
    id: t.exposeID('id', { description: 'Its id.' }),
    text: t.exposeString('text', {
      description: 'What was said (about the pattern, never a person).',
    }),
    at: t.field({ type: 'DateTime', description: 'When.', resolve: (c) => c.at }),
    author: t.field({
      type: Professional,
      nullable: true,
      description: 'Who wrote it, if a professional.',
      resolve: (c) => c.authorId,
    }),
  }),
});

export const Signal = builder.loadableNode('Signal', {
  description: 'A pattern across cases, computed or raised, followed until closed.',
  id: { resolve: (signal: SignalShape) => signal.id },
  load: (ids: string[], { db }) => signalsById(db, ids),
  fields: (t) => ({
    kind: t.expose('kind', { type: SignalKindEnum, description: 'The pattern.' }),
    origin: t.expose('origin', { type: SignalOriginEnum, description: 'Computed or raised.' }),
    title: t.exposeString('title', { description: 'A short title.' }),
    description: t.exposeString('description', { nullable: true, description: 'What it is.' }),
    status: t.expose('status', { type: SignalStatusEnum, description: 'Where it stands.' }),
    region: t.field({ type: Region, description: 'Its region.', resolve: (s) => s.regionCode }),
    need: t.expose('need', { type: NeedEnum, nullable: true, description: 'The need concerned.' }),
    school: t.field({
      type: Organisation,
      nullable: true,
      description: 'The school concerned.',
      resolve: (s) => s.schoolId,
    }),
    raisedBy: t.field({
      type: Professional,
      nullable: true,
      description: 'Who raised or materialised it, if a professional.',
      resolve: (s) => s.raisedById,
    }),
    asOf: t.field({
      type: 'Date',
      nullable: true,
      description: 'For a computed signal: the day the analysis judged.',
      resolve: (s) => s.asOf,
    }),
    endorsementCount: t.int({
      description: 'How many endorsed it.',
      resolve: (s) => s.endorserIds.length,
    }),
    endorsedBy: t.field({
      type: [Professional],
      description: 'Who endorsed it, first first.',
      resolve: (s) => s.endorserIds,
    }),
    agenda: t.field({
      type: [AgendaItemRef],
      description: 'Where it was put on the agenda.',
      resolve: (s) => s.agenda,
    }),
    comments: t.loadableList({
      type: SignalComment,
      description: 'Comments, oldest first.',
      load: (ids: string[], { db }) => commentsOfSignals(db, ids),
      resolve: (s) => s.id,
    }),
    closingNote: t.exposeString('closingNote', {
      nullable: true,
      description: 'Why it was closed.',
    }),
    createdAt: t.field({
      type: 'DateTime',
      description: 'Raised at.',
      resolve: (s) => s.createdAt,
    }),
    updatedAt: t.field({
      type: 'DateTime',
      description: 'Last changed.',
      resolve: (s) => s.updatedAt,
    }),
    closedAt: t.field({
      type: 'DateTime',
      nullable: true,
      description: 'Closed at.',
      resolve: (s) => s.closedAt,
    }),
  }),
});

const SignalFilter = builder.inputType('SignalFilter', {
  description: 'Which signals to list.',
  fields: (t) => ({
    regionCode: t.string({ description: 'Of this region only.' }),
    statuses: t.field({ type: [SignalStatusEnum], description: 'In these statuses only.' }),
    kinds: t.field({ type: [SignalKindEnum], description: 'Of these kinds only.' }),
  }),
});

builder.queryField('signals', (t) =>
  t.connection({
    type: Signal,
    description: 'Signals, newest first. Signals hold patterns only, never case data.',
    authScopes: { signedIn: true },
    args: { filter: t.arg({ type: SignalFilter, description: 'Which signals.' }) },
    resolve: async (_root, args, { db }) => {
      let totalCount = 0;
      const connection = await resolveOffsetConnection({ args }, async (page) => {
        const result = await signalsPage(db, args.filter ?? {}, page);
        totalCount = result.totalCount;
        return result.ids;
      });
      return { ...connection, totalCount };
    },
  }),
);
