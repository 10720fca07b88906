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
