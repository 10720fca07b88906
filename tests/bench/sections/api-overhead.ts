import type { BenchSection, Metric } from '../context.js';
import { countGraph, countNested, sameCount } from '../peer/answers.js';
import { cypherReader, handWritten } from '../peer/hand-written.js';
import {
  organisationGlobalId as gid,
  post,
  rizoomNeighbourhood,
  rizoomNested,
  rizoomSimple,
} from '../peer/queries.js';
import { signedIn, startRizoomServer } from '../peer/rizoom-server.js';
import { ensureApiData, organisationSamples, regionCentres, rounds } from '../peer/samples.js';
import { comparison, interleave, loadAverage, ms, summarize } from '../peer/stats.js';

// Issue 8, item 1: the same reads through Rizoom's GraphQL (the real app over HTTP, signed in
// with a session cookie) and as hand-written Cypher through neo4j-driver, interleaved, same
// database, same run. Works on whatever the bench database holds; loads `demo` when empty.
//   BENCH_API_REQUESTS  timed requests per read and way (default 300)

const requests = Number(process.env.BENCH_API_REQUESTS ?? 300);
const warmUp = 30;
const limit = 500;
const maxRatio = { value: 1.25, label: '≤ 1.25×' };

interface Read {
  title: string;
  samples: string[];
  graphql: (id: string) => Promise<unknown>;
  cypher: (id: string) => Promise<unknown>;
  /** What an answer holds, the same for both ways: compared before timing. */
  count: (way: 'graphql' | 'cypher', answer: unknown) => object;
}

export const apiOverhead: BenchSection = {
  name: 'api-overhead',
  async run({ db, neo4j, log }) {
    const notes: string[] = [];
    const loadAtStart = loadAverage();
    const loaded = await ensureApiData({ db, log });
    if (loaded) notes.push(loaded);
    const reader = cypherReader(neo4j.uri);
    let statements = 0;
    const server = await startRizoomServer(db, () => statements++);
    try {
      const rizoom = await signedIn(server.url);
      const organisations = await organisationSamples(reader, 40);
      const centres = await regionCentres(reader, 20);
      const first = <T>(rows: T[]) => rows[0] ?? null;
      const neighbourhood = (depth: number): Read => ({
        title: `region neighbourhood, depth ${depth}`,
        samples: centres,
        graphql: (id) => post(rizoom, rizoomNeighbourhood, { id: gid(id), depth }),
        cypher: async (id) =>
          first(await reader.read(handWritten.neighbourhood, { id, depth, limit })),
        count: (way, answer) =>
          countGraph(
            way === 'graphql' ? (answer as { neighbourhood: unknown }).neighbourhood : answer,
          ),
      });
      const reads: Read[] = [
        {
          title: 'organisation, 4 scalars',
          samples: organisations,
          graphql: (id) => post(rizoom, rizoomSimple, { id: gid(id) }),
          cypher: async (id) => first(await reader.read(handWritten.simple, { id })),
          count: (_way, answer) => ({
            found: Boolean((answer as { organisation?: unknown } | null)?.organisation),
          }),
        },
        {
          title: 'organisation → professionals → ties',
          samples: organisations,
          graphql: (id) => post(rizoom, rizoomNested, { id: gid(id) }),
          cypher: async (id) => first(await reader.read(handWritten.nested, { id })),
          count: (_way, answer) =>
            countNested((answer as { organisation: unknown } | null)?.organisation ?? null),
        },
        neighbourhood(1),
        neighbourhood(2),
      ];

      const metrics: Metric[] = [
        { name: 'timed requests per read and way (after warm-up)', value: String(requests) },
      ];
      const sizes: string[][] = [
        ['read', 'samples', 'answer size (mean)', 'answers equal', 'Neo4j statements per request'],
      ];
      for (const read of reads) {
        log(`api overhead: ${read.title}`);
        // Both ways must answer alike; this pass also warms plans and the page cache.
        let equal = 0;
        const held: object[] = [];
        const before = statements;
        for (const id of read.samples) {
          const viaGraphql = read.count('graphql', await read.graphql(id));
          const viaCypher = read.count('cypher', await read.cypher(id));
          if (sameCount(viaGraphql, viaCypher)) equal++;
          held.push(viaGraphql);
        }
        sizes.push([
          read.title,
          String(read.samples.length),
          meanOf(held),
          `${equal}/${read.samples.length}`,
          `GraphQL ${((statements - before) / read.samples.length).toFixed(1)}, Cypher 1`,
        ]);
        const variants = { graphql: read.graphql, cypher: read.cypher };
        await interleave(rounds(read.samples, warmUp), variants);
        const times = await interleave(rounds(read.samples, requests), variants);
        metrics.push(
          ...comparison(
            read.title,
            { name: 'GraphQL', times: times.graphql ?? [] },
            { name: 'Cypher', times: times.cypher ?? [] },
            maxRatio,
          ),
        );
      }
      // The floor under every request: HTTP, Yoga and the plugins, without and with the session check.
      const floor = await interleave(rounds([0], warmUp + requests), {
        anonymous: () => post({ url: server.url }, '{ __typename }', {}),
        signedIn: () => post(rizoom, '{ __typename }', {}),
      });
      const [anonymous, signedInFloor] = [floor.anonymous, floor.signedIn].map((times) =>
        summarize((times ?? []).slice(warmUp)),
      );
      metrics.push({
        name: 'floor, `{ __typename }`: anonymous / signed in (session check), p50',
        value: `${ms(anonymous?.p50 ?? Number.NaN)} / ${ms(signedInFloor?.p50 ?? Number.NaN)}`,
      });
      notes.push(
        'GraphQL: the real app (createApp, production settings, rate limits off, logging at warn) in the bench process over HTTP on 127.0.0.1, signed in as the demo administrator (a session cookie: its signature verified once and remembered until it expires, the session itself looked up in Neo4j at most every 5 s); Rizoom sends single reads as auto-commit transactions. Cypher: tests/bench/cypher/api-*.cypher through a neo4j-driver of its own, one managed read transaction each (BEGIN … COMMIT). Requests one at a time, the two ways interleaved in rotating order; 2 cores shared with Neo4j and other work.',
      );
      notes.push(
        `machine load average (1 min): ${loadAtStart} at the start, ${loadAverage()} at the end (2 cores)`,
      );
      return {
        title: 'API overhead: GraphQL ÷ hand-written Cypher (issue 8)',
        metrics,
        tables: [{ caption: 'What was read', rows: sizes }],
        notes,
      };
    } finally {
      await server.close();
      await reader.close();
    }
  },
};

/** The mean of each numeric field over the answers' counts, e.g. "nodes 41.2, edges 96.0". */
function meanOf(counts: object[]): string {
  const first = counts[0];
  if (!first) return '';
  return Object.keys(first)
    .map((key) => {
      const values = counts.map((c) => Number((c as Record<string, unknown>)[key]));
      return `${key} ${(values.reduce((a, b) => a + b, 0) / values.length).toFixed(1)}`;
    })
    .join(', ');
}
