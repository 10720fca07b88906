import { Region } from '../../geography/refs.js';
import { OrganisationKindEnum } from '../../network/organisation.js';
import { Organisation } from '../../network/refs.js';
import { CaseCount, type CaseCountValue, caseCount, countIsShown } from '../../privacy/schema.js';
import { builder } from '../../schema/builder.js';
import {
  asOfOrToday,
  DatePeriodInput,
  type Period,
  periodOrYearBefore,
  requireRegion,
} from './inputs.js';
import { type FlowGrouping, type FlowRow, handoverFlows } from './store.js';

interface FlowShape extends FlowRow {
  by: FlowGrouping;
}
interface FlowReportShape {
  regionCode: string;
  by: FlowGrouping;
  period: Period;
  asOf: string;
  flows: FlowShape[];
}

const FlowGroupingEnum = builder.enumType('HandoverFlowGrouping', {
  description: 'What handover flows are counted between.',
  values: {
    ORGANISATION: { description: 'Each pair of organisations.' },
    KIND: { description: 'Each pair of organisation kinds.' },
  },
});

const casesOf = (flow: FlowShape): CaseCountValue =>
  caseCount(flow.cases, flow.visibleCases === flow.cases);
/** Rates and medians over a group whose case count is hidden are hidden too. */
const ifShown = <T>(flow: FlowShape, value: T): T | null =>
  countIsShown(casesOf(flow)) ? value : null;

const HandoverFlow = builder.objectRef<FlowShape>('HandoverFlow').implement({
  description: 'Handovers from one organisation (or kind) to another in a region and period.',
  fields: (t) => ({
    fromKind: t.expose('fromKind', {
      type: OrganisationKindEnum,
      description: 'The kind of the sending organisation.',
    }),
    toKind: t.expose('toKind', {
      type: OrganisationKindEnum,
      description: 'The kind of the receiving organisation.',
    }),
    from: t.field({
      type: Organisation,
      nullable: true,
      description: 'The sending organisation; null when flows are grouped by kind.',
      resolve: (flow) => (flow.by === 'ORGANISATION' ? flow.fromKey : null),
    }),
    to: t.field({
      type: Organisation,
      nullable: true,
      description: 'The receiving organisation; null when flows are grouped by kind.',
      resolve: (flow) => (flow.by === 'ORGANISATION' ? flow.toKey : null),
    }),
    handovers: t.field({
      type: CaseCount,
      description: 'Handovers requested (one case passing each).',
      resolve: (flow) => caseCount(flow.handovers, flow.visibleCases === flow.cases),
    }),
    cases: t.field({
      type: CaseCount,
      description: 'Distinct cases handed over.',
      resolve: casesOf,
    }),
    acceptanceRate: t.float({
      nullable: true,
      description:
        'Accepted of those answered (accepted or declined) by `asOf`, 0–1; null when none was answered or the case count is hidden.',
      resolve: (flow) => {
        const answered = flow.accepted + flow.declined;
        return ifShown(flow, answered === 0 ? null : flow.accepted / answered);
      },
    }),
    medianDaysToAccept: t.float({
      nullable: true,
      description:
        'Median days from request to acceptance (two decimals); null when none was accepted or the case count is hidden.',
      resolve: (flow) =>
        ifShown(
          flow,
          flow.medianDaysToAccept === null ? null : Math.round(flow.medianDaysToAccept * 100) / 100,
        ),
    }),
  }),
});

const HandoverFlowReport = builder.objectRef<FlowReportShape>('HandoverFlowReport').implement({
  description: 'The flows of handovers between organisations or kinds in a region.',
  fields: (t) => ({
    region: t.field({
      type: Region,
      description: 'The region whose cases (by municipality) are counted.',
      resolve: (report) => report.regionCode,
    }),
    by: t.expose('by', { type: FlowGroupingEnum, description: 'What the flows are between.' }),
    from: t.field({
      type: 'Date',
      description: 'First day of the period (requests).',
      resolve: (report) => report.period.from,
    }),
    to: t.field({
      type: 'Date',
      description: 'Last day of the period (requests).',
      resolve: (report) => report.period.to,
    }),
    asOf: t.field({
      type: 'Date',
      description: 'The day answers are judged as of.',
      resolve: (report) => report.asOf,
    }),
    flows: t.field({
      type: [HandoverFlow],
      description: 'Every flow with at least one handover, the largest first.',
      resolve: (report) => report.flows,
    }),
  }),
});

builder.queryField('handoverFlows', (t) =>
  t.field({
    type: HandoverFlowReport,
    description:
      'Handovers in a region between organisations or kinds: counts (small-count rule), acceptance rate and median days to accept.',
    args: {
      regionCode: t.arg.string({ required: true, description: 'The region, e.g. MC15.' }),
      by: t.arg({
        type: FlowGroupingEnum,
        required: true,
        defaultValue: 'ORGANISATION',
        description: 'Group by organisation or by kind.',
      }),
      period: t.arg({
        type: DatePeriodInput,
        description: 'Requests in this period; default the twelve months up to `asOf`.',
      }),
      asOf: t.arg({
        type: 'Date',
        description: 'Judge answers as of the end of this day; default today (UTC).',
      }),
    },
    resolve: async (_root, args, { db, viewer }) => {
      await requireRegion(db, args.regionCode);
      const asOf = asOfOrToday(args.asOf);
      const period = periodOrYearBefore(args.period, asOf);
      const rows = await handoverFlows(db, {
        regionCode: args.regionCode,
        by: args.by,
        period,
        asOf,
        organisationId: viewer?.organisationId ?? null,
      });
      return {
        regionCode: args.regionCode,
        by: args.by,
        period,
        asOf,
        flows: rows.map((row) => ({ ...row, by: args.by })),
      };
    },
  }),
);
