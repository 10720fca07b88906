// `npm run schema:print`: writes the schema the API serves to server/schema.graphql.
import { writeFileSync } from 'node:fs';
import { printSchema } from 'graphql';
import { schema } from './index.js';

const target = new URL('../../schema.graphql', import.meta.url);
writeFileSync(target, `${printSchema(schema)}\n`);
console.log(`wrote ${target.pathname}`);
