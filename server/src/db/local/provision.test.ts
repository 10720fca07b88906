import { describe, expect, it } from 'vitest';
import { mavenFailure } from './provision.js';

describe('mavenFailure', () => {
  it('recognises Maven Central out of reach and says what to do', () => {
    const error = mavenFailure(
      '[ERROR] Failed to execute goal on project rizoom-neo4j: Could not resolve dependencies: Could not transfer artifact org.neo4j:neo4j:pom:5.26.30 from/to central: Unknown host',
    );
    expect(error.line).toBe(
      'Maven could not download the Neo4j jars from Maven Central — check the network or the proxy in ~/.m2/settings.xml and run npm start again, or set NEO4J_URI to an existing Neo4j 5 server',
    );
  });

  it('reports other build failures with the first Maven error', () => {
    const error = mavenFailure('[INFO] x\n[ERROR] COMPILATION ERROR : Launcher.java:[97,9]\n');
    expect(error.message).toMatch(/^Building the local Neo4j launcher failed: COMPILATION ERROR/);
    expect(error.hint).toMatch(/npm run neo4j:build/);
  });
});
