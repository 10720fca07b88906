import { Case } from '../../cases/refs.js';
import { Handover } from '../../handovers/refs.js';
import { Organisation } from '../../network/refs.js';
import { builder } from '../../schema/builder.js';
import { findingsFor, findingsReport } from './findings-schema.js';
import { asOfOrToday, requireRegion } from './inputs.js';
import {
  type PingPongRow,
  pingPongHandovers,
  type StalledRow,
  stalledHandovers,
  type UncoordinatedRow,
  uncoordinatedCases,
} from './store.js';
import { serviceLevelWorkingDays } from './working-days.js';

// Three findings about handovers in a region (issue 6): stalled handovers, ping-pong and cases
// with many parties and no coordinator. Counts for everyone; cases for those who may read them.

const StalledHandover = builder.objectRef<StalledRow>('StalledHandover').implement({
  description: `A handover still unanswered after more than ${serviceLevelWorkingDays} working days (Monday–Friday).`,
  fields: (t) => ({
    handover: t.field({
      type: Handover,
      description: 'The handover.',
      resolve: (r) => r.handoverId,
    }),
    case: t.field({ type: Case, description: 'Its case.', resolve: (r) => r.caseId }),
    from: t.field({ type: Organisation, description: 'Who asked.', resolve: (r) => r.fromId }),
    to: t.field({
      type: Organisation,
      description: 'Who has not answered.',
      resolve: (r) => r.toId,
    }),
    requestedAt: t.field({
      type: 'DateTime',
      description: 'When it was requested.',
      resolve: (r) => r.requestedAt,
    }),
    workingDaysWaiting: t.exposeInt('workingDaysWaiting', {
      description: 'Working days waited by `asOf`, the request day not counted.',
    }),
  }),
});

const PingPong = builder.objectRef<PingPongRow>('PingPongHandover').implement({
  description: 'A case sent from A to B and then back from B to A.',
  fields: (t) => ({
    case: t.field({ type: Case, description: 'The case.', resolve: (r) => r.caseId }),
    handovers: t.field({
      type: [Handover],
      description: 'The handover there (A → B) and the one back (B → A).',
      resolve: (r) => r.handoverIds,
    }),
    organisations: t.field({
      type: [Organisation],
      description: 'A and B.',
      resolve: (r) => r.organisationIds,
    }),
    returnedAt: t.field({
      type: 'DateTime',
      description: 'When the handover back was requested.',
      resolve: (r) => r.returnedAt,
    }),
  }),
});

const Uncoordinated = builder.objectRef<UncoordinatedRow>('UncoordinatedCase').implement({
  description:
    'An open case with three or more organisations involved and nobody holding the regie.',
  fields: (t) => ({
    case: t.field({ type: Case, description: 'The case.', resolve: (r) => r.caseId }),
    organisations: t.field({
      type: [Organisation],
      description: 'The organisations involved.',
      resolve: (r) => r.organisationIds,
    }),
    openedAt: t.field({
      type: 'Date',
      description: 'When it was opened.',
      resolve: (r) => r.openedAt,
    }),
  }),
});

const StalledReport = findingsReport('StalledHandoverReport', {
  description: 'Handovers past their service level in a region.',
  item: StalledHandover,
  itemsDescription: 'The stalled handovers, longest waiting first.',
  byOrganisationDescription: 'Cases waiting, per receiving organisation (the one to answer).',
});
const PingPongReport = findingsReport('PingPongReport', {
  description: 'Cases sent back where they came from, in a region.',
  item: PingPong,
  itemsDescription: 'Each A → B → A, latest return first.',
  byOrganisationDescription: 'Cases per organisation at either end.',
});
const UncoordinatedReport = findingsReport('UncoordinatedCaseReport', {
  description: 'Open cases with three or more organisations and no coordinator, in a region.',
  item: Uncoordinated,
  itemsDescription: 'The cases, opened longest ago first.',
  byOrganisationDescription: 'Cases per organisation involved.',
});

const regionArgs = builder.args((t) => ({
  regionCode: t.string({ required: true, description: 'The region, e.g. MC15.' }),
  asOf: t.field({
    type: 'Date',
    description: 'Judge as of the end of this day; default today (UTC).',
  }),
}));

builder.queryFields((t) => ({
  stalledHandovers: t.field({
    type: StalledReport,
    description: `Handovers unanswered after more than ${serviceLevelWorkingDays} working days in a region.`,
    args: regionArgs,
    resolve: async (_root, args, context) => {
      await requireRegion(context.db, args.regionCode);
      const asOf = asOfOrToday(args.asOf);
      const rows = await stalledHandovers(context.db, args.regionCode, asOf);
      rows.sort((a, b) => b.workingDaysWaiting - a.workingDaysWaiting);
      return findingsFor(context, { regionCode: args.regionCode, asOf }, rows, (r) => [r.toId]);
    },
  }),
  pingPongHandovers: t.field({
    type: PingPongReport,
    description: 'Cases handed from A to B and back to A in a region.',
    args: regionArgs,
    resolve: async (_root, args, context) => {
      await requireRegion(context.db, args.regionCode);
      const asOf = asOfOrToday(args.asOf);
      const rows = await pingPongHandovers(context.db, args.regionCode, asOf);
      rows.reverse();
      return findingsFor(
        context,
        { regionCode: args.regionCode, asOf },
        rows,
        (r) => r.organisationIds,
      );
    },
  }),
  uncoordinatedCases: t.field({
    type: UncoordinatedReport,
    description:
      'Open cases with three or more organisations involved and no coordinator in a region.',
    args: regionArgs,
    resolve: async (_root, args, context) => {
      await requireRegion(context.db, args.regionCode);
      const asOf = asOfOrToday(args.asOf);
      const rows = await uncoordinatedCases(context.db, args.regionCode, asOf);
      return findingsFor(
        context,
        { regionCode: args.regionCode, asOf },
        rows,
        (r) => r.organisationIds,
      );
    },
  }),
}));
