import type { OrganisationKind, TieKind } from '../../server/src/network/kinds.js';
import type { Need } from '../../server/src/vocabulary/needs.js';

// The sectors of the field are defined with the network; the generator plants by them too.
export { type Sector, sectorOf } from '../../server/src/network/sectors.js';

export interface TieRule {
  code: string;
  from: readonly OrganisationKind[];
  to: readonly OrganisationKind[];
  kind: TieKind;
  /** Part of the expected-collaboration template: present for every pair, unless planted missing. */
  expected: boolean;
  /** Share of the pairs that are tied (1 for expected rules). */
  share: number;
  /** Pairs serve a common municipality; `membership`: a school and the SWV it is a member of. */
  scope: 'municipality' | 'membership';
  /** The `to` organisation must offer this need. */
  toOffers?: Need;
  description: string;
}

const schools = [
  'SCHOOL_PO',
  'SCHOOL_SO',
  'SCHOOL_VSO',
  'SCHOOL_VO',
  'SCHOOL_PRAKTIJKONDERWIJS',
  'SCHOOL_MBO',
] as const;
const secondary = ['SCHOOL_VO', 'SCHOOL_PRAKTIJKONDERWIJS', 'SCHOOL_VSO'] as const;

const rule = (
  code: string,
  from: readonly OrganisationKind[],
  to: readonly OrganisationKind[],
  kind: TieKind,
  description: string,
  extra: Partial<TieRule> = {},
): TieRule => ({
  code,
  from,
  to,
  kind,
  expected: true,
  share: 1,
  scope: 'municipality',
  description,
  ...extra,
});

/**
 * How organisations are tied, following the field's routes (DOMAIN.md). The expected rules are
 * the default expected-collaboration template the generator keeps everywhere except where it
 * plants missing ties; the others are common but not expected everywhere.
 */
