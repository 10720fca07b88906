import { describe, expect, it } from 'vitest';
import { sectorOf as generatorSectors } from '../../../../seeds/generator/tie-rules.js';
import { singlePointsOfFailure } from './brokers.js';
import { sectorOf } from './sectors.js';

const tie = (fromId: string, toId: string) => ({ id: `${fromId}~${toId}`, fromId, toId });

describe('single points of failure', () => {
  const organisations = [
    { id: 'rmc', kind: 'RMC' as const },
    { id: 'lp', kind: 'LEERPLICHT' as const },
    { id: 'mbo', kind: 'SCHOOL_MBO' as const },
    { id: 'uwv', kind: 'UWV' as const },
    { id: 'wi', kind: 'WERK_EN_INKOMEN' as const },
    { id: 'boss', kind: 'EMPLOYER' as const },
  ];
  const core = [tie('rmc', 'lp'), tie('rmc', 'mbo'), tie('lp', 'mbo'), tie('uwv', 'wi')];

  it('finds the organisation every tie of a sector to the rest ends at', () => {
    const ties = [...core, tie('rmc', 'uwv'), tie('rmc', 'wi'), tie('rmc', 'boss')];
    expect(singlePointsOfFailure(organisations, ties)).toEqual([
      { brokerId: 'rmc', sector: 'WORK', cutOffIds: ['boss', 'uwv', 'wi'], bridgeTieId: null },
    ]);
  });

  it('finds none when the sector has a second way out', () => {
    const ties = [...core, tie('rmc', 'uwv'), tie('rmc', 'boss'), tie('mbo', 'boss')];
    expect(singlePointsOfFailure(organisations, ties)).toEqual([]);
  });

  it('names the tie when a single tie carries a sector', () => {
    const found = singlePointsOfFailure(organisations, [...core, tie('rmc', 'uwv')]);
    expect(found.map((f) => [f.brokerId, f.sector, f.cutOffIds, f.bridgeTieId])).toEqual([
      ['rmc', 'WORK', ['uwv', 'wi'], 'rmc~uwv'],
      ['uwv', 'WORK', ['wi'], 'rmc~uwv'],
    ]);
  });

  it('uses the same sectors as the generator', () => {
    expect(sectorOf).toEqual(generatorSectors);
  });
});
