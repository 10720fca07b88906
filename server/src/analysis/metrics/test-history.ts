import type { OrganisationKind } from '../../network/kinds.js';
import type { NetworkHistory, OrganisationHistory, TieHistory } from './network-store.js';

// Small hand-made network histories for the unit tests of the metrics.

export const organisation = (
  id: string,
  kind: OrganisationKind,
  lifetime: Partial<OrganisationHistory> = {},
): OrganisationHistory => ({
  id,
  kind,
  since: null,
  until: null,
  archived: false,
  regionCodes: [],
  ...lifetime,
});

export const tie = (
  source: string,
  target: string,
  lifetime: Partial<TieHistory> = {},
): TieHistory => ({
  id: `${source}~${target}`,
  source,
  target,
  kind: 'FORMAL_AGREEMENT',
  since: null,
  until: null,
  archived: false,
  ...lifetime,
});

/** Two tight groups (a school cluster and a care cluster) joined by one leerplicht office. */
export function twoClusters(): NetworkHistory {
  const schools = ['s1', 's2', 's3', 's4'].map((id) => organisation(id, 'SCHOOL_VO'));
  const care = ['c1', 'c2', 'c3', 'c4'].map((id) => organisation(id, 'WIJKTEAM'));
  const ties: TieHistory[] = [];
  for (const group of [schools, care]) {
    for (const a of group) for (const b of group) if (a.id < b.id) ties.push(tie(a.id, b.id));
  }
  ties.push(tie('lp', 's1'), tie('lp', 'c1'));
  return { organisations: [...schools, ...care, organisation('lp', 'LEERPLICHT')], ties };
}
