import type { CaseKind, HandoverReason, HandoverStatus } from '../api/operations/handover-analyses';

const count = (n: number, one: string, many: string) =>
  `${n.toLocaleString('nl-NL')} ${n === 1 ? one : many}`;

/** The Overdrachten view in Dutch (`ui.handovers`); `handovers.en.ts` has the same keys. */
export const nlHandovers = {
  heading: (region: string) => `Overdrachten in ${region}`,
  intro:
    'Hoe casussen tussen de organisaties van de regio worden overgedragen, hoe snel ze worden geaccepteerd, en waar overdrachten blijven hangen. Aantallen van 1 tot 4 tonen we als ‘<5’, tenzij je alle casussen erachter mag inzien.',
  loadingFlows: 'Overdrachten tellen…',
  flowsFailed: 'De overdrachten van deze regio konden niet worden opgehaald.',
  noFlows:
    'Geen overdrachten in deze regio in de afgelopen twaalf maanden. Kies een andere regio, of kijk op de netwerkkaart wie met wie samenwerkt.',
  findingsLoading: 'Vastgelopen overdrachten zoeken…',
  findingsFailed: 'De vastgelopen overdrachten konden niet worden opgehaald.',
  period: (from: string, to: string) => `Aanvragen van ${from} tot en met ${to}.`,
  flowSummary: (nodes: number, flows: number) =>
    `${count(flows, 'stroom', 'stromen')} tussen ${count(nodes, 'organisatie', 'organisaties')}.`,
  mapLabel: (name: string, nodes: number, flows: number) =>
    `${name}: ${count(flows, 'stroom', 'stromen')} van overdrachten tussen ${count(nodes, 'organisatie', 'organisaties')}. De tabel onder de kaart bevat dezelfde gegevens.`,
  mapHint:
    'Elke pijl is een stroom van overdrachten van de ene organisatie naar de andere. Klik op een organisatie om haar stromen te zien.',
  legendHeading: 'Legenda van de stromen',
  legendColour: 'Kleur: mediaan aantal dagen tot acceptatie',
  legendWidth: 'Dikte: aantal overdrachten',
  daysUnder: (days: number) => `minder dan ${days} dag`,
  daysBetween: (from: number, to: number) => `${from} tot ${to} dagen`,
  daysAtLeast: (days: number) => `${days} dagen of meer`,
  noMedian: 'geen mediaan: niets geaccepteerd, of het aantal is niet te tonen',
  widthFew: 'minder dan 5 (of niet te tonen)',
  widthMany: 'veel overdrachten',
  tableHeading: 'Tabel: alle stromen',
  tableCaption: 'Stromen van overdrachten tussen organisaties, grootste eerst',
  from: 'Van',
  to: 'Naar',
  handoverCount: 'Overdrachten',
  caseCount: 'Casussen',
  acceptance: 'Geaccepteerd',
  median: 'Mediaan dagen tot acceptatie',
  notShown: 'niet te tonen',
  none: '—',
  smallCounts:
    '‘<5’: minder dan vijf, niet precies getoond om de jongeren erachter te beschermen. ‘Niet te tonen’: om dezelfde reden geen percentage of mediaan. ‘—’: nog niets beantwoord of geaccepteerd.',
  stalledHeading: 'Vastgelopen overdrachten',
  stalledExplained: 'Verzoeken die na meer dan 5 werkdagen nog niet zijn beantwoord.',
  pingPongHeading: 'Heen en weer gestuurd',
  pingPongExplained: 'Casussen die van A naar B gingen en daarna weer terug naar A.',
  uncoordinatedHeading: 'Casussen zonder regie',
  uncoordinatedExplained:
    'Open casussen met drie of meer betrokken organisaties waarin niemand de regie heeft.',
  regionTotal: (shown: string) => `In de hele regio: ${shown} casussen.`,
  perOrganisation: (n: number) => `Per organisatie (${n})`,
  organisation: 'Organisatie',
  noneInRegion: 'Geen in deze regio.',
  noneReadable:
    'Geen van deze casussen is van jouw organisatie, dus je ziet alleen de aantallen. Vraag een collega van een betrokken organisatie om details.',
  readable: (n: number) => `${count(n, 'casus', 'casussen')} die je mag inzien:`,
  caseLine: (kind: string, municipality: string, opened: string) =>
    `${kind} in ${municipality}, geopend ${opened}`,
  stalledLine: (from: string, to: string, days: number, requested: string) =>
    `${from} → ${to}: ${count(days, 'werkdag', 'werkdagen')} zonder antwoord (gevraagd ${requested})`,
  pingPongLine: (organisations: readonly string[], returned: string) =>
    `${organisations.join(' ⇄ ')}, teruggestuurd op ${returned}`,
  uncoordinatedLine: (organisations: readonly string[]) =>
    `${count(organisations.length, 'organisatie', 'organisaties')}: ${organisations.join(', ')}`,
  showJourney: 'Toon verloop',
  journey: 'Verloop van de casus',
  journeyHeading: (kind: string, municipality: string) =>
    `Verloop van de casus: ${kind} in ${municipality}`,
  journeyLoading: 'Verloop laden…',
  journeyFailed: 'Het verloop van deze casus kon niet worden opgehaald.',
  journeyMissing:
    'Deze casus bestaat niet (meer) of je mag hem niet inzien. Kies een casus van je eigen organisatie.',
  journeyLabel: (nodes: number, steps: number) =>
    `Pad van de casus langs ${count(nodes, 'organisatie', 'organisaties')} in ${count(steps, 'stap', 'stappen')}. De lijst ernaast bevat dezelfde stappen.`,
  journeyLegend:
    'Pijlen zijn genummerd in volgorde. Doorgetrokken: geaccepteerd of afgerond; gestreept: nog niet beantwoord; gestippeld: afgewezen.',
  closeJourney: 'Verloop sluiten',
  fromTo: (from: string, to: string) => `${from} → ${to}`,
  warm: 'warme overdracht',
  statusLine: (status: string, on: string | null) => (on ? `${status} op ${on}` : status),
  statuses: {
    REQUESTED: 'nog niet beantwoord',
    ACCEPTED: 'geaccepteerd',
    DECLINED: 'afgewezen',
    COMPLETED: 'afgerond',
  } satisfies Record<HandoverStatus, string>,
  caseKinds: {
    ABSOLUUT_VERZUIM: 'Absoluut verzuim',
    KWETSBARE_POSITIE: 'Kwetsbare positie',
    LUXE_VERZUIM: 'Luxeverzuim',
    RELATIEF_VERZUIM: 'Relatief verzuim',
    SIGNAALVERZUIM: 'Signaalverzuim',
    THUISZITTER: 'Thuiszitter',
    VRIJSTELLING: 'Vrijstelling',
    VSV: 'Voortijdig schoolverlaten',
  } satisfies Record<CaseKind, string>,
  reasons: {
    HALT_AFDOENING: 'Halt-afdoening',
    MAZL: 'M@ZL: ziekteverzuim naar de jeugdarts',
    ONDERWIJSCONSULENT: 'Inschakelen van de onderwijsconsulent',
    OTHER: 'Anders',
    PROCES_VERBAAL: 'Proces-verbaal naar het OM',
    RMC_TRAJECT: 'RMC-traject naar school of werk',
    VEILIGHEID: 'Melding onder de meldcode',
    VERZUIMMELDING: 'Verzuimmelding',
    WARME_OVERDRACHT_VO_MBO: 'Warme overdracht vo → mbo',
    ZORG_NODIG: 'Zorg eerst: naar wijkteam of jeugdhulp',
  } satisfies Record<HandoverReason, string>,
};
