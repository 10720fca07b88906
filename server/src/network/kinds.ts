/** Every kind of organisation in the field (DOMAIN.md, "Who is in the network"). */
export const organisationKinds = [
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
export type OrganisationKind = (typeof organisationKinds)[number];

/** How two organisations or professionals are tied. */
export const tieKinds = [
  'FORMAL_AGREEMENT',
  'CONSULTATION_TABLE',
  'HANDOVER_PARTNER',
  'INFORMAL',
] as const;
export type TieKind = (typeof tieKinds)[number];
