import { type CypherQuery, cypher } from '../../server/src/db/cypher.js';
import type { Database, Transaction } from '../../server/src/db/database.js';
import { readMunicipalities } from '../reference/read.js';
import { type DemoNetwork, generateDemoNetwork } from './generate.js';

type Rows<T> = { rows: T[] };
type Written = { written: number };

const organisationsQuery = cypher<Rows<DemoNetwork['organisations'][number]>, Written>(
  'seeds/demo-organisations',
);
const professionalsQuery = cypher<Rows<DemoNetwork['professionals'][number]>, Written>(
  'seeds/demo-professionals',
);
const tiesQuery = cypher<Rows<DemoNetwork['ties'][number]>, Written>('seeds/demo-ties');
const countQuery = cypher<object, { organisations: number }>('seeds/count-organisations');

const batchSize = 2_000;

async function writeBatches<R extends object>(
  tx: Transaction,
  query: CypherQuery<Rows<R>, Written>,
  rows: R[],
) {
  for (let start = 0; start < rows.length; start += batchSize) {
    await tx.run(query, { rows: rows.slice(start, start + batchSize) });
  }
}

export async function hasOrganisations(db: Database): Promise<boolean> {
  const [row] = await db.read(countQuery, {});
  return (row?.organisations ?? 0) > 0;
}

/**
 * Writes the demo network in batches, all in one transaction: it lands whole or not at all.
 * MERGE on ids, so loading it again creates no duplicates. Needs the geography loaded first.
 */
export async function loadDemoNetwork(
  db: Database,
  network = generateDemoNetwork(readMunicipalities()),
) {
  await db.writeTransaction(async (tx) => {
    await writeBatches(tx, organisationsQuery, network.organisations);
    await writeBatches(tx, professionalsQuery, network.professionals);
    await writeBatches(tx, tiesQuery, network.ties);
  });
  return {
    organisations: network.organisations.length,
    professionals: network.professionals.length,
    ties: network.ties.length,
  };
}
