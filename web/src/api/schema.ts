// Enums of the Rizoom GraphQL schema, mirrored by hand (the schema is small and changes rarely).
// The arrays give a stable order for legends and iteration.

export const ORGANISATION_KINDS = [
  'SCHOOL_PO',
  'SCHOOL_SO',
  'SCHOOL_VSO',
  'SCHOOL_VO',
  'SCHOOL_PRAKTIJKONDERWIJS',
  'SCHOOL_MBO',
  'SWV_PO',
  'SWV_VO',
  'LEERPLICHT',
  'RMC',
  'WIJKTEAM',
  'JEUGDZORG',
  'GGZ',
  'GGD',
  'VEILIG_THUIS',
  'HALT',
  'OM',
  'RAAD_KINDERBESCHERMING',
  'POLITIE',
  'UWV',
  'WERK_EN_INKOMEN',
  'EMPLOYER',
  'ONDERWIJSCONSULENTEN',
  'DUO',
  'INGRADO',
  'OTHER',
] as const;

export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

export const TIE_KINDS = [
  'FORMAL_AGREEMENT',
  'CONSULTATION_TABLE',
  'HANDOVER_PARTNER',
  'INFORMAL',
] as const;

export type TieKind = (typeof TIE_KINDS)[number];

export const ACCOUNT_ROLES = ['ADMIN', 'REGIONAL_COORDINATOR', 'PROFESSIONAL'] as const;

export type AccountRole = (typeof ACCOUNT_ROLES)[number];

export const PROFESSIONAL_ROLES = [
  'LEERPLICHTAMBTENAAR',
  'RMC_TRAJECTBEGELEIDER',
  'ZORGCOORDINATOR',
  'INTERN_BEGELEIDER',
  'VERZUIMCOORDINATOR',
  'DECAAN',
  'MBO_INTAKER',
  'SWV_CONSULENT',
  'JEUGDARTS',
  'JEUGDVERPLEEGKUNDIGE',
  'SCHOOLMAATSCHAPPELIJK_WERKER',
  'WIJKTEAMMEDEWERKER',
  'PARKETMEDEWERKER',
  'HALT_MEDEWERKER',
  'RAADSONDERZOEKER',
  'JEUGDAGENT',
  'KLANTMANAGER_WI',
  'JOBCOACH',
  'CASUSREGISSEUR',
  'ONDERWIJSCONSULENT',
  'JEUGDHULPVERLENER',
  'GGZ_BEHANDELAAR',
  'BELEIDSMEDEWERKER',
  'OTHER',
] as const;

/** A professional's role (the schema's `Role`). */
export type ProfessionalRole = (typeof PROFESSIONAL_ROLES)[number];

/** What a node on the map stands for (the schema's `GraphNodeType`). */
export const NODE_TYPES = [
  'Organisation',
  'Professional',
  'ConsultationTable',
  'Municipality',
] as const;
export type NodeType = (typeof NODE_TYPES)[number];

/** Which relationship an edge on the map is (the schema's `NeighbourhoodRelation`). */
export type Relation = 'TIE' | 'WORKS_AT' | 'MEMBER_OF' | 'MEMBER_OF_SWV' | 'SERVES';

export const IMPORT_ENTITIES = [
  'ORGANISATIONS',
  'PROFESSIONALS',
  'TIES',
  'TABLES',
  'TABLE_MEMBERS',
] as const;
export type ImportEntity = (typeof IMPORT_ENTITIES)[number];
