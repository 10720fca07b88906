import { Municipality, Region } from '../../geography/refs.js';
import { Organisation } from '../../network/refs.js';
import { builder } from '../../schema/builder.js';
import { Tie } from '../../ties/tie.js';
import { GapSeverityEnum } from '../template/schema.js';
import { asOfDescription, asOfOrToday, regionCodeRule } from './args.js';
import { nationalGapSummary, regionGapReport } from './report.js';
import type {
  GapSummaryShape,
  MissingTieItem,
  RegionGapReportShape,
  StaleTieItem,
} from './types.js';

const TieTypeEnum = builder.enumType('GapTieType', {
  description: 'A tie between organisations, or between professionals of two organisations.',
  values: ['ORGANISATION', 'PROFESSIONAL'] as const,
});

const MissingTie = builder.objectRef<MissingTieItem>('MissingTie').implement({
  description:
    'A pair of organisations the expected-collaboration template expects to be tied, with no active tie of any kind between them. Its severity is that of its most severe rule.',
  fields: (t) => ({
    ruleCode: t.exposeString('ruleCode', { description: 'The most severe rule expecting it.' }),
    ruleCodes: t.exposeStringList('ruleCodes', { description: 'Every rule expecting it.' }),
    severity: t.expose('severity', { type: GapSeverityEnum, description: "The rule's severity." }),
    from: t.field({
      type: Organisation,
      description: "The rule's from side.",
      resolve: (m) => m.fromId,
    }),
    to: t.field({ type: Organisation, description: "The rule's to side.", resolve: (m) => m.toId }),
    commonMunicipalities: t.field({
      type: [Municipality],
      description: 'The municipalities of the region both serve (none for a membership rule).',
      resolve: (m) => m.municipalityCodes,
    }),
  }),
});

const StaleTie = builder.objectRef<StaleTieItem>('StaleTie').implement({
  description:
    'A tie not confirmed for 12 months before the report day (or never). Severity: that of the expected collaboration it carries (the most severe rule matching its organisations’ kinds), one step lower because the tie still exists; LOW when it carries none.',
  fields: (t) => ({
    tie: t.field({ type: Tie, description: 'The tie itself.', resolve: (s) => s.tieId }),
    type: t.expose('type', { type: TieTypeEnum, description: 'Organisations or professionals.' }),
    from: t.field({
      type: Organisation,
      description: 'The organisation at its from end (for professionals: where they work).',
      resolve: (s) => s.fromId,
    }),
    to: t.field({
      type: Organisation,
      description: 'The organisation at its to end (for professionals: where they work).',
      resolve: (s) => s.toId,
    }),
    lastConfirmedAt: t.field({
      type: 'Date',
      nullable: true,
      description: 'When it was last confirmed; null if never.',
      resolve: (s) => s.lastConfirmedAt,
    }),
    daysSinceConfirmed: t.exposeInt('daysSinceConfirmed', {
      nullable: true,
      description: 'Days from its last confirmation to the report day.',
    }),
    severity: t.expose('severity', { type: GapSeverityEnum, description: 'How urgent.' }),
    ruleCode: t.exposeString('ruleCode', {
      nullable: true,
      description: 'The template rule it carries, if any.',
    }),
  }),
});

const SeverityCount = builder
  .objectRef<GapSummaryShape['bySeverity'][number]>('GapSeverityCount')
  .implement({
    description: 'Gaps of one severity.',
    fields: (t) => ({
      severity: t.expose('severity', { type: GapSeverityEnum, description: 'The severity.' }),
      missingTies: t.exposeInt('missingTies', { description: 'Missing expected ties.' }),
      staleTies: t.exposeInt('staleTies', { description: 'Stale ties.' }),
    }),
  });

const RuleCount = builder.objectRef<GapSummaryShape['byRule'][number]>('GapRuleCount').implement({
  description:
    'Gaps of one template rule (stale ties: the rule they carry); rules with none left out.',
  fields: (t) => ({
    ruleCode: t.exposeString('ruleCode', { description: 'The rule.' }),
    severity: t.expose('severity', { type: GapSeverityEnum, description: "The rule's severity." }),
    missingTies: t.exposeInt('missingTies', { description: 'Missing ties it expects.' }),
    staleTies: t.exposeInt('staleTies', { description: 'Stale ties carrying it.' }),
  }),
});

const GapSummary = builder.objectRef<GapSummaryShape>('GapSummary').implement({
  description: 'How many gaps, in all, per severity and per rule.',
  fields: (t) => ({
    missingTies: t.exposeInt('missingTies', { description: 'Missing expected ties.' }),
    staleTies: t.exposeInt('staleTies', { description: 'Ties not confirmed for 12 months.' }),
    bySeverity: t.expose('bySeverity', { type: [SeverityCount], description: 'Per severity.' }),
    byRule: t.expose('byRule', { type: [RuleCount], description: 'Per rule.' }),
  }),
});

const GapReport = builder.objectRef<RegionGapReportShape>('GapReport').implement({
  description:
    "A region's gap report: expected ties (the template's enabled rules) no tie carries, and ties of its organisations not confirmed for 12 months, most severe first.",
  fields: (t) => ({
    region: t.field({ type: Region, description: 'The region.', resolve: (r) => r.regionCode }),
    asOf: t.field({
      type: 'Date',
      description: 'The day it was judged as of.',
      resolve: (r) => r.asOf,
    }),
    missingTies: t.expose('missingTies', { type: [MissingTie], description: 'Missing ties.' }),
    staleTies: t.expose('staleTies', { type: [StaleTie], description: 'Stale ties.' }),
    summary: t.expose('summary', { type: GapSummary, description: 'The counts.' }),
  }),
});

type RegionSummary = { regionCode: string; summary: GapSummaryShape };
const RegionGapSummary = builder.objectRef<RegionSummary>('RegionGapSummary').implement({
  description: "One region's gap counts.",
  fields: (t) => ({
    region: t.field({ type: Region, description: 'The region.', resolve: (r) => r.regionCode }),
    summary: t.expose('summary', { type: GapSummary, description: 'Its counts.' }),
  }),
});

const NationalGapSummary = builder
  .objectRef<{ asOf: string; total: GapSummaryShape; regions: RegionSummary[] }>(
    'NationalGapSummary',
  )
  .implement({
    description: 'The gap counts of every RMC region, and their total.',
    fields: (t) => ({
      asOf: t.field({ type: 'Date', description: 'The day judged as of.', resolve: (n) => n.asOf }),
      total: t.expose('total', {
        type: GapSummary,
        description: 'All regions added up (a pair in two regions counts in each).',
      }),
      regions: t.expose('regions', { type: [RegionGapSummary], description: 'Per region.' }),
    }),
  });

builder.queryFields((t) => ({
  gapReport: t.field({
    type: GapReport,
    description: "A region's missing expected ties and stale ties, with severities and counts.",
    args: {
      regionCode: t.arg.string({
        required: true,
        validate: regionCodeRule,
        description: 'e.g. MC15.',
      }),
      asOf: t.arg({ type: 'Date', description: asOfDescription }),
    },
    resolve: (_root, { regionCode, asOf }, { db }) =>
      regionGapReport(db, regionCode, asOfOrToday(asOf)),
  }),
  nationalGapSummary: t.field({
    type: NationalGapSummary,
    description: 'The gap report summary of every RMC region, read in one pass.',
    args: { asOf: t.arg({ type: 'Date', description: asOfDescription }) },
    resolve: (_root, { asOf }, { db }) => nationalGapSummary(db, asOfOrToday(asOf)),
  }),
}));
