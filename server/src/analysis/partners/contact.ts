import type { Need } from '../../vocabulary/needs.js';
import type { Role } from '../../vocabulary/roles.js';
import type { StaffRow } from './types.js';

/**
 * For each need, the roles that answer for it at a partner, the best fit first (DOMAIN.md,
 * "Typical roles"). A professional's fit for a request is the sum over the asked needs of how
 * high their role stands here (first place: the list's length; absent: 0).
 */
export const rolesForNeed: Record<Need, readonly Role[]> = {
  AUTISME: ['SWV_CONSULENT', 'GGZ_BEHANDELAAR', 'ZORGCOORDINATOR', 'INTERN_BEGELEIDER'],
  GGZ_JEUGD: ['GGZ_BEHANDELAAR', 'JEUGDARTS', 'JEUGDHULPVERLENER'],
  LVB: ['SWV_CONSULENT', 'JEUGDHULPVERLENER', 'ZORGCOORDINATOR', 'INTERN_BEGELEIDER'],
  SCHULDHULP: ['KLANTMANAGER_WI', 'WIJKTEAMMEDEWERKER', 'CASUSREGISSEUR'],
  VERSLAVING: ['GGZ_BEHANDELAAR', 'JEUGDHULPVERLENER'],
  TAAL: ['KLANTMANAGER_WI', 'MBO_INTAKER', 'DECAAN'],
  HOOGBEGAAFDHEID: ['SWV_CONSULENT', 'ONDERWIJSCONSULENT', 'INTERN_BEGELEIDER'],
  STAGE_WERK: ['JOBCOACH', 'KLANTMANAGER_WI', 'MBO_INTAKER', 'DECAAN'],
  ANGST_DEPRESSIE: ['GGZ_BEHANDELAAR', 'JEUGDARTS', 'JEUGDHULPVERLENER'],
  GEDRAG: ['JEUGDHULPVERLENER', 'SWV_CONSULENT', 'WIJKTEAMMEDEWERKER', 'ZORGCOORDINATOR'],
  LICHAMELIJK: ['JEUGDARTS', 'JEUGDVERPLEEGKUNDIGE'],
  GEZIN: ['WIJKTEAMMEDEWERKER', 'CASUSREGISSEUR', 'JEUGDHULPVERLENER'],
  HUISVESTING: ['WIJKTEAMMEDEWERKER', 'KLANTMANAGER_WI'],
  VEILIGHEID: ['JEUGDHULPVERLENER', 'CASUSREGISSEUR', 'RAADSONDERZOEKER'],
  ONDERWIJS_OP_MAAT: ['ONDERWIJSCONSULENT', 'SWV_CONSULENT', 'LEERPLICHTAMBTENAAR'],
  DAGBESTEDING: ['JEUGDHULPVERLENER', 'CASUSREGISSEUR', 'JOBCOACH'],
};

/** How well a role fits the asked needs (see `rolesForNeed`). */
export function roleFit(role: Role, needs: readonly Need[]): number {
  return needs.reduce((sum, need) => {
    const roles = rolesForNeed[need];
    const at = roles.indexOf(role);
    return sum + (at < 0 ? 0 : roles.length - at);
  }, 0);
}

/**
 * The contact at one organisation, deterministically: most asked needs in their listed
 * expertise, then the best role fit, then the lowest id (the longest-registered).
 */
export function pickContact(staff: readonly StaffRow[], needs: readonly Need[]): StaffRow | null {
  let best: StaffRow | null = null;
  let bestKey: [number, number] = [-1, -1];
  for (const person of [...staff].sort((a, b) => a.id.localeCompare(b.id))) {
    const key: [number, number] = [person.expertise.length, roleFit(person.role, needs)];
    if (key[0] > bestKey[0] || (key[0] === bestKey[0] && key[1] > bestKey[1])) {
      best = person;
      bestKey = key;
    }
  }
  return best;
}
