import type { ApiErrorCode } from '../api/ApiError';
import type { AccountRole, OrganisationKind, TieKind } from '../api/schema';
import type { Sector } from '../domain/sectors';

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export const organisationKindLabels: Readonly<Record<OrganisationKind, string>> = {
  SCHOOL_PO: 'Basisschool (po)',
  SCHOOL_SO: 'School voor speciaal onderwijs (so)',
  SCHOOL_VSO: 'School voor voortgezet speciaal onderwijs (vso)',
  SCHOOL_VO: 'School voor voortgezet onderwijs (vo)',
  SCHOOL_PRAKTIJKONDERWIJS: 'School voor praktijkonderwijs',
  SCHOOL_MBO: 'Mbo-instelling',
  SWV_PO: 'Samenwerkingsverband passend onderwijs po',
  SWV_VO: 'Samenwerkingsverband passend onderwijs vo',
  LEERPLICHT: 'Leerplicht',
  RMC: 'RMC / Doorstroompunt',
  WIJKTEAM: 'Wijkteam',
  JEUGDZORG: 'Jeugdzorgaanbieder',
  GGZ: 'Ggz-aanbieder',
  GGD: 'GGD / jeugdgezondheidszorg',
  VEILIG_THUIS: 'Veilig Thuis',
  HALT: 'Halt',
  OM: 'Openbaar Ministerie',
  RAAD_KINDERBESCHERMING: 'Raad voor de Kinderbescherming',
  POLITIE: 'Politie',
  UWV: 'UWV',
  WERK_EN_INKOMEN: 'Werk en Inkomen',
  EMPLOYER: 'Werkgever',
  ONDERWIJSCONSULENTEN: 'Onderwijsconsulenten',
  DUO: 'DUO',
  INGRADO: 'Ingrado',
  OTHER: 'Overige organisatie',
};

export const tieKindLabels: Readonly<Record<TieKind, string>> = {
  FORMAL_AGREEMENT: 'Formele samenwerkingsafspraak',
  CONSULTATION_TABLE: 'Gezamenlijke overlegtafel',
  HANDOVER_PARTNER: 'Overdrachtspartner',
  INFORMAL: 'Informeel contact',
};

export const sectorLabels: Readonly<Record<Sector, string>> = {
  EDUCATION: 'Onderwijs',
  INCLUSIVE_EDUCATION: 'Passend onderwijs',
  ATTENDANCE: 'Leerplicht en RMC',
  CARE: 'Zorg en veiligheid thuis',
  JUSTICE: 'Justitie en politie',
  WORK: 'Werk en inkomen',
  NATIONAL: 'Landelijke organisaties',
  OTHER: 'Overig',
};

export const accountRoleLabels: Readonly<Record<AccountRole, string>> = {
  ADMIN: 'Ingrado-beheerder',
  REGIONAL_COORDINATOR: 'regiocoördinator',
  PROFESSIONAL: 'professional',
};

export const errorMessages: Readonly<Record<ApiErrorCode, string>> = {
  DATABASE_UNAVAILABLE:
    'De database is op dit moment niet bereikbaar. Probeer het over enkele ogenblikken opnieuw.',
  UNAUTHENTICATED: 'Je sessie is verlopen. Meld je opnieuw aan.',
  FORBIDDEN: 'Je hebt geen toegang tot deze gegevens.',
  VALIDATION_FAILED: 'De ingevulde gegevens zijn niet geldig.',
  NETWORK_ERROR:
    'De server is niet bereikbaar. Controleer de internetverbinding en probeer het opnieuw.',
  HTTP_ERROR: 'De server gaf een foutmelding. Probeer het opnieuw.',
  INVALID_RESPONSE: 'De server gaf een onverwacht antwoord. Probeer het opnieuw.',
  NOT_FOUND: 'De gevraagde gegevens bestaan niet (meer).',
  BAD_USER_INPUT: 'De vraag aan de server was ongeldig.',
  UNKNOWN: 'Er ging iets mis bij het ophalen van de gegevens. Probeer het opnieuw.',
};

