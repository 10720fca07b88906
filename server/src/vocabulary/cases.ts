/** Case kinds (DOMAIN.md, "Cases and what happens to them"). */
export const caseKinds = [
  'ABSOLUUT_VERZUIM',
  'RELATIEF_VERZUIM',
  'LUXE_VERZUIM',
  'SIGNAALVERZUIM',
  'THUISZITTER',
  'VRIJSTELLING',
  'VSV',
  'KWETSBARE_POSITIE',
] as const;
export type CaseKind = (typeof caseKinds)[number];

export const caseStatuses = ['OPEN', 'CLOSED'] as const;
export type CaseStatus = (typeof caseStatuses)[number];

/** Coded risk indicators; no free text is ever stored about a young person. */
export const riskIndicators = [
  'RELATIEF_VERZUIM',
  'FREQUENT_ZIEKMELDEN',
  'OVERGANG_VO_MBO',
  'OVERGANG_PO_VO',
  'VERHUIZING',
  'SCHOOLWISSEL',
] as const;
export type RiskIndicator = (typeof riskIndicators)[number];

/** The legal basis a handover records. */
export const legalBases = ['LEERPLICHTWET', 'RMC', 'JEUGDWET', 'TOESTEMMING'] as const;
export type LegalBasis = (typeof legalBases)[number];

export const handoverStatuses = ['REQUESTED', 'ACCEPTED', 'DECLINED', 'COMPLETED'] as const;
export type HandoverStatus = (typeof handoverStatuses)[number];

/** Kinds of consultation table (overlegtafel). */
export const tableKinds = ['ZAT', 'MDO', 'THUISZITTERSTAFEL', 'OVERSTAPTAFEL', 'OTHER'] as const;
export type TableKind = (typeof tableKinds)[number];
