/** The kinds of region the reference data carries (CBS region layers). */
export const regionKinds = [
  'RMC',
  'GGD',
  'JEUGDREGIO',
  'ARBEIDSMARKTREGIO',
  'VEILIGHEIDSREGIO',
] as const;
export type RegionKind = (typeof regionKinds)[number];
