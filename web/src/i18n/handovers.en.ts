import type { UiTexts } from './texts';

const count = (n: number, one: string, many: string) =>
  `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;

/** The Overdrachten view in English (`ui.handovers`). */
export const enHandovers: UiTexts['handovers'] = {
  heading: (region: string) => `Handovers in ${region}`,
  intro:
    'How cases are handed over between the organisations of the region, how quickly they are accepted, and where handovers get stuck. Counts from 1 to 4 show as ‘<5’ unless you may see every case behind them.',
  loadingFlows: 'Counting handovers…',
  flowsFailed: 'The handovers of this region could not be loaded.',
  noFlows:
    'No handovers in this region in the last twelve months. Choose another region, or see on the network map who works with whom.',
  findingsLoading: 'Looking for stuck handovers…',
  findingsFailed: 'The stuck handovers could not be loaded.',
  period: (from: string, to: string) => `Requests from ${from} up to and including ${to}.`,
  flowSummary: (nodes: number, flows: number) =>
    `${count(flows, 'flow', 'flows')} between ${count(nodes, 'organisation', 'organisations')}.`,
  mapLabel: (name: string, nodes: number, flows: number) =>
    `${name}: ${count(flows, 'flow', 'flows')} of handovers between ${count(nodes, 'organisation', 'organisations')}. The table below the map holds the same data.`,
  mapHint:
    'Each arrow is a flow of handovers from one organisation to another. Click an organisation to see its flows.',
  legendHeading: 'Legend of the flows',
  legendColour: 'Colour: median days to acceptance',
  legendWidth: 'Width: number of handovers',
  daysUnder: (days: number) => `under ${days} day`,
  daysBetween: (from: number, to: number) => `${from} to ${to} days`,
  daysAtLeast: (days: number) => `${days} days or more`,
  noMedian: 'no median: nothing accepted, or the count cannot be shown',
  widthFew: 'fewer than 5 (or not shown)',
  widthMany: 'many handovers',
  tableHeading: 'Table: all flows',
  tableCaption: 'Flows of handovers between organisations, largest first',
  from: 'From',
  to: 'To',
  handoverCount: 'Handovers',
  caseCount: 'Cases',
  acceptance: 'Accepted',
  median: 'Median days to acceptance',
  notShown: 'not shown',
  none: '—',
  smallCounts:
    '‘<5’: fewer than five, not shown exactly to protect the young people behind them. ‘Not shown’: no rate or median, for the same reason. ‘—’: nothing answered or accepted yet.',
  stalledHeading: 'Stalled handovers',
  stalledExplained: 'Requests still unanswered after more than 5 working days.',
  pingPongHeading: 'Sent back and forth',
  pingPongExplained: 'Cases that went from A to B and then back to A.',
  uncoordinatedHeading: 'Cases without a coordinator',
  uncoordinatedExplained:
    'Open cases with three or more organisations involved in which nobody holds the regie.',
  regionTotal: (shown: string) => `In the whole region: ${shown} cases.`,
  perOrganisation: (n: number) => `Per organisation (${n})`,
  organisation: 'Organisation',
  noneInRegion: 'None in this region.',
  noneReadable:
    'None of these cases is your organisation’s, so you only see the counts. Ask a colleague at an involved organisation for details.',
  readable: (n: number) => `${count(n, 'case', 'cases')} you may see:`,
  caseLine: (kind: string, municipality: string, opened: string) =>
    `${kind} in ${municipality}, opened ${opened}`,
  stalledLine: (from: string, to: string, days: number, requested: string) =>
    `${from} → ${to}: ${count(days, 'working day', 'working days')} without an answer (requested ${requested})`,
  pingPongLine: (organisations: readonly string[], returned: string) =>
    `${organisations.join(' ⇄ ')}, sent back on ${returned}`,
  uncoordinatedLine: (organisations: readonly string[]) =>
    `${count(organisations.length, 'organisation', 'organisations')}: ${organisations.join(', ')}`,
  showJourney: 'Show journey',
  journey: 'Journey of the case',
  journeyHeading: (kind: string, municipality: string) =>
    `Journey of the case: ${kind} in ${municipality}`,
  journeyLoading: 'Loading the journey…',
  journeyFailed: 'The journey of this case could not be loaded.',
  journeyMissing:
    'This case does not exist (any more) or you may not see it. Choose a case of your own organisation.',
  journeyLabel: (nodes: number, steps: number) =>
    `Path of the case along ${count(nodes, 'organisation', 'organisations')} in ${count(steps, 'step', 'steps')}. The list beside it holds the same steps.`,
  journeyLegend:
    'Arrows are numbered in order. Solid: accepted or completed; dashed: not answered yet; dotted: declined.',
  closeJourney: 'Close journey',
  fromTo: (from: string, to: string) => `${from} → ${to}`,
  warm: 'warm handover',
  statusLine: (status: string, on: string | null) => (on ? `${status} on ${on}` : status),
  statuses: {
    REQUESTED: 'not answered yet',
    ACCEPTED: 'accepted',
    DECLINED: 'declined',
    COMPLETED: 'completed',
  },
  caseKinds: {
    ABSOLUUT_VERZUIM: 'Absolute absence (not enrolled)',
    KWETSBARE_POSITIE: 'Vulnerable position',
    LUXE_VERZUIM: 'Unauthorised holiday',
    RELATIEF_VERZUIM: 'Truancy',
    SIGNAALVERZUIM: 'Signal absence',
    THUISZITTER: 'Thuiszitter (out of school)',
    VRIJSTELLING: 'Exemption',
    VSV: 'Early school leaving',
  },
  reasons: {
    HALT_AFDOENING: 'Halt settlement',
    MAZL: 'M@ZL: sickness absence to the youth doctor',
    ONDERWIJSCONSULENT: 'Calling in the onderwijsconsulent',
    OTHER: 'Other',
    PROCES_VERBAAL: 'Official report to the OM',
    RMC_TRAJECT: 'RMC route to school or work',
    VEILIGHEID: 'Report under the reporting code',
    VERZUIMMELDING: 'Absence report',
    WARME_OVERDRACHT_VO_MBO: 'Warm handover VO → MBO',
    ZORG_NODIG: 'Care first: to the wijkteam or youth care',
  },
};