export const ui = {
  productName: 'Rizoom',
  pageTitle: 'Netwerkkaart',
  documentTitle: 'Rizoom — netwerkkaart',
  tagline: 'Samenwerking rond het recht op onderwijs',
  retry: 'Opnieuw proberen',
  attribution:
    'Gemeenten en regio’s: Bron: CBS (CC BY 4.0). Organisaties, professionals en verbindingen in de demo zijn verzonnen.',
  session: {
    checking: 'Aanmelding controleren…',
    unavailable: 'Rizoom kan op dit moment niet worden geladen.',
  },
  signIn: {
    documentTitle: 'Aanmelden — Rizoom',
    heading: 'Aanmelden',
    intro: 'Meld je aan met het e-mailadres en het wachtwoord van je Rizoom-account.',
    email: 'E-mailadres',
    password: 'Wachtwoord',
    submit: 'Aanmelden',
    submitting: 'Bezig met aanmelden…',
    expired: errorMessages.UNAUTHENTICATED,
    signedOut: 'Je bent afgemeld.',
    failed: 'Aanmelden is niet gelukt',
    wrongCredentials: 'Het e-mailadres of het wachtwoord klopt niet.',
    locked: 'Te veel mislukte pogingen. Probeer het over een kwartier opnieuw.',
    missingEmail: 'Vul je e-mailadres in.',
    invalidEmail: 'Vul een geldig e-mailadres in, zoals naam@organisatie.nl.',
    missingPassword: 'Vul je wachtwoord in.',
  },
  viewer: {
    signedInAs: 'Aangemeld als',
    roleAt: (role: string, organisation: string | null) =>
      organisation ? `${role} bij ${organisation}` : role,
    signOut: 'Afmelden',
    signingOut: 'Bezig met afmelden…',
    signOutFailed: 'Afmelden is niet gelukt.',
  },
  regionPicker: {
    label: 'RMC-regio',
    option: (name: string, code: string) => `${name} (${code})`,
  },
  status: {
    loadingRegions: 'Regio’s laden…',
    loadingNetwork: 'Netwerk laden…',
    emptyRegion: 'Nog geen organisaties in deze regio',
    noRegions: 'Er zijn nog geen RMC-regio’s beschikbaar.',
    regionNotFound: (code: string) => `Regio ${code} bestaat niet.`,
    regionsFailed: 'De regio’s konden niet worden geladen.',
    networkFailed: 'Het netwerk kon niet worden geladen.',
    organisationFailed: 'De gegevens van deze organisatie konden niet worden geladen.',
    loadingOrganisation: 'Gegevens laden…',
  },
  map: {
    heading: (regionName: string) => `Netwerk van ${regionName}`,
    summary: (nodes: number, edges: number) =>
      `${count(nodes, 'organisatie', 'organisaties')} en ${count(edges, 'verbinding', 'verbindingen')}.`,
    graphLabel: (regionName: string, nodes: number, edges: number) =>
      `Netwerkkaart van ${regionName}: ${count(nodes, 'organisatie', 'organisaties')} en ${count(edges, 'verbinding', 'verbindingen')}. De tabel onder de kaart bevat dezelfde organisaties.`,
  },
  legend: {
    heading: 'Legenda',
    organisations: 'Soorten organisaties',
    ties: 'Soorten verbindingen',
    kindCount: (n: number) => `(${n})`,
  },
  details: {
    close: 'Sluiten',
    closeHint: 'Sluit met Escape',
    kind: 'Soort',
    municipalities: 'Werkt voor de gemeenten',
    noMunicipalities: 'Geen gemeenten bekend.',
    professionals: 'Professionals',
    noProfessionals: 'Geen professionals bekend.',
    noEmail: 'Geen e-mailadres bekend',
    ties: 'Verbindingen',
    noTies: 'Geen verbindingen bekend.',
    outsideRegion: '(buiten deze regio)',
  },
  table: {
    heading: 'Tabel: organisaties in deze regio',
    caption: (regionName: string) => `Organisaties in ${regionName}, op naam gesorteerd`,
    name: 'Organisatie',
    kind: 'Soort',
    ties: 'Verbindingen in de regio',
  },
} as const;
