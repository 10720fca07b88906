/**
 * Kinds of region. RMC, GGD, jeugdregio, arbeidsmarktregio and veiligheidsregio come from the
 * CBS reference data; samenwerkingsverband regions (PO and VO) have no open source and are
 * generated synthetically, marked as such.
 */
export const regionKinds = [
  'RMC',
  'SWV_PO',
  'SWV_VO',
  'GGD',
  'JEUGDREGIO',
  'ARBEIDSMARKTREGIO',
  'VEILIGHEIDSREGIO',
] as const;
export type RegionKind = (typeof regionKinds)[number];
