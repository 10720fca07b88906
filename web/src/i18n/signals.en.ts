import type { UiTexts } from './texts';

const count = (n: number, one: string, many: string) =>
  `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;

/** The Signalen view in English (`ui.signals`); the same keys as `signals.nl.ts`. */
export const enSignals: UiTexts['signals'] = {
  intro:
    'Signals are patterns across cases: what keeps coming back in practice and needs policy attention. First what Rizoom computes from the region’s cases, then the signals the region follows until they are closed.',
  patterns: {
    heading: (region: string) => `Computed patterns in ${region}`,
    loading: 'Computing patterns…',
    failed: 'The patterns of this region could not be computed.',
    asOf: (date: string) => `Judged as of ${date}.`,
    smallCounts:
      'Counts from 1 to 4 show as ‘<5’ unless you may see every case behind them; rates and medians over them are then ‘not shown’.',
    rule: 'Exact rule',
    flagged: 'stands out',
    flaggedCount: (n: number) => `${count(n, 'item stands', 'items stand')} out under the rule.`,
    nothingFlagged: 'Nothing stands out under the rule.',
    notShown: 'not shown',
    none: '—',
    times: (factor: string) => `× ${factor}`,
    transfer: {
      heading: 'Dropout after the VO → MBO step',
      explained:
        'Per school: pupils who went to MBO with a warm handover, and how many of them dropped out in their first MBO year (complete cohorts).',
      totals: (transfers: string, dropouts: string) =>
        `In the region: ${transfers} warm handovers, ${dropouts} dropouts in the first MBO year.`,
      none: 'No warm VO → MBO handovers in this region.',
      caption: 'Dropout after the step per school, schools that stand out first',
      school: 'School',
      transfers: 'Handovers',
      dropouts: 'Dropped out',
      rate: 'Dropout',
      baseline: 'Other schools',
    },
    demand: {
      heading: 'Rising demand per need',
      explained:
        'Cases with a need in the last twelve months against the twelve months before, and per quarter.',
      none: 'No cases with a need in this period.',
      caption: 'Demand per need, rising ones first',
      need: 'Need',
      earlier: '12 months before',
      recent: 'Last 12 months',
      growth: 'Growth',
      quarters: 'Per quarter',
      quartersCaption: 'Cases per need and quarter opened',
      incomplete: '* This quarter is not over yet.',
      rising: 'rising',
    },
    careSwitch: {
      heading: 'Late switch to care outside school',
      explained:
        'How long cases waited from care inside the school (or its samenwerkingsverband) to the first handover to a wijkteam, youth care or mental health care.',
      totals: (cases: string, late: string, median: string) =>
        `In the region: ${cases} cases switched, ${late} late; median ${median} days.`,
      none: 'No switches to care outside school in this period.',
      caption: 'Waiting for care outside school per school, schools that stand out first',
      school: 'School',
      cases: 'Switched',
      late: 'Late',
      median: 'Median days',
    },
    precursors: {
      heading: 'Precursors of dropout',
      explained:
        'For young people who dropped out (vsv): which earlier signals there were, and how long before the dropout.',
      totals: (dropouts: string, preceded: string, from: string, to: string) =>
        `From ${from} to ${to}: ${dropouts} dropouts, ${preceded} of them with an earlier case.`,
      none: 'No earlier signals for dropouts in this period.',
      caption: 'Earlier signals of dropouts, most frequent first',
      precursor: 'Earlier signal',
      dropouts: 'Dropouts',
      share: 'Share',
      lead: 'Median days before',
      typed: {
        CASE_KIND: (label: string) => `Case: ${label}`,
        RISK_INDICATOR: (label: string) => `Risk: ${label}`,
        NEED: (label: string) => `Need: ${label}`,
        HANDOVER: (label: string) => `Handover: ${label}`,
      },
      riskIndicators: {
        FREQUENT_ZIEKMELDEN: 'Often reported sick',
        OVERGANG_PO_VO: 'Primary → secondary step',
        OVERGANG_VO_MBO: 'VO → MBO step',
        RELATIEF_VERZUIM: 'Unauthorised absence',
        SCHOOLWISSEL: 'Change of school',
        VERHUIZING: 'Moving house',
      },
    },
  },
  materialise: {
    intro:
      'What the computed patterns above show now can be recorded as signals, so they can go on an agenda like raised ones. One signal per pattern per quarter.',
    button: 'Record patterns as signals',
    busy: 'Recording…',
    made: (n: number) =>
      n === 0
        ? 'No new signals: what stands out now is already on the list this quarter.'
        : n === 1
          ? '1 new signal recorded; it is on the list below.'
          : `${n} new signals recorded; they are on the list below.`,
    failed: 'Recording did not work.',
  },
  list: {
    heading: (region: string) => `Signals in ${region}`,
    loading: 'Loading signals…',
    failed: 'The signals of this region could not be loaded.',
    empty: 'No signals in this region yet. Seeing a pattern? Raise it above.',
    emptyStatus: 'No signals with this status.',
    filterLegend: 'Show signals',
    all: (n: number) => `All (${n})`,
    withStatus: (status: string, n: number) => `${status} (${n})`,
  },
  statuses: { OPEN: 'Open', ON_AGENDA: 'On the agenda', CLOSED: 'Closed' },
  kinds: {
    TRANSFER_DROPOUT: 'Dropout after VO → MBO',
    RISING_DEMAND: 'Rising demand',
    LATE_CARE_SWITCH: 'Late switch to care',
    DROPOUT_PRECURSOR: 'Precursor of dropout',
    PROVISION_GAP: 'Missing provision',
    OTHER: 'Other',
  },
  origins: { COMPUTED: 'computed', RAISED: 'raised' },
  card: {
    raisedBy: (name: string, date: string) => `by ${name} on ${date}`,
    raisedOn: (date: string) => `on ${date}`,
    need: (label: string) => `need: ${label}`,
    school: (name: string) => `school: ${name}`,
    onTable: (table: string, date: string) => `On the agenda of ${table} since ${date}.`,
    onRegion: (region: string, date: string) =>
      `On the regional agenda of ${region} since ${date}.`,
    endorsements: (n: number) => `${count(n, 'endorsement', 'endorsements')}`,
    comments: (n: number) => `${count(n, 'comment', 'comments')}`,
    commentBy: (name: string, date: string) => `${name}, ${date}:`,
    someone: 'Someone',
    closed: (date: string, note: string) => `Closed on ${date}: ${note}`,
  },
  actions: {
    busy: 'Working…',
    endorse: 'Endorse',
    agenda: 'Put on agenda',
    comment: 'Comment',
    close: 'Close',
    agendaLabel: 'On the agenda of',
    agendaRegion: (region: string) => `the region ${region}`,
    agendaTables: 'Consultation tables',
    agendaSubmit: 'Put on agenda',
    commentLabel: 'Your comment (about the pattern, not about a young person)',
    commentSubject: 'your comment',
    commentSubmit: 'Post comment',
    closeLabel: 'Reason for closing',
    closeSubject: 'the reason',
    closeSubmit: 'Close signal',
  },
  form: {
    heading: 'Raise a signal',
    intro:
      'Seeing a pattern in your cases that the region should know about? Raise it as a signal.',
    title: 'Title',
    titleSubject: 'the title',
    kind: 'Kind of pattern',
    need: 'Need',
    noNeed: 'No particular need',
    description: 'Explanation (optional)',
    descriptionSubject: 'the explanation',
    privacy: 'Describe the pattern; no names, BSNs or other details of young people.',
    submit: 'Raise signal',
    submitting: 'Raising…',
    raised: (title: string) => `Signal ‘${title}’ raised.`,
  },
  textProblems: {
    missing: (subject: string) => `Fill in ${subject}.`,
    tooLong: (subject: string, max: number) => `Shorten ${subject}: at most ${max} characters.`,
  },
  failures: {
    CONFLICT: 'You endorsed this signal already.',
    INVALID_TRANSITION:
      'Not possible any more: the signal was put on an agenda or closed meanwhile. Reload the page to see where it stands.',
    NOT_FOUND: 'This signal, region or consultation table no longer exists.',
    VALIDATION_FAILED: 'Not everything is filled in correctly; see the fields above.',
    FORBIDDEN:
      'You may not do that with this signal. A table’s members or the regional coordinator put it on an agenda; whoever raised it or the regional coordinator closes it.',
    UNAUTHENTICATED: 'Your session expired. Sign in again.',
    OTHER: 'That did not work.',
  },
  national: {
    heading: 'National trends in signals',
    intro: 'The signals of all regions per quarter raised: where practice asks for policy.',
    loading: 'Loading national trends…',
    failed: 'The national trends could not be loaded.',
    empty: 'No signals in the country yet.',
    chartCaption: 'Signals raised per quarter and kind of pattern',
    chartLabel: (n: number) =>
      `Bar chart of the signals raised in ${count(n, 'quarter', 'quarters')}, a bar per kind of pattern. The table below gives the same figures, per need too.`,
    tableHeading: 'Table: signals per quarter, kind and need',
    tableCaption: 'National signals per quarter, kind of pattern and need',
    quarter: 'Quarter',
    kind: 'Kind of pattern',
    need: 'Need',
    noNeed: '—',
    raised: 'Raised',
    open: 'Still open',
    closed: 'Closed',
    regions: 'Regions',
  },
};