export const tieRules: readonly TieRule[] = [
  rule(
    'SCHOOL-SWV',
    schools.slice(0, 5),
    ['SWV_PO', 'SWV_VO'],
    'FORMAL_AGREEMENT',
    'a school and its samenwerkingsverband',
    { scope: 'membership' },
  ),
  rule(
    'SCHOOL-GGD',
    schools,
    ['GGD'],
    'FORMAL_AGREEMENT',
    'a school and the GGD (jeugdarts, M@ZL)',
  ),
  rule(
    'SCHOOL-LEERPLICHT',
    schools,
    ['LEERPLICHT'],
    'HANDOVER_PARTNER',
    'a school and the leerplicht team of its municipality',
  ),
  rule(
    'SCHOOL-RMC',
    [...secondary, 'SCHOOL_MBO'],
    ['RMC'],
    'HANDOVER_PARTNER',
    'a secondary school or MBO and the RMC',
  ),
  rule(
    'VO-MBO',
    secondary,
    ['SCHOOL_MBO'],
    'HANDOVER_PARTNER',
    'VO → MBO: a VO school and the MBO institutions of its region',
  ),
  rule(
    'LEERPLICHT-SWV',
    ['LEERPLICHT'],
    ['SWV_PO', 'SWV_VO'],
    'CONSULTATION_TABLE',
    'leerplicht and every samenwerkingsverband serving its municipalities',
  ),
  rule('LEERPLICHT-HALT', ['LEERPLICHT'], ['HALT'], 'HANDOVER_PARTNER', 'leerplicht and Halt'),
  rule(
    'LEERPLICHT-OM',
    ['LEERPLICHT'],
    ['OM'],
    'HANDOVER_PARTNER',
    'leerplicht and the OM parket (proces-verbaal)',
  ),
  rule(
    'LEERPLICHT-RAAD',
    ['LEERPLICHT'],
    ['RAAD_KINDERBESCHERMING'],
    'HANDOVER_PARTNER',
    'leerplicht and the Raad voor de Kinderbescherming',
  ),
  rule(
    'LEERPLICHT-WIJKTEAM',
    ['LEERPLICHT'],
    ['WIJKTEAM'],
    'HANDOVER_PARTNER',
    'leerplicht and the wijkteams (care first)',
  ),
  rule('LEERPLICHT-RMC', ['LEERPLICHT'], ['RMC'], 'FORMAL_AGREEMENT', 'leerplicht and the RMC'),
  rule(
    'LEERPLICHT-GGD',
    ['LEERPLICHT'],
    ['GGD'],
    'CONSULTATION_TABLE',
    'leerplicht and the GGD (M@ZL, vrijstelling 5a)',
  ),
  rule(
    'LEERPLICHT-VEILIG_THUIS',
    ['LEERPLICHT'],
    ['VEILIG_THUIS'],
    'HANDOVER_PARTNER',
    'leerplicht and Veilig Thuis (meldcode)',
  ),
  rule(
    'LEERPLICHT-ONDERWIJSCONSULENTEN',
    ['LEERPLICHT'],
    ['ONDERWIJSCONSULENTEN'],
    'HANDOVER_PARTNER',
    'leerplicht and the onderwijsconsulenten (thuiszitters)',
  ),
  rule(
    'SWV-ONDERWIJSCONSULENTEN',
    ['SWV_PO', 'SWV_VO'],
    ['ONDERWIJSCONSULENTEN'],
    'FORMAL_AGREEMENT',
    'a samenwerkingsverband and the onderwijsconsulenten',
  ),
  rule(
    'SWV-GGZ',
    ['SWV_PO', 'SWV_VO'],
    ['GGZ'],
    'FORMAL_AGREEMENT',
    'a samenwerkingsverband and the GGZ-jeugd providers serving it',
    { toOffers: 'GGZ_JEUGD' },
  ),
  rule('GGD-WIJKTEAM', ['GGD'], ['WIJKTEAM'], 'CONSULTATION_TABLE', 'the GGD and the wijkteams'),
  rule(
    'GGD-CARE',
    ['GGD'],
    ['JEUGDZORG', 'GGZ'],
    'HANDOVER_PARTNER',
    'the GGD and the jeugdzorg and GGZ providers',
  ),
  rule(
    'GGD-VEILIG_THUIS',
    ['GGD'],
    ['VEILIG_THUIS'],
    'HANDOVER_PARTNER',
    'the GGD and Veilig Thuis',
  ),
  rule(
    'WIJKTEAM-CARE',
    ['WIJKTEAM'],
    ['JEUGDZORG', 'GGZ'],
    'HANDOVER_PARTNER',
    'a wijkteam and the jeugdzorg and GGZ providers',
  ),
  rule(
    'WIJKTEAM-VEILIG_THUIS',
    ['WIJKTEAM'],
    ['VEILIG_THUIS'],
    'HANDOVER_PARTNER',
    'a wijkteam and Veilig Thuis',
  ),
  rule('RMC-UWV', ['RMC'], ['UWV'], 'FORMAL_AGREEMENT', 'the RMC and UWV'),
  rule(
    'RMC-WERK_EN_INKOMEN',
    ['RMC'],
    ['WERK_EN_INKOMEN'],
    'FORMAL_AGREEMENT',
    'the RMC and Werk & Inkomen',
  ),
  rule('RMC-EMPLOYER', ['RMC'], ['EMPLOYER'], 'HANDOVER_PARTNER', 'the RMC and employers'),
  rule(
    'POLITIE-JUSTICE',
    ['POLITIE'],
    ['HALT', 'LEERPLICHT'],
    'HANDOVER_PARTNER',
    'the police (jeugdagent) and Halt and leerplicht',
  ),
  rule(
    'DUO-LEERPLICHT',
    ['DUO'],
    ['LEERPLICHT', 'RMC'],
    'FORMAL_AGREEMENT',
    'DUO (verzuimloket, leavers list) and leerplicht and RMC',
  ),
  rule(
    'INGRADO-MEMBERS',
    ['INGRADO'],
    ['LEERPLICHT', 'RMC'],
    'FORMAL_AGREEMENT',
    'Ingrado and its members',
  ),
  rule(
    'HALT-OM',
    ['HALT'],
    ['OM', 'RAAD_KINDERBESCHERMING'],
    'HANDOVER_PARTNER',
    'Halt, the OM and the Raad',
    { expected: false },
  ),
  rule(
    'MBO-EMPLOYER',
    ['SCHOOL_MBO'],
    ['EMPLOYER'],
    'FORMAL_AGREEMENT',
    'an MBO and employers (stage, BBL)',
    { expected: false, share: 0.6 },
  ),
  rule(
    'WERK_EN_INKOMEN-WIJKTEAM',
    ['WERK_EN_INKOMEN'],
    ['WIJKTEAM'],
    'HANDOVER_PARTNER',
    'Werk & Inkomen and the wijkteams (schuldhulp)',
    { expected: false, share: 0.8 },
  ),
  rule(
    'UWV-WERK_EN_INKOMEN',
    ['UWV'],
    ['WERK_EN_INKOMEN'],
    'FORMAL_AGREEMENT',
    'UWV and Werk & Inkomen',
    { expected: false, share: 0.9 },
  ),
  rule('VO-WIJKTEAM', ['SCHOOL_VO'], ['WIJKTEAM'], 'INFORMAL', 'a VO school and a wijkteam', {
    expected: false,
    share: 0.3,
  }),
  rule('JEUGDZORG-GGZ', ['JEUGDZORG'], ['GGZ'], 'INFORMAL', 'jeugdzorg and GGZ providers', {
    expected: false,
    share: 0.4,
  }),
  rule('POLITIE-WIJKTEAM', ['POLITIE'], ['WIJKTEAM'], 'INFORMAL', 'the police and the wijkteams', {
    expected: false,
    share: 0.5,
  }),
];
