import { describe, expect, it } from 'vitest';
import { graphql, testApp } from '../support/app.js';
import { testCypher } from '../support/cypher.js';
import { connectTestDatabase } from '../support/database.js';

const db = connectTestDatabase();
const app = testApp(db);
const mostPopulous = testCypher<{ code: string }, { code: string }>('most-populous-in-region');

describe('geography', () => {
  it('has every kind of region, the samenwerkingsverbanden marked synthetic', async () => {
    const counts: Record<string, number> = {};
    for (const kind of [
      'RMC',
      'SWV_PO',
      'SWV_VO',
      'GGD',
      'JEUGDREGIO',
      'ARBEIDSMARKTREGIO',
      'VEILIGHEIDSREGIO',
    ]) {
      const result = await graphql<{
        regions: { synthetic: boolean; municipalityCount: number }[];
      }>(app, `{ regions(kind: ${kind}) { synthetic municipalityCount } }`);
      const regions = result.data?.regions ?? [];
      counts[kind] = regions.length;
      expect(regions.reduce((sum, r) => sum + r.municipalityCount, 0)).toBe(342);
      expect(regions.every((r) => r.synthetic === kind.startsWith('SWV'))).toBe(true);
    }
    expect(counts).toEqual({
      RMC: 40,
      SWV_PO: 40,
      SWV_VO: 40,
      GGD: 25,
      JEUGDREGIO: 42,
      ARBEIDSMARKTREGIO: 35,
      VEILIGHEIDSREGIO: 25,
    });
  });

  it('gives each RMC region a contact municipality, its most populous one', async () => {
    const [expected] = await db.read(mostPopulous, { code: 'MC28' });
    const result = await graphql<{
      region: { contactMunicipality: { code: string; name: string } };
    }>(app, '{ region(code: "MC28") { contactMunicipality { code name } } }');
    expect(result.data?.region.contactMunicipality.code).toBe(expected?.code);
    expect(result.data?.region.contactMunicipality.name).toBe("'s-Gravenhage");
  });

  it('lists a municipality with one region of each kind', async () => {
    const result = await graphql<{
      municipality: { name: string; regions: { kind: string; code: string }[] };
    }>(app, '{ municipality(code: "GM0344") { name regions { kind code } } }');
    const regions = result.data?.municipality.regions ?? [];
    expect(result.data?.municipality.name).toBe('Utrecht');
    expect(new Set(regions.map((r) => r.kind)).size).toBe(7);
    expect(regions.find((r) => r.kind === 'RMC')?.code).toBe('MC19');
  });

  it('pages municipalities of a region and finds them by name', async () => {
    const inRegion = await graphql<{ municipalities: { totalCount: number; edges: unknown[] } }>(
      app,
      '{ municipalities(first: 5, filter: { regionCode: "MC19" }) { totalCount edges { node { code } } } }',
    );
    expect(inRegion.data?.municipalities.totalCount).toBe(16);
    expect(inRegion.data?.municipalities.edges).toHaveLength(5);
    const found = await graphql<{ municipalities: { edges: { node: { name: string } }[] } }>(
      app,
      '{ municipalities(first: 5, filter: { search: "gravenhage" }) { edges { node { name } } } }',
    );
    expect(found.data?.municipalities.edges.map((e) => e.node.name)).toEqual(["'s-Gravenhage"]);
  });
});
