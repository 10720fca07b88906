import type { BenchSection, Metric } from '../context.js';
import { countNested, countPeerNested, sameCount } from '../peer/answers.js';
import { cypherReader } from '../peer/hand-written.js';
import { startPeerServer } from '../peer/peer-server.js';
import {
  organisationGlobalId as gid,
  peerNested,
  peerSimple,
  post,
  rizoomNested,
  rizoomSimple,
} from '../peer/queries.js';
import { signedIn, startRizoomServer } from '../peer/rizoom-server.js';
import { ensureApiData, organisationSamples, rounds } from '../peer/samples.js';
import { comparison, interleave, loadAverage, summarize } from '../peer/stats.js';

// Issue 8, item 2: the same questions through Rizoom and through the peer, @neo4j/graphql on
// graphql-yoga (tests/bench/peer/type-defs.graphql), over the same database, interleaved, one
// request at a time. Works on whatever the bench database holds; loads `demo` when empty.
//   BENCH_API_REQUESTS  timed requests per read and server (default 300)

const requests = Number(process.env.BENCH_API_REQUESTS ?? 300);
const warmUp = 30;

type Organisations = { organisations: unknown[] };

export const peerNeo4jGraphql: BenchSection = {
  name: 'peer',
  async run({ db, neo4j, log }) {
    const notes: string[] = [];
    const loadAtStart = loadAverage();
    const loaded = await ensureApiData({ db, log });
    if (loaded) notes.push(loaded);
    const reader = cypherReader(neo4j.uri);
    const rizoomServer = await startRizoomServer(db);
    const peerServer = await startPeerServer(neo4j.uri);
    try {
      const rizoom = await signedIn(rizoomServer.url);
      const peer = { url: peerServer.url };
      const samples = await organisationSamples(reader, 40);
      const reads = [
        {
          title: 'simple: organisation by id, 4 scalars',
          rizoom: (id: string) => post(rizoom, rizoomSimple, { id: gid(id) }),
          peer: (id: string) => post(peer, peerSimple, { id }),
          count: (answer: unknown) => ({ found: answer !== null && answer !== undefined }),
          // At least as fast.
          target: { label: '≤ 1.00×', met: (value: number) => value <= 1 },
        },
        {
          title: 'nested: organisation → professionals → ties',
          rizoom: (id: string) => post(rizoom, rizoomNested, { id: gid(id) }),
          peer: (id: string) => post(peer, peerNested, { id }),
          count: (answer: unknown, way: 'rizoom' | 'peer') =>
            way === 'rizoom' ? countNested(answer) : countPeerNested(answer),
          // Faster.
          target: { label: '< 1.00×', met: (value: number) => value < 1 },
        },
      ];
      const metrics: Metric[] = [
        { name: 'timed requests per read and server (after warm-up)', value: String(requests) },
      ];
      for (const read of reads) {
        log(`peer: ${read.title}`);
        let equal = 0;
        for (const id of samples) {
          const ours = ((await read.rizoom(id)) as { organisation: unknown }).organisation;
          const theirs = ((await read.peer(id)) as Organisations).organisations[0];
          if (sameCount(read.count(ours, 'rizoom'), read.count(theirs, 'peer'))) equal++;
        }
        if (equal < samples.length) {
          notes.push(
            `${read.title}: the answers differed for ${samples.length - equal} of ${samples.length} organisations`,
          );
        }
        const variants = { rizoom: read.rizoom, peer: read.peer };
        await interleave(rounds(samples, warmUp), variants);
        const times = await interleave(rounds(samples, requests), variants);
        const [ours, theirs] = [summarize(times.rizoom ?? []), summarize(times.peer ?? [])];
        const figures = comparison(
          read.title,
          { name: 'Rizoom', times: times.rizoom ?? [] },
          { name: '@neo4j/graphql', times: times.peer ?? [] },
        );
        // The ratios held to the target: Rizoom's median and p95 over the peer's.
        for (const [figure, value] of [
          [figures[2], ours.p50 / theirs.p50],
          [figures[3], ours.p95 / theirs.p95],
        ] as const) {
          if (figure)
            Object.assign(figure, { target: read.target.label, met: read.target.met(value) });
        }
        metrics.push(...figures, {
          name: `${read.title}: answers alike (same counts)`,
          value: `${equal}/${samples.length}`,
        });
      }
      notes.push(
        '@neo4j/graphql 7 on graphql-yoga, no authentication and no limits (it answers anyone); Rizoom in production settings (rate limits off), signed in as the demo administrator, with its session check, query limits and audit plugin on every request. Both servers in the bench process over HTTP on 127.0.0.1, one request at a time, interleaved; 2 cores shared with Neo4j and other work.',
      );
      notes.push(
        `machine load average (1 min): ${loadAtStart} at the start, ${loadAverage()} at the end (2 cores)`,
      );
      return { title: 'Peer: Rizoom ÷ @neo4j/graphql (issue 8)', metrics, notes };
    } finally {
      await peerServer.close();
      await rizoomServer.close();
      await reader.close();
    }
  },
};
