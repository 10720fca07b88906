import type { UiTexts } from './texts';

const count = (n: number, one: string, many: string) =>
  `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;

/** The Regio-overzicht view in English (`ui.region`). */
export const enRegion: UiTexts['region'] = {
  intro:
    'How a region’s network is put together, how it compares with the other regions and how it grew. Pick a reference date to see the network as it was then.',
  loadingView: 'Loading the region overview…',
  country: 'The whole Netherlands',
  scopeLabel: 'Region',
  asOf: 'Reference date',
  asOfHint: 'The network as it was at the end of this day.',
  asOfToday: 'Today',
  measures: {
    organisationCount: 'Organisations',
    tiedPairs: 'Tied pairs',
    density: 'Density',
    averageDegree: 'Avg. ties per organisation',
    crossSectorShare: 'Share across sectors',
    communityCount: 'Communities',
    modularity: 'Modularity',
  },
  measureHelp: {
    organisationCount: 'Organisations that existed on the reference date.',
    tiedPairs: 'Pairs of organisations with at least one tie.',
    density: 'Tied pairs out of all possible pairs.',
    averageDegree: 'How many organisations an organisation is tied to on average.',
    crossSectorShare: 'Tied pairs whose two organisations work in different sectors.',
    communityCount: 'Groups more tied among themselves than to the rest (Louvain).',
    modularity: 'How sharply those groups stand apart (0–1).',
  },
  metrics: {
    heading: (name: string) => `Network of ${name}`,
    asOfLine: (date: string) => `Reference date ${date}.`,
    loading: 'Computing network measures…',
    failed: 'The network measures could not be computed.',
    empty:
      'On this reference date the region had no organisations yet. Pick a later date or another region.',
    summaryHeading: 'Key figures',
    measure: 'Measure',
    value: 'Value',
    explanation: 'Explanation',
    byDegreeHeading: 'Most connected organisations',
    byBetweennessHeading: 'Key links between others',
    betweennessSampled: (sources: number) =>
      `Betweenness estimated from ${count(sources, 'organisation', 'organisations')} (sample).`,
    organisation: 'Organisation',
    sector: 'Sector',
    degree: 'Ties',
    betweenness: 'Betweenness',
    sectorsReached: 'Other sectors',
    bridgesHeading: 'Bridges between sectors',
    bridgesChart: 'Ties to other sectors, per sector',
    bridgesDescription:
      'Per sector the number of ties with organisations of other sectors. The table below names where those ties end.',
    outsideTies: 'Outside ties',
    gatekeepers: 'Mostly end at',
    gatekeeper: (name: string, share: string) => `${name} (${share})`,
    noGatekeepers: 'none',
    communitiesHeading: (n: number) => `Communities (${n})`,
    community: (number: number) => `Community ${number + 1}`,
    size: 'Organisations',
    sectors: 'Sectors, most common first',
  },
  comparison: {
    heading: 'Regions compared',
    intro:
      'All RMC regions on the same reference date. Pick a measure for the chart; click a column heading to sort the table and a region to open it.',
    loading: 'Computing every region…',
    failed: 'The regions could not be compared.',
    measure: 'Measure in the chart',
    chartTitle: (measure: string) => `${measure} per region`,
    chartDescription: (
      measure: string,
      region: string | null,
      rank: number | null,
      total: number,
    ) =>
      region && rank !== null
        ? `${measure} of ${count(total, 'region', 'regions')}, largest at the top. ${region} ranks ${rank} and is highlighted.`
        : `${measure} of ${count(total, 'region', 'regions')}, largest at the top.`,
    region: 'Region',
    tableHeading: 'Every measure per region',
    tableCaption: 'Network measures per RMC region; the chosen region is highlighted.',
    sortBy: (column: string) => `Sort by ${column}`,
    current: 'chosen region',
  },
  growth: {
    heading: 'How the network grew',
    intro:
      'The number of organisations and tied pairs at the end of each quarter or month, over the five years up to the reference date.',
    interval: 'Per',
    intervals: { QUARTER: 'quarter', MONTH: 'month' },
    loading: 'Loading the network’s growth…',
    failed: 'The network’s growth could not be loaded.',
    empty: 'There was no network yet in this period.',
    chartTitle: (name: string) => `Growth of the network of ${name}`,
    chartDescription: (first: string, last: string, from: number, to: number) =>
      `From ${first} to ${last} the number of organisations grew from ${from.toLocaleString('en-GB')} to ${to.toLocaleString('en-GB')}.`,
    stepEnd: 'End of the period',
    organisations: 'Organisations',
    tiedPairs: 'Tied pairs',
    changesHeading: 'Changes per period',
    joined: 'New organisations',
    started: 'New ties',
    ended: 'Ended ties',
  },
  chart: {
    showTable: 'Show as table',
    showChart: 'Show as chart',
    marked: 'highlighted',
  },
};
