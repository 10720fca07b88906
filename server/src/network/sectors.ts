import type { OrganisationKind } from './kinds.js';

/** The sectors of the field (DOMAIN.md, "Who is in the network"): brokers, bridges and single points of failure are judged between them. */
export const sectors = ['EDUCATION', 'LEERPLICHT_RMC', 'CARE', 'JUSTICE', 'WORK'] as const;
export type Sector = (typeof sectors)[number];

/** The sector of each kind of organisation; the generator's manifest lists the same map. */
export const sectorOf: Record<OrganisationKind, Sector> = {
  SCHOOL_PO: 'EDUCATION',
  SCHOOL_SO: 'EDUCATION',
  SCHOOL_VSO: 'EDUCATION',
  SCHOOL_VO: 'EDUCATION',
  SCHOOL_PRAKTIJKONDERWIJS: 'EDUCATION',
  SCHOOL_MBO: 'EDUCATION',
  SWV_PO: 'EDUCATION',
  SWV_VO: 'EDUCATION',
  ONDERWIJSCONSULENTEN: 'EDUCATION',
  DUO: 'EDUCATION',
  OTHER: 'EDUCATION',
  LEERPLICHT: 'LEERPLICHT_RMC',
  RMC: 'LEERPLICHT_RMC',
  INGRADO: 'LEERPLICHT_RMC',
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
};
