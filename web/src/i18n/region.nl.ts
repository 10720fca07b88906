import type { GrowthInterval } from '../api/operations/region-overview';
import type { Measure } from '../region/comparison';

const count = (n: number, one: string, many: string) =>
  `${n.toLocaleString('nl-NL')} ${n === 1 ? one : many}`;

/** The Regio-overzicht view in Dutch (`ui.region`); `region.en.ts` has the same keys. */
export const nlRegion = {
  intro:
    'Hoe het netwerk van een regio in elkaar zit, hoe het zich verhoudt tot de andere regio’s en hoe het gegroeid is. Kies een peildatum om het netwerk te zien zoals het toen was.',
  loadingView: 'Regio-overzicht laden…',
  country: 'Heel Nederland',
  scopeLabel: 'Regio',
  asOf: 'Peildatum',
  asOfHint: 'Het netwerk zoals het was aan het eind van deze dag.',
  asOfToday: 'Vandaag',
  measures: {
    organisationCount: 'Organisaties',
    tiedPairs: 'Verbonden paren',
    density: 'Dichtheid',
    averageDegree: 'Gem. verbindingen per organisatie',
    crossSectorShare: 'Aandeel tussen sectoren',
    communityCount: 'Gemeenschappen',
    modularity: 'Modulariteit',
  } satisfies Record<Measure, string>,
  measureHelp: {
    organisationCount: 'Organisaties die op de peildatum bestonden.',
    tiedPairs: 'Paren organisaties met minstens één verbinding.',
    density: 'Verbonden paren van alle mogelijke paren.',
    averageDegree: 'Met hoeveel organisaties een organisatie gemiddeld verbonden is.',
    crossSectorShare:
      'Verbonden paren waarvan de twee organisaties in verschillende sectoren werken.',
    communityCount: 'Groepen die onderling sterker verbonden zijn dan met de rest (Louvain).',
    modularity: 'Hoe scherp die groepen zijn afgebakend (0–1).',
  } satisfies Record<Measure, string>,
  metrics: {
    heading: (name: string) => `Netwerk van ${name}`,
    asOfLine: (date: string) => `Peildatum ${date}.`,
    loading: 'Netwerkmaten berekenen…',
    failed: 'De netwerkmaten konden niet worden berekend.',
    empty:
      'Op deze peildatum had deze regio nog geen organisaties. Kies een latere peildatum of een andere regio.',
    summaryHeading: 'Kerncijfers',
    measure: 'Maat',
    value: 'Waarde',
    explanation: 'Uitleg',
    byDegreeHeading: 'Meest verbonden organisaties',
    byBetweennessHeading: 'Belangrijkste schakels tussen anderen',
    betweennessSampled: (sources: number) =>
      `Tussenliggendheid geschat vanuit ${count(sources, 'organisatie', 'organisaties')} (steekproef).`,
    organisation: 'Organisatie',
    sector: 'Sector',
    degree: 'Verbindingen',
    betweenness: 'Tussenliggendheid',
    sectorsReached: 'Andere sectoren',
    bridgesHeading: 'Bruggen tussen sectoren',
    bridgesChart: 'Verbindingen naar andere sectoren, per sector',
    bridgesDescription:
      'Per sector het aantal verbindingen met organisaties uit andere sectoren. De tabel eronder noemt bij wie die verbindingen uitkomen.',
    outsideTies: 'Verbindingen naar buiten',
    gatekeepers: 'Komen vooral uit bij',
    gatekeeper: (name: string, share: string) => `${name} (${share})`,
    noGatekeepers: 'geen',
    communitiesHeading: (n: number) => `Gemeenschappen (${n})`,
    community: (number: number) => `Gemeenschap ${number + 1}`,
    size: 'Organisaties',
    sectors: 'Sectoren, meest voorkomend eerst',
  },
  comparison: {
    heading: 'Regio’s vergeleken',
    intro:
      'Alle RMC-regio’s op dezelfde peildatum. Kies een maat voor de grafiek; klik op een kolomkop om de tabel te sorteren en op een regio om die te openen.',
    loading: 'Alle regio’s doorrekenen…',
    failed: 'De regio’s konden niet worden vergeleken.',
    measure: 'Maat in de grafiek',
    chartTitle: (measure: string) => `${measure} per regio`,
    chartDescription: (
      measure: string,
      region: string | null,
      rank: number | null,
      total: number,
    ) =>
      region && rank !== null
        ? `${measure} van ${count(total, 'regio', 'regio’s')}, grootste bovenaan. ${region} staat op plaats ${rank} en is gemarkeerd.`
        : `${measure} van ${count(total, 'regio', 'regio’s')}, grootste bovenaan.`,
    region: 'Regio',
    tableHeading: 'Alle maten per regio',
    tableCaption: 'Netwerkmaten per RMC-regio; de gekozen regio is gemarkeerd.',
    sortBy: (column: string) => `Sorteer op ${column}`,
    current: 'gekozen regio',
  },
  growth: {
    heading: 'Hoe het netwerk groeide',
    intro:
      'Het aantal organisaties en verbonden paren aan het eind van elk kwartaal of elke maand, in de vijf jaar tot de peildatum.',
    interval: 'Per',
    intervals: { QUARTER: 'kwartaal', MONTH: 'maand' } satisfies Record<GrowthInterval, string>,
    loading: 'Groei van het netwerk ophalen…',
    failed: 'De groei van het netwerk kon niet worden opgehaald.',
    empty: 'In deze periode was er nog geen netwerk.',
    chartTitle: (name: string) => `Groei van het netwerk van ${name}`,
    chartDescription: (first: string, last: string, from: number, to: number) =>
      `Van ${first} tot ${last} groeide het aantal organisaties van ${from.toLocaleString('nl-NL')} naar ${to.toLocaleString('nl-NL')}.`,
    stepEnd: 'Einde van de periode',
    organisations: 'Organisaties',
    tiedPairs: 'Verbonden paren',
    changesHeading: 'Veranderingen per periode',
    joined: 'Nieuwe organisaties',
    started: 'Nieuwe verbindingen',
    ended: 'Beëindigde verbindingen',
  },
  chart: {
    showTable: 'Toon als tabel',
    showChart: 'Toon als grafiek',
    marked: 'gemarkeerd',
  },
};
