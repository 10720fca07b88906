import { describe, expect, it } from 'vitest';
import { schema } from '../../schema/index.js';
import { buildManifest, operationsIn } from './persisted-manifest.js';
import { sha256 } from './persisted-operations.js';

describe('buildManifest', () => {
  it('keys each valid operation by the SHA-256 of its exact text', () => {
    const regions = 'query Regions { regions(kind: RMC) { code } }';
    expect(buildManifest([regions], schema)).toEqual({ [sha256(regions)]: regions });
  });

  it('refuses an operation the schema does not serve, naming the problem', () => {
    expect(() => buildManifest(['{ noSuchField }'], schema)).toThrow(/noSuchField/);
  });
});

describe('operationsIn', () => {
  it('picks the exported GraphQL operations and nothing else', () => {
    const module = {
      QUERY: '{ regions { code } }',
      FRAGMENT_ONLY: 'fragment F on Region { code }',
      label: 'Regio',
      limit: 20,
    };
    expect(operationsIn(module)).toEqual(['{ regions { code } }']);
  });
});
