import { Organisation } from '../../network/refs.js';
import { CaseCount } from '../../privacy/schema.js';
import { builder } from '../../schema/builder.js';
import { shownWith, viewerOrganisation } from './counts.js';
import { dropoutRuleText } from './dropout-rule.js';
import { asOfDay } from './periods.js';
import {
  type SchoolDropout,
  type TransferCohort,
  type TransferDropoutReport,
  transferDropoutReport,
} from './transfer-dropout-report.js';

const TransferCohortRef = builder.objectRef<TransferCohort>('TransferCohort').implement({
  description: "One year's warm VO → MBO transfers of a school and its first-MBO-year dropouts.",
  fields: (t) => ({
    year: t.exposeInt('year', { description: 'The year of the warm handover (MBO start).' }),
    transfers: t.expose('transfers', { type: CaseCount, description: 'Warm transfers.' }),
    dropouts: t.expose('dropouts', {
      type: CaseCount,
      description: 'Of those, dropouts (VSV at an MBO) in their first MBO year so far.',
    }),
    complete: t.exposeBoolean('complete', {
      description: 'The first MBO year (to 31 July) lies wholly before asOf.',
    }),
  }),
});

const SchoolTransferDropout = builder.objectRef<SchoolDropout>('SchoolTransferDropout').implement({
  description: 'A sending school: its cohorts, complete-cohort totals and whether it stands out.',
  fields: (t) => ({
    school: t.field({
      type: Organisation,
      description: 'The sending VO school or praktijkschool.',
      resolve: (s) => s.schoolId,
    }),
    cohorts: t.field({
      type: [TransferCohortRef],
      description: 'Per year, oldest first.',
      resolve: (s) => s.cohorts,
    }),
    transfers: t.expose('transfers', { type: CaseCount, description: 'Complete cohorts.' }),
    dropouts: t.expose('dropouts', { type: CaseCount, description: 'Complete cohorts.' }),
    rate: t.float({
      nullable: true,
      description: 'Dropouts per transfer (complete cohorts); null when a count is hidden.',
      resolve: (s) => shownWith(s.rate, s.transfers, s.dropouts),
    }),
    baselineTransfers: t.expose('baselineTransferCount', {
      type: CaseCount,
      description: "Every other school's complete-cohort transfers in the region.",
    }),
    baselineDropouts: t.expose('baselineDropoutCount', {
      type: CaseCount,
      description: "Every other school's complete-cohort dropouts in the region.",
    }),
    baselineRate: t.float({
      nullable: true,
      description: 'The pooled rate of every other school; null when a count is hidden.',
      resolve: (s) => shownWith(s.baselineRate, s.baselineTransferCount, s.baselineDropoutCount),
    }),
    pValue: t.float({
      nullable: true,
      description: 'One-sided binomial p of this many dropouts at the baseline rate.',
      resolve: (s) =>
        shownWith(
          s.pValue,
          s.transfers,
          s.dropouts,
          s.baselineTransferCount,
          s.baselineDropoutCount,
        ),
    }),
    tested: t.exposeBoolean('tested', {
      description: 'Large enough to be tested (see the rule).',
    }),
    flagged: t.exposeBoolean('flagged', {
      description: 'Far above the baseline under the rule.',
    }),
  }),
});

const TransferDropoutReportRef = builder
  .objectRef<TransferDropoutReport>('TransferDropoutReport')
  .implement({
    description: 'Dropout after the warm VO → MBO transfer, per sending school of a region.',
    fields: (t) => ({
      regionCode: t.exposeString('regionCode', { description: 'The region.' }),
      asOf: t.field({
        type: 'Date',
        description: 'Judged as of this day.',
        resolve: (r) => r.asOf,
      }),
      rule: t.string({
        description: 'The statistical rule for a flag.',
        resolve: () => dropoutRuleText,
      }),
      transfers: t.expose('transfers', {
        type: CaseCount,
        description: 'Complete-cohort transfers of every school.',
      }),
      dropouts: t.expose('dropouts', {
        type: CaseCount,
        description: 'Complete-cohort dropouts of every school.',
      }),
      schools: t.field({
        type: [SchoolTransferDropout],
        description: 'Every sending school with transfers (flagged ones first).',
        args: { flaggedOnly: t.arg.boolean({ defaultValue: false, description: 'Only flagged.' }) },
        resolve: (r, args) =>
          [...r.schools]
            .filter((s) => !args.flaggedOnly || s.flagged)
            .sort(
              (a, b) =>
                Number(b.flagged) - Number(a.flagged) || a.schoolId.localeCompare(b.schoolId),
            ),
      }),
    }),
  });

builder.queryField('transferDropout', (t) =>
  t.field({
    type: TransferDropoutReportRef,
    description:
      'Signal: pupils of a school dropping out in their first MBO year after the warm transfer.',
    authScopes: { signedIn: true },
    args: {
      regionCode: t.arg.string({ required: true, description: 'An RMC region code, e.g. MC15.' }),
      asOf: t.arg({ type: 'Date', description: 'Judge as of this day; today (UTC) if not given.' }),
    },
    resolve: (_root, args, { db, viewer }) =>
      transferDropoutReport(db, args.regionCode, asOfDay(args.asOf), viewerOrganisation(viewer)),
  }),
);
