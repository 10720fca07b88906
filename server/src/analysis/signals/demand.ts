import { z } from 'zod';
import { CaseCount, countIsShown } from '../../privacy/schema.js';
import { builder } from '../../schema/builder.js';
import { NeedEnum } from '../../vocabulary/schema.js';
import { shownWith, viewerOrganisation } from './counts.js';
import {
  type DemandReport,
  demandReport,
  type NeedDemand,
  type QuarterCount,
} from './demand-report.js';
import { demandRuleText } from './demand-rule.js';
import { asOfDay } from './periods.js';

const QuarterCountRef = builder.objectRef<QuarterCount>('QuarterCaseCount').implement({
  description: 'Cases opened in one calendar quarter.',
  fields: (t) => ({
    quarter: t.exposeString('label', { description: 'The quarter, e.g. 2026-Q3.' }),
    start: t.field({ type: 'Date', description: 'Its first day.', resolve: (q) => q.start }),
    end: t.field({ type: 'Date', description: 'Its last day.', resolve: (q) => q.end }),
    cases: t.expose('cases', { type: CaseCount, description: 'Cases opened in it.' }),
    complete: t.exposeBoolean('complete', { description: 'It ended on or before asOf.' }),
  }),
});

const NeedDemandRef = builder.objectRef<NeedDemand>('NeedDemand').implement({
  description: 'Demand for one need in a region over time.',
  fields: (t) => ({
    need: t.expose('need', { type: NeedEnum, description: 'The need.' }),
    quarters: t.field({
      type: [QuarterCountRef],
      description: 'Cases with the need per quarter, oldest first.',
      resolve: (n) => n.quarters,
    }),
    recent: t.expose('recent', { type: CaseCount, description: 'Cases in the last 12 months.' }),
    earlier: t.expose('earlier', { type: CaseCount, description: 'Cases in the 12 before.' }),
    growth: t.float({
      nullable: true,
      description: 'recent / earlier; null when a count is hidden or earlier is 0.',
      resolve: (n) => shownWith(n.growth, n.recent, n.earlier),
    }),
    pValue: t.float({
      nullable: true,
      description: 'One-sided binomial p of the rise; null when a count is hidden.',
      resolve: (n) => shownWith(n.pValue, n.recent, n.earlier),
    }),
    slope: t.float({
      nullable: true,
      description:
        'Least-squares slope over complete quarters (cases per quarter); null when a quarter is hidden.',
      resolve: (n) => (n.quarters.every((q) => countIsShown(q.cases)) ? n.slope : null),
    }),
    tested: t.exposeBoolean('tested', { description: 'Enough recent cases to be tested.' }),
    rising: t.exposeBoolean('rising', { description: 'Rising under the rule.' }),
  }),
});

const DemandReportRef = builder.objectRef<DemandReport>('NeedDemandReport').implement({
  description: 'Rising demand for needs in a region.',
  fields: (t) => ({
    regionCode: t.exposeString('regionCode', { description: 'The region.' }),
    asOf: t.field({ type: 'Date', description: 'Judged as of this day.', resolve: (r) => r.asOf }),
    rule: t.string({ description: 'The trend rule.', resolve: () => demandRuleText }),
    needs: t.field({
      type: [NeedDemandRef],
      description: 'Every need with cases in the period (rising ones first).',
      args: { risingOnly: t.arg.boolean({ defaultValue: false, description: 'Only rising.' }) },
      resolve: (r, args) =>
        r.needs
          .filter((n) => !args.risingOnly || n.rising)
          .sort((a, b) => Number(b.rising) - Number(a.rising) || a.need.localeCompare(b.need)),
    }),
  }),
});

builder.queryField('needDemand', (t) =>
  t.field({
    type: DemandReportRef,
    description: 'Signal: demand for a need rising in a region (cases with the need over time).',
    authScopes: { signedIn: true },
    args: {
      regionCode: t.arg.string({ required: true, description: 'An RMC region code, e.g. MC15.' }),
      asOf: t.arg({ type: 'Date', description: 'Judge as of this day; today (UTC) if not given.' }),
      needs: t.arg({ type: [NeedEnum], description: 'Only these needs; all if not given.' }),
      quarters: t.arg.int({
        defaultValue: 8,
        description: 'How many quarters to list, up to the one asOf lies in.',
        validate: z.number().int().min(1).max(40),
      }),
    },
    resolve: (_root, args, { db, viewer }) =>
      demandReport(db, args.regionCode, asOfDay(args.asOf), {
        needs: args.needs ?? null,
        quarterCount: args.quarters ?? 8,
        organisationId: viewerOrganisation(viewer),
      }),
  }),
);
