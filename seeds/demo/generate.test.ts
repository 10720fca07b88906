import { describe, expect, it } from 'vitest';
import { organisationKinds } from '../../server/src/network/kinds.js';
import { roleCodes } from '../../server/src/vocabulary/roles.js';
import { readMunicipalities } from '../reference/read.js';
import { generateDemoNetwork } from './generate.js';

const rows = readMunicipalities();

describe('the demo network', () => {
  const network = generateDemoNetwork(rows, 7);

  it('is the same for the same seed and differs for another', () => {
    expect(generateDemoNetwork(rows, 7)).toEqual(network);
    expect(generateDemoNetwork(rows, 8).ties).not.toEqual(network.ties);
  });

  it('has unique ids and only known kinds', () => {
    const ids = network.organisations.map((o) => o.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(network.organisations.every((o) => organisationKinds.includes(o.kind))).toBe(true);
    const tieIds = network.ties.map((t) => t.id);
    expect(new Set(tieIds).size).toBe(tieIds.length);
  });

  it('ties only organisations that exist, and staffs every organisation', () => {
    const ids = new Set(network.organisations.map((o) => o.id));
    expect(network.ties.every((t) => ids.has(t.sourceId) && ids.has(t.targetId))).toBe(true);
    const staffed = new Set(network.professionals.map((p) => p.organisationId));
    expect(staffed.size).toBe(ids.size);
  });

  it('serves every municipality with a wijkteam and a leerplicht team', () => {
    for (const kind of ['WIJKTEAM', 'LEERPLICHT'] as const) {
      const served = new Set(
        network.organisations.filter((o) => o.kind === kind).flatMap((o) => o.municipalityCodes),
      );
      expect(served.size).toBe(342);
    }
  });

  it('leaves some expected ties out, as real networks do', () => {
    const leerplicht = network.organisations.filter((o) => o.kind === 'LEERPLICHT');
    const halt = new Set(network.organisations.filter((o) => o.kind === 'HALT').map((o) => o.id));
    const tiedToHalt = leerplicht.filter((o) =>
      network.ties.some(
        (t) =>
          (t.sourceId === o.id && halt.has(t.targetId)) ||
          (t.targetId === o.id && halt.has(t.sourceId)),
      ),
    );
    expect(tiedToHalt.length).toBeGreaterThan(leerplicht.length * 0.7);
    expect(tiedToHalt.length).toBeLessThan(leerplicht.length);
  });

  it('stores roles as codes of the vocabulary, fitting the kind of organisation', () => {
    expect(network.professionals.every((p) => roleCodes.includes(p.role))).toBe(true);
    const kindOf = new Map(network.organisations.map((o) => [o.id, o.kind]));
    const leerplicht = network.professionals.filter(
      (p) => kindOf.get(p.organisationId) === 'LEERPLICHT',
    );
    expect(leerplicht.length).toBeGreaterThan(0);
    expect(leerplicht.every((p) => p.role === 'LEERPLICHTAMBTENAAR')).toBe(true);
  });

  it('gives professionals synthetic work addresses only', () => {
    expect(network.professionals.every((p) => p.email.endsWith('.example'))).toBe(true);
  });
});
