import type { UiTexts } from './texts';

const count = (n: number, one: string, many: string) =>
  `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;

/** The Hiaten view in English (`ui.gaps`). */
export const enGaps: UiTexts['gaps'] = {
  heading: (region: string) => `Gaps in the network of ${region}`,
  intro:
    'Which expected collaboration is missing, which ties have not been confirmed for a year, and where the network is fragile. Click a line in the lists to point it out on the map.',
  loading: 'Looking for gaps…',
  findingsLoading: 'Looking at the structure and provision of the region…',
  reportFailed: 'The missing and stale ties could not be loaded.',
  findingsFailed: 'The structure and provision of the region could not be loaded.',
  emptyRegion:
    'No organisations in this region yet, so no gaps either. Choose another region or add organisations under Administration.',
  mapLabel: (name: string, nodes: number, missing: number) =>
    `Map of ${name}: ${count(nodes, 'organisation', 'organisations')}, ${count(missing, 'missing tie', 'missing ties')} dashed. The lists beside and below the map hold the same data.`,
  mapSummary: (missing: number, stale: number) =>
    `${count(missing, 'missing tie', 'missing ties')} dashed, ${count(stale, 'stale tie', 'stale ties')} faded.`,
  mapHint: 'Click an organisation to see its ties; click beside the map to clear.',
  legendHeading: 'Gaps on the map',
  legendMissing: 'Missing expected tie (dashed, vermillion)',
  clearMark: 'Clear what the map points out',
  summaryHeading: (region: string) => `Summary for ${region}`,
  severityColumn: 'Severity',
  missingColumn: 'Missing',
  staleColumn: 'Stale',
  total: 'Total',
  severityExplained:
    'High: the legal chain of compulsory education and safety. Medium: transitions and routes to help. Low: health, prevention and umbrella ties, where other routes usually exist. A stale tie counts one step lower. Stale also counts ties between professionals; the map shows those between organisations only.',
  severity: { HIGH: 'High', MEDIUM: 'Medium', LOW: 'Low' },
  severityGroup: (severity: string, n: number) => `${severity} severity (${n})`,
  missingHeading: (n: number) => `Missing expected ties (${n})`,
  missingCaption: 'Missing expected ties by severity, with the rule expecting them',
  noMissing: 'No missing ties: all expected collaboration in this region exists.',
  pair: 'Between',
  rule: 'Expected by rule',
  fromTo: (from: string, to: string) => `${from} → ${to}`,
  pairOf: (a: string, b: string) => `${a} ↔ ${b}`,
  singlePointsHeading: (n: number) => `Sole link between sectors (${n})`,
  noSinglePoints: 'No sector hangs on a single organisation.',
  singlePoint: (sector: string, cutOff: number) =>
    `alone connects the sector ‘${sector}’ to the rest; without it ${count(cutOff, 'organisation loses', 'organisations lose')} every path.`,
  sector: {
    EDUCATION: 'Education',
    LEERPLICHT_RMC: 'Leerplicht and RMC',
    CARE: 'Care',
    JUSTICE: 'Justice',
    WORK: 'Work',
  },
  isolatedHeading: (n: number) => `Organisations without a tie (${n})`,
  noIsolated: 'Every organisation in the region has at least one tie.',
  provisionHeading: (n: number) => `Help nobody in the region offers (${n})`,
  noProvisionGaps: 'Every need of the cases in this region has a provider here.',
  provisionCases: (shown: string) => `— ${shown} cases with this need`,
  hiddenHeading: (n: number) => `Collaboration without a tie (${n})`,
  noHidden: 'All handovers run between organisations that are tied.',
  hiddenCounts: (handovers: string, cases: string) =>
    `— ${handovers} handovers of ${cases} cases, but no tie on the map`,
  needs: {
    ANGST_DEPRESSIE: 'Anxiety and depression',
    AUTISME: 'Autism',
    DAGBESTEDING: 'Day activities',
    GEDRAG: 'Behavioural problems',
    GEZIN: 'Family support',
    GGZ_JEUGD: 'Youth mental health care',
    HOOGBEGAAFDHEID: 'Giftedness',
    HUISVESTING: 'Housing',
    LICHAMELIJK: 'Physical health',
    LVB: 'Mild intellectual disability',
    ONDERWIJS_OP_MAAT: 'Tailored education',
    SCHULDHULP: 'Debt counselling',
    STAGE_WERK: 'Internship and work',
    TAAL: 'Language (Dutch as a second language)',
    VEILIGHEID: 'Safety at home',
    VERSLAVING: 'Addiction care',
  },
  nationalHeading: 'Gaps in all RMC regions',
  nationalLoading: 'Counting the gaps of all regions…',
  nationalFailed: 'The gaps of all regions could not be counted.',
  nationalCaption: 'Missing ties by severity and stale ties, per RMC region',
  region: 'Region',
};
