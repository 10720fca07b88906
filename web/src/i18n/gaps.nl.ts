import type { AnalysisSector, GapSeverity, Need } from '../api/operations/gaps';

const count = (n: number, one: string, many: string) =>
  `${n.toLocaleString('nl-NL')} ${n === 1 ? one : many}`;

/** The Hiaten view in Dutch (`ui.gaps`); `gaps.en.ts` has the same keys. */
export const nlGaps = {
  heading: (region: string) => `Hiaten in het netwerk van ${region}`,
  intro:
    'Welke samenwerking verwacht wordt maar ontbreekt, welke verbindingen al een jaar niet zijn bevestigd, en waar het netwerk kwetsbaar is. Klik op een regel in de lijsten om die op de kaart aan te wijzen.',
  loading: 'Hiaten zoeken…',
  findingsLoading: 'Structuur en aanbod van de regio bekijken…',
  reportFailed: 'De ontbrekende en verouderde verbindingen konden niet worden opgehaald.',
  findingsFailed: 'De structuur en het aanbod van de regio konden niet worden opgehaald.',
  emptyRegion:
    'Nog geen organisaties in deze regio, dus ook geen hiaten. Kies een andere regio of voeg organisaties toe via Beheer.',
  mapLabel: (name: string, nodes: number, missing: number) =>
    `Kaart van ${name}: ${count(nodes, 'organisatie', 'organisaties')}, ${count(missing, 'ontbrekende verbinding', 'ontbrekende verbindingen')} gestippeld. De lijsten naast en onder de kaart bevatten dezelfde gegevens.`,
  mapSummary: (missing: number, stale: number) =>
    `${count(missing, 'ontbrekende verbinding', 'ontbrekende verbindingen')} gestreept, ${count(stale, 'verouderde verbinding', 'verouderde verbindingen')} vervaagd.`,
  mapHint:
    'Klik op een organisatie om haar verbindingen te zien; klik naast de kaart om te wissen.',
  legendHeading: 'Hiaten op de kaart',
  legendMissing: 'Ontbrekende verwachte verbinding (gestreept, oranjerood)',
  clearMark: 'Aanwijzing op de kaart wissen',
  summaryHeading: (region: string) => `Samenvatting voor ${region}`,
  severityColumn: 'Ernst',
  missingColumn: 'Ontbrekend',
  staleColumn: 'Verouderd',
  total: 'Totaal',
  severityExplained:
    'Hoog: de wettelijke keten van leerplicht en veiligheid. Middel: overgangen en routes naar hulp. Laag: gezondheid, preventie en koepels, waar meestal andere routes zijn. Een verouderde verbinding telt één stap lager. Verouderd telt ook verbindingen tussen professionals; de kaart toont alleen die tussen organisaties.',
  severity: { HIGH: 'Hoog', MEDIUM: 'Middel', LOW: 'Laag' } satisfies Record<GapSeverity, string>,
  severityGroup: (severity: string, n: number) => `Ernst ${severity.toLowerCase()} (${n})`,
  missingHeading: (n: number) => `Ontbrekende verwachte verbindingen (${n})`,
  missingCaption: 'Ontbrekende verwachte verbindingen, naar ernst, met de regel die ze verwacht',
  noMissing: 'Geen ontbrekende verbindingen: alle verwachte samenwerking in deze regio is er.',
  pair: 'Tussen',
  rule: 'Verwacht door regel',
  fromTo: (from: string, to: string) => `${from} → ${to}`,
  pairOf: (a: string, b: string) => `${a} ↔ ${b}`,
  singlePointsHeading: (n: number) => `Enige schakel tussen sectoren (${n})`,
  noSinglePoints: 'Geen enkele sector hangt aan één organisatie.',
  singlePoint: (sector: string, cutOff: number) =>
    `verbindt als enige de sector ‘${sector}’ met de rest; valt zij weg, dan raken ${count(cutOff, 'organisatie', 'organisaties')} los.`,
  sector: {
    EDUCATION: 'Onderwijs',
    LEERPLICHT_RMC: 'Leerplicht en RMC',
    CARE: 'Zorg',
    JUSTICE: 'Justitie',
    WORK: 'Werk',
  } satisfies Record<AnalysisSector, string>,
  isolatedHeading: (n: number) => `Organisaties zonder verbinding (${n})`,
  noIsolated: 'Elke organisatie in de regio heeft minstens één verbinding.',
  provisionHeading: (n: number) => `Hulp die niemand in de regio biedt (${n})`,
  noProvisionGaps: 'Voor elke hulpvraag van de casussen in deze regio is hier een aanbieder.',
  provisionCases: (shown: string) => `— ${shown} casussen met deze hulpvraag`,
  hiddenHeading: (n: number) => `Samenwerking zonder verbinding (${n})`,
  noHidden: 'Alle overdrachten lopen tussen organisaties die met elkaar verbonden zijn.',
  hiddenCounts: (handovers: string, cases: string) =>
    `— ${handovers} overdrachten over ${cases} casussen, maar geen verbinding op de kaart`,
  needs: {
    ANGST_DEPRESSIE: 'Angst en depressie',
    AUTISME: 'Autisme',
    DAGBESTEDING: 'Dagbesteding',
    GEDRAG: 'Gedragsproblematiek',
    GEZIN: 'Gezinsondersteuning',
    GGZ_JEUGD: 'Ggz-jeugd',
    HOOGBEGAAFDHEID: 'Hoogbegaafdheid',
    HUISVESTING: 'Huisvesting',
    LICHAMELIJK: 'Lichamelijke gezondheid',
    LVB: 'Licht verstandelijke beperking (lvb)',
    ONDERWIJS_OP_MAAT: 'Onderwijs op maat',
    SCHULDHULP: 'Schuldhulpverlening',
    STAGE_WERK: 'Stage en werk',
    TAAL: 'Taal (NT2)',
    VEILIGHEID: 'Veiligheid thuis',
    VERSLAVING: 'Verslavingszorg',
  } satisfies Record<Need, string>,
  nationalHeading: 'Hiaten in alle RMC-regio’s',
  nationalLoading: 'Hiaten van alle regio’s tellen…',
  nationalFailed: 'De hiaten van alle regio’s konden niet worden geteld.',
  nationalCaption: 'Ontbrekende verbindingen per ernst en verouderde verbindingen, per RMC-regio',
  region: 'Regio',
};
