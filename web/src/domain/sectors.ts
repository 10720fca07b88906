import type { OrganisationKind } from '../api/schema';

/**
 * Sectors group the organisation kinds for colour: eight kinds of partner are as many as a
 * colour-blind-safe palette can tell apart; within a sector the node shape tells kinds apart.
 */
export const SECTORS = [
  'EDUCATION',
  'INCLUSIVE_EDUCATION',
  'ATTENDANCE',
  'CARE',
  'JUSTICE',
  'WORK',
  'NATIONAL',
  'OTHER',
] as const;

export type Sector = (typeof SECTORS)[number];

export const SECTOR_OF_KIND: Readonly<Record<OrganisationKind, Sector>> = {
  SCHOOL_PO: 'EDUCATION',
  SCHOOL_SO: 'EDUCATION',
  SCHOOL_VSO: 'EDUCATION',
  SCHOOL_VO: 'EDUCATION',
  SCHOOL_PRAKTIJKONDERWIJS: 'EDUCATION',
  SCHOOL_MBO: 'EDUCATION',
  SWV_PO: 'INCLUSIVE_EDUCATION',
  SWV_VO: 'INCLUSIVE_EDUCATION',
  LEERPLICHT: 'ATTENDANCE',
  RMC: 'ATTENDANCE',
  WIJKTEAM: 'CARE',
  JEUGDZORG: 'CARE',
  GGZ: 'CARE',
  GGD: 'CARE',
  VEILIG_THUIS: 'CARE',
  HALT: 'JUSTICE',
  OM: 'JUSTICE',
  RAAD_KINDERBESCHERMING: 'JUSTICE',
  POLITIE: 'JUSTICE',
  UWV: 'WORK',
  WERK_EN_INKOMEN: 'WORK',
  EMPLOYER: 'WORK',
  ONDERWIJSCONSULENTEN: 'NATIONAL',
  DUO: 'NATIONAL',
  INGRADO: 'NATIONAL',
  OTHER: 'OTHER',
};
