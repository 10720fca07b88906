import { Organisation } from '../../network/refs.js';
import { CaseCount } from '../../privacy/schema.js';
import { builder } from '../../schema/builder.js';
import {
  type CareSwitchReport,
  careSwitchReport,
  type Delays,
  type SchoolDelays,
} from './care-switch-report.js';
import { careSwitchRuleText } from './care-switch-rule.js';
import { shownWith, viewerOrganisation } from './counts.js';
import { asOfDay } from './periods.js';

const DelaysRef = builder.objectRef<Delays>('CareSwitchDelays').implement({
  description: 'Delays from care inside the school to care outside it, under the small-count rule.',
  fields: (t) => ({
    cases: t.expose('cases', { type: CaseCount, description: 'Cases that switched.' }),
    late: t.expose('late', { type: CaseCount, description: 'Of those, switched after the limit.' }),
    medianDays: t.float({
      nullable: true,
      description: 'Median days from care inside to care outside; null when the count is hidden.',
      resolve: (d) => shownWith(d.medianDays, d.cases),
    }),
    flagged: t.exposeBoolean('flagged', { description: 'Too late under the rule.' }),
  }),
});

const SchoolCareSwitch = builder.objectRef<SchoolDelays>('SchoolCareSwitch').implement({
  description: 'How long the cases of one school waited for care outside it.',
  fields: (t) => ({
    school: t.field({ type: Organisation, description: 'The school.', resolve: (s) => s.schoolId }),
    delays: t.field({ type: DelaysRef, description: 'Its delays.', resolve: (s) => s }),
  }),
});

const CareSwitchReportRef = builder.objectRef<CareSwitchReport>('CareSwitchReport').implement({
  description: 'Signal: the switch from care inside the school to care outside it, per school.',
  fields: (t) => ({
    regionCode: t.exposeString('regionCode', { description: 'The region.' }),
    asOf: t.field({ type: 'Date', description: 'Judged as of this day.', resolve: (r) => r.asOf }),
    rule: t.string({ description: 'The rule for a flag.', resolve: () => careSwitchRuleText }),
    delays: t.field({ type: DelaysRef, description: 'The whole region.', resolve: (r) => r }),
    schools: t.field({
      type: [SchoolCareSwitch],
      description: 'Every school with cases that switched (flagged ones first).',
      resolve: (r) =>
        [...r.schools].sort(
          (a, b) => Number(b.flagged) - Number(a.flagged) || a.schoolId.localeCompare(b.schoolId),
        ),
    }),
  }),
});

builder.queryField('careSwitchDelays', (t) =>
  t.field({
    type: CareSwitchReportRef,
    description: 'Signal: late switches from care inside the school to care outside it.',
    authScopes: { signedIn: true },
    args: {
      regionCode: t.arg.string({ required: true, description: 'An RMC region code, e.g. MC15.' }),
      asOf: t.arg({ type: 'Date', description: 'Judge as of this day; today (UTC) if not given.' }),
      months: t.arg.int({
        defaultValue: 24,
        description: 'Switches in this many months up to asOf.',
      }),
    },
    resolve: (_root, args, { db, viewer }) =>
      careSwitchReport(
        db,
        args.regionCode,
        asOfDay(args.asOf),
        args.months ?? 24,
        viewerOrganisation(viewer),
      ),
  }),
);
