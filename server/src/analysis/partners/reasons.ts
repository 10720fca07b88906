import { type CaseCountValue, caseCount, countIsShown } from '../../privacy/schema.js';
import { ageInDays } from '../../ties/age.js';
import type { Need } from '../../vocabulary/needs.js';
import type { PartnerShape } from './finder.js';
import type { PathWithDay } from './path-schema.js';
import { weights } from './scoring.js';

// A partner's score, part by part, as the typed reasons the API returns.

interface Part<P extends string> {
  part: P;
  score: number;
  maxScore: number;
}

export type ReasonShape =
  | (Part<'MUNICIPALITY'> & { servesMunicipality: boolean; inRegion: boolean; distanceKm: number })
  | (Part<'NEEDS'> & { offered: Need[]; missing: Need[] })
  | (Part<'PATH'> & { path: PathWithDay | null })
  | (Part<'TRACK_RECORD'> & {
      cases: CaseCountValue;
      acceptanceRate: number | null;
      medianDaysToAccept: number | null;
    })
  | (Part<'FRESHNESS'> & { oldestTieOnPathDays: number | null; newestTieDays: number | null });

export type ReasonPart = ReasonShape['part'];

const round2 = (value: number) => Math.round(value * 100) / 100;

/** The five parts of a partner's score, in the order the README explains them. */
export function reasonsOf(partner: PartnerShape, asOf: string): ReasonShape[] {
  const { parts, track } = partner;
  const cases = caseCount(track.cases, track.visibleCases === track.cases);
  const confirmed = partner.tieDays.filter((days): days is number => days !== null);
  return [
    {
      part: 'MUNICIPALITY',
      score: parts.municipality,
      maxScore: weights.servesMunicipality,
      servesMunicipality: partner.servesMunicipality,
      inRegion: partner.inRegion,
      distanceKm: partner.distanceKm,
    },
    {
      part: 'NEEDS',
      score: parts.needs,
      maxScore: weights.needs + weights.allNeeds,
      offered: partner.offered,
      missing: partner.missing,
    },
    {
      part: 'PATH',
      score: parts.path,
      maxScore: weights.path,
      path: partner.path ? { ...partner.path, asOf } : null,
    },
    {
      part: 'TRACK_RECORD',
      score: parts.trackRecord,
      maxScore: weights.trackRecord,
      cases,
      acceptanceRate: partner.acceptanceRate === null ? null : round2(partner.acceptanceRate),
      medianDaysToAccept:
        countIsShown(cases) && track.medianDaysToAccept !== null
          ? round2(track.medianDaysToAccept)
          : null,
    },
    {
      part: 'FRESHNESS',
      score: parts.freshness,
      maxScore: weights.freshness,
      oldestTieOnPathDays:
        partner.tieDays.length === 0 || confirmed.length < partner.tieDays.length
          ? null
          : Math.max(...confirmed),
      newestTieDays: ageInDays(track.newestTieConfirmedAt, asOf),
    },
  ];
}
