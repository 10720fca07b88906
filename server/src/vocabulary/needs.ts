/**
 * What a case needs and what an organisation offers: one controlled vocabulary, so that the
 * partner finder and the provision-gap report can match them. Stored as (:Need {code}) nodes.
 */
export const needs = {
  AUTISME: 'Autisme',
  GGZ_JEUGD: 'GGZ-jeugd',
  LVB: 'Licht verstandelijke beperking (LVB)',
  SCHULDHULP: 'Schuldhulpverlening',
  VERSLAVING: 'Verslavingszorg',
  TAAL: 'Taal (NT2)',
  HOOGBEGAAFDHEID: 'Hoogbegaafdheid',
  STAGE_WERK: 'Stage en werk',
  ANGST_DEPRESSIE: 'Angst en depressie',
  GEDRAG: 'Gedragsproblematiek',
  LICHAMELIJK: 'Lichamelijke gezondheid',
  GEZIN: 'Gezinsondersteuning',
  HUISVESTING: 'Huisvesting',
  VEILIGHEID: 'Veiligheid thuis',
  ONDERWIJS_OP_MAAT: 'Onderwijs op maat',
  DAGBESTEDING: 'Dagbesteding',
} as const;
export type Need = keyof typeof needs;
export const needCodes = Object.keys(needs) as Need[];
