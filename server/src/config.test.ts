import { describe, expect, it } from 'vitest';
import { loadConfig } from './config.js';

describe('loadConfig', () => {
  it('defaults to the local Neo4j and port 4000', () => {
    const config = loadConfig({});
    expect(config.port).toBe(4000);
    expect(config.neo4j.uri).toBeUndefined();
    expect(config.neo4j.local).toMatchObject({ boltPort: 7687, heap: '2g', pagecache: '2g' });
    expect(config.neo4j.local.dataDir).toMatch(/neo4j\/data\/local$/);
    expect(config.demoData).toBe(true);
  });

  it('takes a remote Neo4j with its credentials and database', () => {
    const config = loadConfig({
      NEO4J_URI: 'neo4j+s://example.databases.neo4j.io',
      NEO4J_USERNAME: 'rizoom',
      NEO4J_PASSWORD: 'secret',
      NEO4J_DATABASE: 'rizoom',
      RIZOOM_DEMO_DATA: 'false',
    });
    expect(config.neo4j).toMatchObject({
      uri: 'neo4j+s://example.databases.neo4j.io',
      username: 'rizoom',
      password: 'secret',
      database: 'rizoom',
    });
    expect(config.demoData).toBe(false);
  });

  it('treats empty variables as unset', () => {
    expect(loadConfig({ NEO4J_URI: '', PORT: '' }).port).toBe(4000);
  });

  it('requires a session secret of its own in production', () => {
    const keys = { NODE_ENV: 'production', RIZOOM_PSEUDONYM_KEY: 'p'.repeat(32) } as const;
    expect(() => loadConfig(keys)).toThrow(/RIZOOM_SESSION_SECRET/);
    const config = loadConfig({ ...keys, RIZOOM_SESSION_SECRET: 's'.repeat(32) });
    expect(config.session).toEqual({ secret: 's'.repeat(32), hours: 8, secureCookie: true });
    expect(loadConfig({}).session.secureCookie).toBe(false);
  });

  it('names every bad variable at once', () => {
    expect(() => loadConfig({ PORT: '99999', NEO4J_PAGECACHE: 'much', NEO4J_URI: 'nope' })).toThrow(
      /PORT.*NEO4J_URI.*NEO4J_PAGECACHE|PORT.*NEO4J_PAGECACHE/,
    );
  });
});
