import { cypher } from '../../db/cypher.js';
import type { Database } from '../../db/database.js';
import { CaseCount, type CaseCountValue } from '../../privacy/schema.js';
import { builder } from '../../schema/builder.js';
import { counted, shownWith, viewerOrganisation } from './counts.js';
import { asOfDay, monthsBefore } from './periods.js';

type Params = { regionCode: string; from: string; asOf: string; organisationId: string | null };
const precursorsQuery = cypher<
  Params,
  {
    type: PrecursorType;
    code: string;
    dropouts: number;
    visibleDropouts: number;
    medianLeadDays: number;
  }
>('analysis/signals/dropout-precursors');
const totalsQuery = cypher<
  Params,
  { dropouts: number; visibleDropouts: number; preceded: number; visiblePreceded: number }
>('analysis/signals/dropout-totals');

const precursorTypes = ['CASE_KIND', 'RISK_INDICATOR', 'NEED', 'HANDOVER'] as const;
type PrecursorType = (typeof precursorTypes)[number];

interface Precursor {
  type: PrecursorType;
  code: string;
  dropouts: CaseCountValue;
  medianLeadDays: number;
  share: number;
}
interface PrecursorReport {
  regionCode: string;
  from: string;
  asOf: string;
  dropouts: CaseCountValue;
  preceded: CaseCountValue;
  precursors: Precursor[];
}

const PrecursorTypeEnum = builder.enumType('PrecursorType', {
  description: 'What kind of earlier signal.',
  values: {
    CASE_KIND: { description: 'An earlier case of this kind (e.g. RELATIEF_VERZUIM).' },
    RISK_INDICATOR: { description: 'A risk indicator on an earlier case.' },
    NEED: { description: 'A need on an earlier case.' },
    HANDOVER: { description: 'A handover with this reason in an earlier case.' },
  },
});

const PrecursorRef = builder.objectRef<Precursor>('DropoutPrecursor').implement({
  description: 'An earlier signal that dropouts had, and how long before.',
  fields: (t) => ({
    type: t.expose('type', { type: PrecursorTypeEnum, description: 'What kind of signal.' }),
    code: t.exposeString('code', {
      description: 'Its code: a case kind, indicator, need or reason.',
    }),
    dropouts: t.expose('dropouts', { type: CaseCount, description: 'Dropouts that had it.' }),
    share: t.float({
      nullable: true,
      description: 'Of all dropouts in the period; null when a count is hidden.',
      resolve: (p) => shownWith(p.share, p.dropouts),
    }),
    medianLeadDays: t.float({
      nullable: true,
      description: 'Median days from its first occurrence to the dropout; null when hidden.',
      resolve: (p) => shownWith(p.medianLeadDays, p.dropouts),
    }),
  }),
});

const PrecursorReportRef = builder.objectRef<PrecursorReport>('DropoutPrecursorReport').implement({
  description: 'Signal: for dropouts (VSV cases), which earlier signals the same young person had.',
  fields: (t) => ({
    regionCode: t.exposeString('regionCode', { description: 'The region.' }),
    from: t.field({ type: 'Date', description: 'Dropouts from this day.', resolve: (r) => r.from }),
    asOf: t.field({ type: 'Date', description: 'Up to this day.', resolve: (r) => r.asOf }),
    dropouts: t.expose('dropouts', { type: CaseCount, description: 'VSV cases in the period.' }),
    preceded: t.expose('preceded', {
      type: CaseCount,
      description: 'Of those, with at least one earlier case of the same young person.',
    }),
    precursors: t.field({
      type: [PrecursorRef],
      description: 'Earlier signals, most frequent first.',
      resolve: (r) => r.precursors,
    }),
  }),
});

async function precursorReport(db: Database, params: Params & { regionCode: string }) {
  const [rows, [totals]] = await Promise.all([
    db.read(precursorsQuery, params),
    db.read(totalsQuery, params),
  ]);
  const all = totals?.dropouts ?? 0;
  return {
    regionCode: params.regionCode,
    from: params.from,
    asOf: params.asOf,
    dropouts: counted(all, totals?.visibleDropouts ?? 0),
    preceded: counted(totals?.preceded ?? 0, totals?.visiblePreceded ?? 0),
    precursors: rows.map((row) => ({
      type: row.type,
      code: row.code,
      dropouts: counted(row.dropouts, row.visibleDropouts),
      medianLeadDays: row.medianLeadDays,
      share: all > 0 ? row.dropouts / all : 0,
    })),
  };
}

builder.queryField('dropoutPrecursors', (t) =>
  t.field({
    type: PrecursorReportRef,
    description: 'Signal: earlier signals before dropout (absence cases, handovers, needs).',
    authScopes: { signedIn: true },
    args: {
      regionCode: t.arg.string({ required: true, description: 'An RMC region code, e.g. MC15.' }),
      asOf: t.arg({ type: 'Date', description: 'Up to this day; today (UTC) if not given.' }),
      months: t.arg.int({ defaultValue: 24, description: 'Dropouts in this many months to asOf.' }),
    },
    resolve: (_root, args, { db, viewer }) => {
      const asOf = asOfDay(args.asOf);
      return precursorReport(db, {
        regionCode: args.regionCode,
        from: monthsBefore(asOf, Math.max(1, Math.min(args.months ?? 24, 120))),
        asOf,
        organisationId: viewerOrganisation(viewer),
      });
    },
  }),
);
