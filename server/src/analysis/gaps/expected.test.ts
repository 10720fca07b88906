import { describe, expect, it } from 'vitest';
import type { CollaborationRuleShape } from '../template/types.js';
import { missingTies, pairKey } from './expected.js';
import type { GapOrganisation } from './types.js';

const org = (
  id: string,
  kind: GapOrganisation['kind'],
  municipalityCodes: string[],
  extra: Partial<GapOrganisation> = {},
): GapOrganisation => ({ id, kind, municipalityCodes, swvId: null, offers: [], ...extra });

const rule = (
  code: string,
  fromKinds: CollaborationRuleShape['fromKinds'],
  toKinds: CollaborationRuleShape['toKinds'],
  extra: Partial<CollaborationRuleShape> = {},
) => ({
  code,
  fromKinds,
  toKinds,
  scope: 'MUNICIPALITY' as const,
  toOffers: null,
  severity: 'LOW' as const,
  ...extra,
});

describe('missing expected ties', () => {
  const leerplicht = org('lp', 'LEERPLICHT', ['GM1', 'GM2']);
  const halt = org('halt', 'HALT', ['GM2', 'GM3']);
  const farHalt = org('halt2', 'HALT', ['GM9']);
  const school = org('school', 'SCHOOL_VO', ['GM1'], { swvId: 'swv' });
  const swv = org('swv', 'SWV_VO', ['GM5']);
  const ggz = org('ggz', 'GGZ', ['GM1'], { offers: ['ANGST_DEPRESSIE'] });
  const organisations = [leerplicht, halt, farHalt, school, swv, ggz];

  it('pairs organisations serving a common municipality, and nothing farther', () => {
    const found = missingTies(
      organisations,
      [rule('LEERPLICHT-HALT', ['LEERPLICHT'], ['HALT'])],
      new Set(),
    );
    expect(found).toEqual([
      expect.objectContaining({ fromId: 'lp', toId: 'halt', municipalityCodes: ['GM2'] }),
    ]);
  });

  it('leaves out tied pairs, whatever the direction of the tie', () => {
    const tied = new Set([pairKey('halt', 'lp')]);
    expect(missingTies(organisations, [rule('X', ['LEERPLICHT'], ['HALT'])], tied)).toEqual([]);
  });

  it('follows membership for membership rules, wherever the samenwerkingsverband serves', () => {
    const found = missingTies(
      organisations,
      [rule('SCHOOL-SWV', ['SCHOOL_VO'], ['SWV_VO'], { scope: 'MEMBERSHIP' })],
      new Set(),
    );
    expect(found.map((m) => [m.fromId, m.toId, m.municipalityCodes])).toEqual([
      ['school', 'swv', []],
    ]);
  });

  it('expects only partners offering what the rule asks', () => {
    const asks = rule('SWV-GGZ', ['SCHOOL_VO'], ['GGZ'], { toOffers: 'GGZ_JEUGD' });
    expect(missingTies(organisations, [asks], new Set())).toEqual([]);
    const offering = [
      ...organisations.filter((o) => o !== ggz),
      { ...ggz, offers: ['GGZ_JEUGD' as const] },
    ];
    expect(missingTies(offering, [asks], new Set())).toHaveLength(1);
  });

  it('reports a pair once, under its most severe rule, most severe first', () => {
    const found = missingTies(
      organisations,
      [
        rule('SCHOOL-GGZ', ['SCHOOL_VO'], ['GGZ']),
        rule('A-LOW', ['LEERPLICHT'], ['HALT']),
        rule('B-HIGH', ['HALT'], ['LEERPLICHT'], { severity: 'HIGH' }),
      ],
      new Set(),
    );
    expect(found.map((m) => [m.ruleCode, m.severity, m.ruleCodes])).toEqual([
      ['B-HIGH', 'HIGH', ['A-LOW', 'B-HIGH']],
      ['SCHOOL-GGZ', 'LOW', ['SCHOOL-GGZ']],
    ]);
  });
});
