import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SetupError } from './setup-error.js';

/** The Maven module with the launcher; its jars land in `target/` (git-ignored). */
export const launcherModule = fileURLToPath(new URL('../../../../neo4j/', import.meta.url));
const launcherJar = join(launcherModule, 'target', 'rizoom-neo4j-1.0.0.jar');
const libDir = join(launcherModule, 'target', 'lib');
const sources = [
  join(launcherModule, 'pom.xml'),
  join(launcherModule, 'src/main/java/nl/rizoom/neo4j/Launcher.java'),
  join(launcherModule, 'src/main/java/nl/rizoom/neo4j/BulkImport.java'),
];

const useNeo4jUri = 'or set NEO4J_URI to an existing Neo4j 5 server';

/** The major version of the `java` on the PATH, or a SetupError when there is none. */
export function javaMajorVersion(java = process.env.JAVA ?? 'java'): number {
  const result = spawnSync(java, ['-version'], { encoding: 'utf8' });
  if (result.error) {
    throw new SetupError(
      'Java is not installed (needed for the local Neo4j)',
      `install Java 17 or newer (e.g. apt-get install openjdk-17-jre-headless), ${useNeo4jUri}`,
    );
  }
  const match = /version "(\d+)(?:\.(\d+))?/.exec(result.stderr);
  const major = match?.[1] === '1' ? Number(match[2]) : Number(match?.[1]);
  if (!Number.isFinite(major) || major < 17) {
    throw new SetupError(
      `Java ${match?.[1] ?? '?'} is too old for Neo4j 5`,
      `install Java 17 or newer and put it first on the PATH, ${useNeo4jUri}`,
    );
  }
  return major;
}

function isBuilt(): boolean {
  if (!existsSync(launcherJar) || !existsSync(libDir)) return false;
  if (readdirSync(libDir).filter((f) => f.startsWith('neo4j-')).length === 0) return false;
  const built = statSync(launcherJar).mtimeMs;
  return sources.every((file) => statSync(file).mtimeMs <= built);
}

/** Explains a failed `mvn package` in one line: offline, or something else. */
export function mavenFailure(output: string): SetupError {
  if (
    /Could not (transfer|resolve)|UnknownHost|Connection refused|timed out|Network is unreachable/i.test(
      output,
    )
  ) {
    return new SetupError(
      'Maven could not download the Neo4j jars from Maven Central',
      `check the network or the proxy in ~/.m2/settings.xml and run npm start again, ${useNeo4jUri}`,
    );
  }
  const firstError = output.split('\n').find((line) => line.includes('[ERROR]')) ?? output.trim();
  return new SetupError(
    `Building the local Neo4j launcher failed: ${firstError.replace('[ERROR]', '').trim().slice(0, 200)}`,
    'run `npm run neo4j:build` to see the full Maven output',
  );
}

/**
 * Makes sure the launcher and Neo4j's jars are in `neo4j/target`. The first run downloads them
 * with Maven (about 125 MB); later runs reuse them. Returns the Java classpath.
 */
export function provisionLocalNeo4j(log: (line: string) => void = () => {}): string {
  javaMajorVersion();
  if (!isBuilt()) {
    const mvn = process.env.MVN ?? 'mvn';
    if (spawnSync(mvn, ['--version'], { encoding: 'utf8' }).error) {
      throw new SetupError(
        'Maven is not installed (needed once to fetch the Neo4j jars)',
        `install Maven (e.g. apt-get install maven), ${useNeo4jUri}`,
      );
    }
    log('Fetching Neo4j 5.26 from Maven Central (first run only, about 125 MB)…');
    const result = spawnSync(mvn, ['-q', '-B', 'package', '-DskipTests'], {
      cwd: launcherModule,
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    if (result.status !== 0) throw mavenFailure(`${result.stdout}\n${result.stderr}`);
  }
  return [launcherJar, join(libDir, '*')].join(':');
}
