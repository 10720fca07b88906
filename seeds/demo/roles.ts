import type { OrganisationKind } from '../../server/src/network/kinds.js';
import type { Role } from '../../server/src/vocabulary/roles.js';

/** The roles each kind of organisation has (DOMAIN.md, "Typical roles"), as stored codes. */
export const rolesByKind: Partial<Record<OrganisationKind, readonly Role[]>> = {
  SCHOOL_VO: ['ZORGCOORDINATOR', 'VERZUIMCOORDINATOR', 'DECAAN'],
  SCHOOL_MBO: ['MBO_INTAKER', 'VERZUIMCOORDINATOR'],
  SWV_PO: ['SWV_CONSULENT'],
  SWV_VO: ['SWV_CONSULENT'],
  LEERPLICHT: ['LEERPLICHTAMBTENAAR'],
  RMC: ['RMC_TRAJECTBEGELEIDER'],
  WIJKTEAM: ['WIJKTEAMMEDEWERKER', 'SCHOOLMAATSCHAPPELIJK_WERKER', 'CASUSREGISSEUR'],
  GGD: ['JEUGDARTS', 'JEUGDVERPLEEGKUNDIGE'],
  HALT: ['HALT_MEDEWERKER'],
  OM: ['PARKETMEDEWERKER'],
  RAAD_KINDERBESCHERMING: ['RAADSONDERZOEKER'],
  UWV: ['JOBCOACH'],
};
