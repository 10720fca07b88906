import { z } from 'zod';
import { BadUserInputError } from '../../errors.js';
import { Region } from '../../geography/refs.js';
import { RegionKindEnum } from '../../geography/region.js';
import { regionsOfKind } from '../../geography/store.js';
import { builder } from '../../schema/builder.js';
import { asOfOrToday, DatePeriodInput, monthsBefore, requireRegion } from '../handovers/inputs.js';
import { NetworkAnalysis } from './analysis.js';
import { compareRegions, type RegionComparisonRow } from './comparison.js';
import { type GrowthStep, growthSteps, maxGrowthSteps, networkGrowth } from './growth.js';
import { networkHistory } from './network-store.js';
import { NetworkMetrics } from './schema.js';

const regionCode = z.string().trim().min(1).max(20);

const RegionComparison = builder
  .objectRef<RegionComparisonRow>('RegionNetworkComparison')
  .implement({
    description: 'One region’s network metrics, a row of the table comparing regions.',
    fields: (t) => ({
      region: t.field({
        type: Region,
        description: 'The region.',
        resolve: (row) => row.regionCode,
      }),
      metrics: t.field({
        type: NetworkMetrics,
        description: 'Its network’s metrics (communities and betweenness computed when asked).',
        resolve: (row) => row.analysis,
      }),
    }),
  });

const GrowthIntervalEnum = builder.enumType('GrowthInterval', {
  description: 'The steps network growth is counted in.',
  values: ['MONTH', 'QUARTER'] as const,
});

const GrowthStepRef = builder.objectRef<GrowthStep>('NetworkGrowthStep').implement({
  description: 'The network at the end of a month or quarter, and what changed during it.',
  fields: (t) => ({
    start: t.field({
      type: 'Date',
      description: 'First day of the step.',
      resolve: (s) => s.start,
    }),
    end: t.field({ type: 'Date', description: 'Last day of the step.', resolve: (s) => s.end }),
    organisations: t.exposeInt('organisations', { description: 'Organisations on the last day.' }),
    tiedPairs: t.exposeInt('tiedPairs', {
      description: 'Pairs of organisations tied on the last day.',
    }),
    organisationsJoined: t.exposeInt('organisationsJoined', {
      description: 'Organisations registered during the step.',
    }),
    tiesStarted: t.exposeInt('tiesStarted', { description: 'Ties asserted during the step.' }),
    tiesEnded: t.exposeInt('tiesEnded', { description: 'Ties archived during the step.' }),
  }),
});

builder.queryFields((t) => ({
  networkMetrics: t.field({
    type: NetworkMetrics,
    description:
      'Degree, betweenness, communities, brokers between sectors and density of a region’s network (or the country’s) as it was on a day.',
    args: {
      regionCode: t.arg.string({
        validate: regionCode.nullish(),
        description: 'The region, e.g. MC15; null: the whole country.',
      }),
      asOf: t.arg({
        type: 'Date',
        description: 'The network as it was at the end of this day; default today (UTC).',
      }),
    },
    resolve: async (_root, args, { db }) => {
      if (args.regionCode) await requireRegion(db, args.regionCode);
      const history = await networkHistory(db, {
        regionCode: args.regionCode ?? null,
        regionKind: null,
      });
      return new NetworkAnalysis(history, args.regionCode ?? null, asOfOrToday(args.asOf));
    },
  }),
  regionNetworkComparison: t.field({
    type: [RegionComparison],
    description: 'The network metrics of every region of a kind side by side, on one day.',
    args: {
      kind: t.arg({
        type: RegionKindEnum,
        required: true,
        defaultValue: 'RMC',
        description: 'Which regions.',
      }),
      asOf: t.arg({
        type: 'Date',
        description: 'The networks as they were at the end of this day; default today (UTC).',
      }),
    },
    resolve: async (_root, args, { db }) => {
      const [regions, history] = await Promise.all([
        regionsOfKind(db, args.kind),
        networkHistory(db, { regionCode: null, regionKind: args.kind }),
      ]);
      return compareRegions(
        history,
        regions.map((r) => r.code),
        asOfOrToday(args.asOf),
      );
    },
  }),
  networkGrowth: t.field({
    type: [GrowthStepRef],
    description: 'How a region’s network (or the country’s) grew, per month or quarter.',
    args: {
      regionCode: t.arg.string({
        validate: regionCode.nullish(),
        description: 'The region; null: the whole country.',
      }),
      interval: t.arg({
        type: GrowthIntervalEnum,
        required: true,
        defaultValue: 'QUARTER',
        description: 'Month or quarter.',
      }),
      period: t.arg({
        type: DatePeriodInput,
        description: 'Default: the five years up to `asOf`.',
      }),
      asOf: t.arg({ type: 'Date', description: 'End of the default period; default today (UTC).' }),
    },
    resolve: async (_root, args, { db }) => {
      if (args.regionCode) await requireRegion(db, args.regionCode);
      const asOf = asOfOrToday(args.asOf);
      const period = args.period ?? { from: monthsBefore(asOf, 60), to: asOf };
      if (growthSteps(period.from, period.to, args.interval).length > maxGrowthSteps) {
        throw new BadUserInputError(
          `At most ${maxGrowthSteps} steps: shorten the period or count by quarter.`,
        );
      }
      const history = await networkHistory(db, {
        regionCode: args.regionCode ?? null,
        regionKind: null,
      });
      return networkGrowth(history, period.from, period.to, args.interval);
    },
  }),
}));
