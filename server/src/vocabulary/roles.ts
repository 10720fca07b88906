/** The roles of professionals in the field (DOMAIN.md, "Typical roles"). */
export const roles = {
  LEERPLICHTAMBTENAAR: 'leerplichtambtenaar',
  RMC_TRAJECTBEGELEIDER: 'RMC-trajectbegeleider',
  ZORGCOORDINATOR: 'zorgcoördinator',
  INTERN_BEGELEIDER: 'intern begeleider',
  VERZUIMCOORDINATOR: 'verzuimcoördinator',
  DECAAN: 'decaan',
  MBO_INTAKER: 'mbo-intaker',
  SWV_CONSULENT: 'SWV-consulent',
  JEUGDARTS: 'jeugdarts',
  JEUGDVERPLEEGKUNDIGE: 'jeugdverpleegkundige',
  SCHOOLMAATSCHAPPELIJK_WERKER: 'schoolmaatschappelijk werker',
  WIJKTEAMMEDEWERKER: 'wijkteammedewerker',
  PARKETMEDEWERKER: 'parketmedewerker',
  HALT_MEDEWERKER: 'Halt-medewerker',
  RAADSONDERZOEKER: 'raadsonderzoeker',
  JEUGDAGENT: 'jeugdagent',
  KLANTMANAGER_WI: 'klantmanager W&I',
  JOBCOACH: 'jobcoach',
  CASUSREGISSEUR: 'casusregisseur',
  ONDERWIJSCONSULENT: 'onderwijsconsulent',
  JEUGDHULPVERLENER: 'jeugdhulpverlener',
  GGZ_BEHANDELAAR: 'GGZ-behandelaar',
  BELEIDSMEDEWERKER: 'beleidsmedewerker',
  OTHER: 'medewerker',
} as const;
export type Role = keyof typeof roles;
export const roleCodes = Object.keys(roles) as Role[];
