import type { CollaborationRuleShape } from '../template/types.js';
import { severityRank } from './severity.js';
import type { GapOrganisation, MissingTieItem } from './types.js';

/** One key per unordered pair of ids. */
export const pairKey = (a: string, b: string) => (a < b ? `${a}|${b}` : `${b}|${a}`);

type Rule = Pick<
  CollaborationRuleShape,
  'code' | 'fromKinds' | 'toKinds' | 'scope' | 'toOffers' | 'severity'
>;

function indexByKindAndPlace(organisations: readonly GapOrganisation[]) {
  const index = new Map<string, GapOrganisation[]>();
  for (const o of organisations) {
    for (const code of o.municipalityCodes) {
      const key = `${o.kind}@${code}`;
      const list = index.get(key);
      if (list) list.push(o);
      else index.set(key, [o]);
    }
  }
  return index;
}

/** The partners a rule expects for one organisation of a `from` kind. */
function partnersOf(
  rule: Rule,
  from: GapOrganisation,
  byId: ReadonlyMap<string, GapOrganisation>,
  byKindAndPlace: ReadonlyMap<string, GapOrganisation[]>,
): GapOrganisation[] {
  const partners = new Map<string, GapOrganisation>();
  if (rule.scope === 'MEMBERSHIP') {
    const swv = from.swvId ? byId.get(from.swvId) : undefined;
    if (swv && rule.toKinds.includes(swv.kind)) partners.set(swv.id, swv);
  } else {
    for (const kind of rule.toKinds) {
      for (const code of from.municipalityCodes) {
        for (const to of byKindAndPlace.get(`${kind}@${code}`) ?? []) partners.set(to.id, to);
      }
    }
  }
  return [...partners.values()].filter(
    (to) => to.id !== from.id && (!rule.toOffers || to.offers.includes(rule.toOffers)),
  );
}

/**
 * The expected ties of a region that no tie carries, one item per pair (its most severe rule
 * first). Pairs as the generator's template makes them (seeds/generator/ties.ts): for a
 * MUNICIPALITY rule, organisations of the two sides serving a common municipality of the
 * region, the `to` side offering `toOffers` if the rule asks; for a MEMBERSHIP rule, a school
 * and its samenwerkingsverband. `tied` holds `pairKey`s of pairs joined by a tie of any kind.
 */
export function missingTies(
  organisations: readonly GapOrganisation[],
  rules: readonly Rule[],
  tied: ReadonlySet<string>,
): MissingTieItem[] {
  const byId = new Map(organisations.map((o) => [o.id, o]));
  const byKindAndPlace = indexByKindAndPlace(organisations);
  const found = new Map<string, MissingTieItem>();
  for (const rule of rules) {
    for (const from of organisations) {
      if (!rule.fromKinds.includes(from.kind)) continue;
      for (const to of partnersOf(rule, from, byId, byKindAndPlace)) {
        const key = pairKey(from.id, to.id);
        if (tied.has(key)) continue;
        const known = found.get(key);
        if (known) {
          if (!known.ruleCodes.includes(rule.code)) known.ruleCodes.push(rule.code);
          if (severityRank[rule.severity] < severityRank[known.severity]) {
            Object.assign(known, { ruleCode: rule.code, severity: rule.severity });
          }
          continue;
        }
        const common = new Set(to.municipalityCodes);
        found.set(key, {
          ruleCode: rule.code,
          ruleCodes: [rule.code],
          severity: rule.severity,
          fromId: from.id,
          toId: to.id,
          municipalityCodes:
            rule.scope === 'MEMBERSHIP' ? [] : from.municipalityCodes.filter((m) => common.has(m)),
        });
      }
    }
  }
  return [...found.values()].sort(
    (a, b) =>
      severityRank[a.severity] - severityRank[b.severity] ||
      a.ruleCode.localeCompare(b.ruleCode) ||
      a.fromId.localeCompare(b.fromId) ||
      a.toId.localeCompare(b.toId),
  );
}
