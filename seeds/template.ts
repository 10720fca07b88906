import type { GapSeverity, RuleContent } from '../server/src/analysis/template/types.js';
import { cypher } from '../server/src/db/cypher.js';
import type { Database } from '../server/src/db/database.js';
import { tieRules } from './generator/tie-rules.js';

// The default expected-collaboration template (issue 6): the generator's expected tie rules, with
// their codes and semantics, so that an analysis of synthetic data finds exactly what it planted.

/**
 * How urgent a missing tie of each rule is:
 * - HIGH: the legal chain of compulsory education and safety: leerplicht with schools, the
 *   samenwerkingsverband, Halt, the OM, the Raad, Veilig Thuis, the police and DUO. A gap here
 *   stalls a proces-verbaal, a Halt referral or a thuiszitter's route.
 * - MEDIUM: transitions and routes to help: VO → MBO, the RMC to school and work, a school to
 *   its samenwerkingsverband, care behind the samenwerkingsverband and the wijkteam.
 * - LOW: health, prevention and umbrella ties, where other routes usually exist (school ↔ GGD,
 *   GGD and wijkteam to care, RMC ↔ employers, Ingrado and its members).
 */
export const defaultSeverities: Record<string, GapSeverity> = {
  'LEERPLICHT-HALT': 'HIGH',
  'LEERPLICHT-OM': 'HIGH',
  'LEERPLICHT-RAAD': 'HIGH',
  'LEERPLICHT-SWV': 'HIGH',
  'SCHOOL-LEERPLICHT': 'HIGH',
  'LEERPLICHT-VEILIG_THUIS': 'HIGH',
  'POLITIE-JUSTICE': 'HIGH',
  'DUO-LEERPLICHT': 'HIGH',
  'SCHOOL-SWV': 'MEDIUM',
  'SCHOOL-RMC': 'MEDIUM',
  'VO-MBO': 'MEDIUM',
  'LEERPLICHT-RMC': 'MEDIUM',
  'LEERPLICHT-WIJKTEAM': 'MEDIUM',
  'LEERPLICHT-ONDERWIJSCONSULENTEN': 'MEDIUM',
  'SWV-ONDERWIJSCONSULENTEN': 'MEDIUM',
  'SWV-GGZ': 'MEDIUM',
  'RMC-UWV': 'MEDIUM',
  'RMC-WERK_EN_INKOMEN': 'MEDIUM',
  'GGD-VEILIG_THUIS': 'MEDIUM',
  'WIJKTEAM-VEILIG_THUIS': 'MEDIUM',
  'SCHOOL-GGD': 'LOW',
  'LEERPLICHT-GGD': 'LOW',
  'GGD-WIJKTEAM': 'LOW',
  'GGD-CARE': 'LOW',
  'WIJKTEAM-CARE': 'LOW',
  'RMC-EMPLOYER': 'LOW',
  'INGRADO-MEMBERS': 'LOW',
};

/** The default rules, in the generator's order. */
export const defaultTemplate: RuleContent[] = tieRules
  .filter((rule) => rule.expected)
  .map((rule) => ({
    code: rule.code,
    fromKinds: [...rule.from],
    toKinds: [...rule.to],
    scope: rule.scope === 'membership' ? 'MEMBERSHIP' : 'MUNICIPALITY',
    toOffers: rule.toOffers ?? null,
    severity: defaultSeverities[rule.code] ?? 'LOW',
    description: rule.description,
  }));

const seedQuery = cypher<{ rules: (RuleContent & { position: number })[] }, { rules: number }>(
  'analysis/template/seed-defaults',
);

/**
 * Writes the default template; idempotent. A rule that exists already (untouched, edited or
 * disabled by an administrator) is left exactly as it is.
 */
export async function loadDefaultTemplate(db: Database): Promise<number> {
  const rules = defaultTemplate.map((rule, position) => ({ ...rule, position }));
  const [row] = await db.write(seedQuery, { rules });
  return row?.rules ?? 0;
}
