import type { OrganisationKind } from '../../server/src/network/kinds.js';
import { type Need, needCodes } from '../../server/src/vocabulary/needs.js';
import type { Random } from '../random.js';
import type { OrganisationRow } from './types.js';

interface Palette {
  always: readonly Need[];
  some: readonly Need[];
  /** How many of `some`, at least and at most. */
  pick: readonly [number, number];
}

/** What each kind of organisation may offer. Only samenwerkingsverbanden offer HOOGBEGAAFDHEID. */
export const palettes: Partial<Record<OrganisationKind, Palette>> = {
  SWV_PO: {
    always: ['ONDERWIJS_OP_MAAT', 'HOOGBEGAAFDHEID', 'AUTISME'],
    some: ['LVB', 'GEDRAG'],
    pick: [1, 2],
  },
  SWV_VO: {
    always: ['ONDERWIJS_OP_MAAT', 'HOOGBEGAAFDHEID', 'AUTISME'],
    some: ['LVB', 'GEDRAG'],
    pick: [1, 2],
  },
  SCHOOL_SO: { always: [], some: ['AUTISME', 'LVB', 'GEDRAG', 'LICHAMELIJK'], pick: [1, 2] },
  SCHOOL_VSO: { always: [], some: ['AUTISME', 'LVB', 'GEDRAG', 'LICHAMELIJK'], pick: [1, 2] },
  JEUGDZORG: {
    always: [],
    some: ['GEDRAG', 'GEZIN', 'LVB', 'VEILIGHEID', 'DAGBESTEDING', 'VERSLAVING'],
    pick: [2, 4],
  },
  GGZ: { always: ['GGZ_JEUGD'], some: ['ANGST_DEPRESSIE', 'AUTISME', 'VERSLAVING'], pick: [1, 2] },
  WIJKTEAM: { always: ['GEZIN'], some: ['SCHULDHULP', 'HUISVESTING', 'GEDRAG'], pick: [1, 2] },
  GGD: { always: ['LICHAMELIJK'], some: [], pick: [0, 0] },
  VEILIG_THUIS: { always: ['VEILIGHEID'], some: [], pick: [0, 0] },
  WERK_EN_INKOMEN: {
    always: ['SCHULDHULP'],
    some: ['STAGE_WERK', 'HUISVESTING', 'TAAL'],
    pick: [1, 2],
  },
  UWV: { always: ['STAGE_WERK'], some: [], pick: [0, 0] },
  EMPLOYER: { always: ['STAGE_WERK'], some: [], pick: [0, 0] },
  SCHOOL_MBO: { always: [], some: ['TAAL', 'STAGE_WERK'], pick: [1, 2] },
  ONDERWIJSCONSULENTEN: { always: ['ONDERWIJS_OP_MAAT'], some: [], pick: [0, 0] },
};

export interface ProvisionGap {
  regionCode: string;
  need: Need;
}

/**
 * Sets what each organisation offers, from its kind's palette; then makes sure every RMC region
 * has a provider for every need, except the planted gap: there no organisation serving the
 * region offers the need, while it stays on offer in every other region.
 */
export function assignOffers(
  organisations: readonly OrganisationRow[],
  regionOf: ReadonlyMap<string, string>,
  random: Random,
  gap: ProvisionGap | null,
) {
  const regionsOf = (o: OrganisationRow) =>
    new Set(o.municipalityCodes.map((code) => regionOf.get(code) ?? ''));
  const servesGapRegion = (o: OrganisationRow) => gap !== null && regionsOf(o).has(gap.regionCode);
  for (const o of organisations) {
    const palette = palettes[o.kind];
    if (!palette) continue;
    const some = random.sample(palette.some, random.int(palette.pick[0], palette.pick[1]));
    o.offers = needCodes.filter((need) => palette.always.includes(need) || some.includes(need));
    if (gap && servesGapRegion(o)) o.offers = o.offers.filter((need) => need !== gap.need);
  }

  const byRegion = new Map<string, OrganisationRow[]>();
  for (const o of organisations) {
    for (const region of regionsOf(o)) {
      const list = byRegion.get(region);
      if (list) list.push(o);
      else byRegion.set(region, [o]);
    }
  }
  for (const [region, serving] of byRegion) {
    for (const need of needCodes) {
      if (gap && region === gap.regionCode && need === gap.need) continue;
      if (serving.some((o) => o.offers.includes(need))) continue;
      const candidate = serving.find(
        (o) =>
          (palettes[o.kind]?.some.includes(need) || palettes[o.kind]?.always.includes(need)) &&
          !(gap && need === gap.need && servesGapRegion(o)),
      );
      if (!candidate) throw new Error(`no organisation in ${region} can offer ${need}`);
      candidate.offers = needCodes.filter((n) => n === need || candidate.offers.includes(n));
    }
  }
}
