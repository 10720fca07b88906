import { cypher } from '../../db/cypher.js';
import { builder } from '../../schema/builder.js';
import type { Need } from '../../vocabulary/needs.js';
import { NeedEnum } from '../../vocabulary/schema.js';
import { asOfDay } from './periods.js';
import { SignalKindEnum } from './signal.js';
import type { SignalKind } from './signal-types.js';

interface Trend {
  quarter: string;
  kind: SignalKind;
  need: Need | null;
  raised: number;
  open: number;
  closed: number;
  regions: number;
}

const trendsQuery = cypher<{ asOf: string }, Trend>('analysis/signals/national-trends');

const SignalTrend = builder.objectRef<Trend>('SignalTrend').implement({
  description: 'Signals of all regions raised in one quarter, of one kind and need.',
  fields: (t) => ({
    quarter: t.exposeString('quarter', { description: 'The quarter raised, e.g. 2026-Q4.' }),
    kind: t.expose('kind', { type: SignalKindEnum, description: 'The pattern.' }),
    need: t.expose('need', { type: NeedEnum, nullable: true, description: 'The need, if any.' }),
    raised: t.exposeInt('raised', { description: 'Signals raised.' }),
    open: t.exposeInt('open', { description: 'Of those, not closed as of asOf.' }),
    closed: t.exposeInt('closed', { description: 'Of those, closed by asOf.' }),
    regions: t.exposeInt('regions', { description: 'In how many regions.' }),
  }),
});

builder.queryField('nationalSignalTrends', (t) =>
  t.field({
    type: [SignalTrend],
    description:
      'National trends for Ingrado: open and closed signals per quarter, kind and need, across regions. Administrators only.',
    authScopes: { admin: true },
    args: {
      asOf: t.arg({ type: 'Date', description: 'Up to this day; today (UTC) if not given.' }),
    },
    resolve: (_root, args, { db }) => db.read(trendsQuery, { asOf: asOfDay(args.asOf) }),
  }),
);
