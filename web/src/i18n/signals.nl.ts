import type { PrecursorType, RiskIndicator } from '../api/operations/signal-patterns';
import type { SignalKind, SignalStatus } from '../api/operations/signals';

const count = (n: number, one: string, many: string) =>
  `${n.toLocaleString('nl-NL')} ${n === 1 ? one : many}`;

/** The Signalen view in Dutch (`ui.signals`); `signals.en.ts` has the same keys. */
export const nlSignals = {
  intro:
    'Signalen zijn patronen over casussen heen: wat in de praktijk steeds terugkomt en aandacht van beleid vraagt. Hieronder eerst wat Rizoom uit de casussen van de regio berekent, daarna de signalen die de regio volgt tot ze gesloten zijn.',
  patterns: {
    heading: (region: string) => `Berekende patronen in ${region}`,
    loading: 'Patronen berekenen…',
    failed: 'De patronen van deze regio konden niet worden berekend.',
    asOf: (date: string) => `Beoordeeld per ${date}.`,
    smallCounts:
      'Aantallen van 1 tot 4 tonen we als ‘<5’, tenzij je alle casussen erachter mag inzien; percentages en medianen daarover zijn dan ‘niet te tonen’.',
    rule: 'Precieze regel (Engels)',
    flagged: 'valt op',
    flaggedCount: (n: number) => `${count(n, 'uitschieter', 'uitschieters')} volgens de regel.`,
    nothingFlagged: 'Niets valt op volgens de regel.',
    notShown: 'niet te tonen',
    none: '—',
    times: (factor: string) => `× ${factor}`,
    transfer: {
      heading: 'Uitval na de overstap vo → mbo',
      explained:
        'Per school: leerlingen die met een warme overdracht naar het mbo gingen, en hoeveel van hen in hun eerste mbo-jaar uitvielen (afgeronde cohorten).',
      totals: (transfers: string, dropouts: string) =>
        `In de regio: ${transfers} warme overdrachten, ${dropouts} uitvallers in het eerste mbo-jaar.`,
      none: 'Geen warme overdrachten vo → mbo in deze regio.',
      caption: 'Uitval na de overstap per school, opvallende scholen eerst',
      school: 'School',
      transfers: 'Overdrachten',
      dropouts: 'Uitgevallen',
      rate: 'Uitval',
      baseline: 'Andere scholen',
    },
    demand: {
      heading: 'Stijgende vraag per hulpvraag',
      explained:
        'Casussen met een hulpvraag in de laatste twaalf maanden tegenover de twaalf maanden daarvoor, en per kwartaal.',
      none: 'Geen casussen met een hulpvraag in deze periode.',
      caption: 'Vraag per hulpvraag, stijgende eerst',
      need: 'Hulpvraag',
      earlier: '12 maanden daarvoor',
      recent: 'Laatste 12 maanden',
      growth: 'Groei',
      quarters: 'Per kwartaal',
      quartersCaption: 'Casussen per hulpvraag en kwartaal waarin ze werden geopend',
      incomplete: '* Dit kwartaal loopt nog.',
      rising: 'stijgt',
    },
    careSwitch: {
      heading: 'Late overstap naar zorg buiten school',
      explained:
        'Hoe lang casussen wachtten van zorg binnen de school (of het samenwerkingsverband) tot de eerste overdracht naar wijkteam, jeugdzorg of GGZ.',
      totals: (cases: string, late: string, median: string) =>
        `In de regio: ${cases} casussen stapten over, ${late} te laat; mediaan ${median} dagen.`,
      none: 'Geen overstappen naar zorg buiten school in deze periode.',
      caption: 'Wachttijd tot zorg buiten school per school, opvallende scholen eerst',
      school: 'School',
      cases: 'Overgestapt',
      late: 'Te laat',
      median: 'Mediaan dagen',
    },
    precursors: {
      heading: 'Voortekenen van uitval',
      explained:
        'Voor jongeren die uitvielen (vsv): welke eerdere signalen er waren, en hoe lang vóór de uitval.',
      totals: (dropouts: string, preceded: string, from: string, to: string) =>
        `Van ${from} tot en met ${to}: ${dropouts} uitvallers, van wie ${preceded} met een eerdere casus.`,
      none: 'Geen eerdere signalen bij uitvallers in deze periode.',
      caption: 'Eerdere signalen bij uitvallers, meest voorkomende eerst',
      precursor: 'Eerder signaal',
      dropouts: 'Uitvallers',
      share: 'Aandeel',
      lead: 'Mediaan dagen ervoor',
      typed: {
        CASE_KIND: (label: string) => `Casus: ${label}`,
        RISK_INDICATOR: (label: string) => `Risico: ${label}`,
        NEED: (label: string) => `Hulpvraag: ${label}`,
        HANDOVER: (label: string) => `Overdracht: ${label}`,
      } satisfies Record<PrecursorType, (label: string) => string>,
      riskIndicators: {
        FREQUENT_ZIEKMELDEN: 'Vaak ziek gemeld',
        OVERGANG_PO_VO: 'Overgang po → vo',
        OVERGANG_VO_MBO: 'Overgang vo → mbo',
        RELATIEF_VERZUIM: 'Relatief verzuim',
        SCHOOLWISSEL: 'Schoolwissel',
        VERHUIZING: 'Verhuizing',
      } satisfies Record<RiskIndicator, string>,
    },
  },
  materialise: {
    intro:
      'Wat de berekende patronen hierboven nu laten zien, kun je als signalen vastleggen: dan kunnen ze op een agenda, net als gemelde signalen. Eén signaal per patroon per kwartaal.',
    button: 'Patronen vastleggen als signalen',
    busy: 'Vastleggen…',
    made: (n: number) =>
      n === 0
        ? 'Geen nieuwe signalen: wat nu opvalt, staat dit kwartaal al in de lijst.'
        : n === 1
          ? '1 nieuw signaal vastgelegd; het staat in de lijst hieronder.'
          : `${n} nieuwe signalen vastgelegd; ze staan in de lijst hieronder.`,
    failed: 'Vastleggen is niet gelukt.',
  },
  list: {
    heading: (region: string) => `Signalen in ${region}`,
    loading: 'Signalen laden…',
    failed: 'De signalen van deze regio konden niet worden geladen.',
    empty: 'Nog geen signalen in deze regio. Zie je een patroon? Meld het hierboven.',
    emptyStatus: 'Geen signalen met deze status.',
    filterLegend: 'Toon signalen',
    all: (n: number) => `Alle (${n})`,
    withStatus: (status: string, n: number) => `${status} (${n})`,
  },
  statuses: {
    OPEN: 'Open',
    ON_AGENDA: 'Geagendeerd',
    CLOSED: 'Gesloten',
  } satisfies Record<SignalStatus, string>,
  kinds: {
    TRANSFER_DROPOUT: 'Uitval na overstap vo → mbo',
    RISING_DEMAND: 'Stijgende vraag',
    LATE_CARE_SWITCH: 'Late overstap naar zorg',
    DROPOUT_PRECURSOR: 'Voorteken van uitval',
    PROVISION_GAP: 'Ontbrekend aanbod',
    OTHER: 'Anders',
  } satisfies Record<SignalKind, string>,
  origins: { COMPUTED: 'berekend', RAISED: 'gemeld' },
  card: {
    raisedBy: (name: string, date: string) => `door ${name} op ${date}`,
    raisedOn: (date: string) => `op ${date}`,
    need: (label: string) => `hulpvraag: ${label}`,
    school: (name: string) => `school: ${name}`,
    onTable: (table: string, date: string) => `Op de agenda van ${table} sinds ${date}.`,
    onRegion: (region: string, date: string) =>
      `Op de regionale agenda van ${region} sinds ${date}.`,
    endorsements: (n: number) => `${count(n, 'onderschrijving', 'onderschrijvingen')}`,
    comments: (n: number) => `${count(n, 'reactie', 'reacties')}`,
    commentBy: (name: string, date: string) => `${name}, ${date}:`,
    someone: 'Iemand',
    closed: (date: string, note: string) => `Gesloten op ${date}: ${note}`,
  },
  actions: {
    busy: 'Bezig…',
    endorse: 'Onderschrijven',
    agenda: 'Agenderen',
    comment: 'Reageren',
    close: 'Sluiten',
    agendaLabel: 'Op de agenda van',
    agendaRegion: (region: string) => `de regio ${region}`,
    agendaTables: 'Overlegtafels',
    agendaSubmit: 'Agenderen',
    commentLabel: 'Je reactie (over het patroon, niet over een jongere)',
    commentSubject: 'je reactie',
    commentSubmit: 'Reactie plaatsen',
    closeLabel: 'Reden van sluiten',
    closeSubject: 'de reden',
    closeSubmit: 'Signaal sluiten',
  },
  form: {
    heading: 'Signaal melden',
    intro: 'Zie je in je casussen een patroon dat de regio moet weten? Meld het als signaal.',
    title: 'Titel',
    titleSubject: 'de titel',
    kind: 'Soort patroon',
    need: 'Hulpvraag',
    noNeed: 'Geen bepaalde hulpvraag',
    description: 'Toelichting (niet verplicht)',
    descriptionSubject: 'de toelichting',
    privacy: 'Beschrijf het patroon; noem geen namen, BSN’s of andere gegevens van jongeren.',
    submit: 'Signaal melden',
    submitting: 'Bezig met melden…',
    raised: (title: string) => `Signaal ‘${title}’ is gemeld.`,
  },
  textProblems: {
    missing: (subject: string) => `Vul ${subject} in.`,
    tooLong: (subject: string, max: number) => `Maak ${subject} korter: hoogstens ${max} tekens.`,
  },
  failures: {
    CONFLICT: 'Je hebt dit signaal al onderschreven.',
    INVALID_TRANSITION:
      'Dit kan niet meer: het signaal is intussen al geagendeerd of gesloten. Laad de pagina opnieuw om de laatste stand te zien.',
    NOT_FOUND: 'Dit signaal, deze regio of deze overlegtafel bestaat niet (meer).',
    VALIDATION_FAILED: 'Niet alles is goed ingevuld; zie de velden hierboven.',
    FORBIDDEN:
      'Dat mag je niet bij dit signaal. Agenderen kan voor leden van de overlegtafel of de regiocoördinator; sluiten voor wie het meldde of de regiocoördinator.',
    UNAUTHENTICATED: 'Je sessie is verlopen. Meld je opnieuw aan.',
    OTHER: 'Het is niet gelukt.',
  },
  national: {
    heading: 'Landelijke trends in signalen',
    intro:
      'De signalen van alle regio’s per kwartaal waarin ze werden gemeld: waar de praktijk om beleid vraagt.',
    loading: 'Landelijke trends laden…',
    failed: 'De landelijke trends konden niet worden geladen.',
    empty: 'Nog geen signalen in het land.',
    chartCaption: 'Gemelde signalen per kwartaal en soort patroon',
    chartLabel: (n: number) =>
      `Staafdiagram van de gemelde signalen in ${count(n, 'kwartaal', 'kwartalen')}, een staaf per soort patroon. De tabel eronder geeft dezelfde cijfers, ook per hulpvraag.`,
    tableHeading: 'Tabel: signalen per kwartaal, soort en hulpvraag',
    tableCaption: 'Landelijke signalen per kwartaal, soort patroon en hulpvraag',
    quarter: 'Kwartaal',
    kind: 'Soort patroon',
    need: 'Hulpvraag',
    noNeed: '—',
    raised: 'Gemeld',
    open: 'Nog open',
    closed: 'Gesloten',
    regions: 'Regio’s',
  },
};
