import type { OrganisationKind } from '../../server/src/network/kinds.js';

/** The roles each kind of organisation has (DOMAIN.md, "Typical roles"). */
export const rolesByKind: Partial<Record<OrganisationKind, readonly string[]>> = {
  SCHOOL_VO: ['zorgcoördinator', 'verzuimcoördinator', 'decaan'],
  SCHOOL_MBO: ['mbo-intaker', 'verzuimcoördinator'],
  SWV_PO: ['SWV-consulent'],
  SWV_VO: ['SWV-consulent'],
  LEERPLICHT: ['leerplichtambtenaar'],
  RMC: ['RMC-trajectbegeleider'],
  WIJKTEAM: ['wijkteammedewerker', 'schoolmaatschappelijk werker', 'casusregisseur'],
  GGD: ['jeugdarts', 'jeugdverpleegkundige'],
  HALT: ['Halt-medewerker'],
  OM: ['parketmedewerker'],
  RAAD_KINDERBESCHERMING: ['raadsonderzoeker'],
  UWV: ['jobcoach'],
};
