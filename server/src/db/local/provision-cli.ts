// `npm run neo4j:build`: fetch the Neo4j jars and build the launcher ahead of the first start.
import { provisionLocalNeo4j } from './provision.js';
import { SetupError } from './setup-error.js';

try {
  provisionLocalNeo4j((line) => console.log(line));
  console.log('The local Neo4j is ready to start.');
} catch (error) {
  console.error(error instanceof SetupError ? error.line : error);
  process.exit(1);
}
