import type { BenchSection, Metric } from '../context.js';
import { mib, thousands } from '../measure.js';
import { cypherReader } from '../peer/hand-written.js';
import { type LoadResult, load } from '../peer/load.js';
import { type ServerProcess, spawnPeer, spawnRizoom } from '../peer/processes.js';
import {
  type Endpoint,
  organisationGlobalId as gid,
  peerNested,
  peerSimple,
  rizoomNested,
  rizoomSimple,
} from '../peer/queries.js';
import { signedIn } from '../peer/rizoom-server.js';
import { ensureApiData, organisationSamples } from '../peer/samples.js';
import { loadAverage } from '../peer/stats.js';

// Issue 8, item 3: autocannon, 50 connections, against Rizoom's API process (server/src/main.ts
// in production mode) and against the peer's (@neo4j/graphql on Yoga), a simple and a nested
// query, alternating servers; requests/s, p99 and each process's peak memory.
//   BENCH_THROUGHPUT_SECONDS  seconds per run (default 15), after a 3-second warm-up

const seconds = Number(process.env.BENCH_THROUGHPUT_SECONDS ?? 15);
const connections = 50;
const targetSimple = 2_500;
const targetMemory = 400 * 1024 * 1024;
const anchors = { simple: 2_500, nested: 580 };

export const throughput: BenchSection = {
  name: 'throughput',
  async run({ db, neo4j, log }) {
    const notes: string[] = [];
    const loadAtStart = loadAverage();
    const loaded = await ensureApiData({ db, log });
    if (loaded) notes.push(loaded);
    const reader = cypherReader(neo4j.uri);
    const samples = await organisationSamples(reader, 40).finally(() => reader.close());
    const servers: ServerProcess[] = [];
    try {
      log('throughput: starting the Rizoom API and the peer in processes of their own');
      const rizoomProcess = await spawnRizoom(neo4j.uri);
      servers.push(rizoomProcess);
      const peerProcess = await spawnPeer(neo4j.uri);
      servers.push(peerProcess);
      const idle = { rizoom: rizoomProcess.peakRss(), peer: peerProcess.peakRss() };
      const rizoom: Endpoint = await signedIn(rizoomProcess.url);
      const peer: Endpoint = { url: peerProcess.url };
      const id = (i: number) => samples[i % samples.length] as string;
      const metrics: Metric[] = [];
      for (const kind of ['simple', 'nested'] as const) {
        const runs = {
          rizoom: {
            ...rizoom,
            query: kind === 'simple' ? rizoomSimple : rizoomNested,
            variables: (i: number) => ({ id: gid(id(i)) }),
          },
          peer: {
            ...peer,
            query: kind === 'simple' ? peerSimple : peerNested,
            variables: (i: number) => ({ id: id(i) }),
          },
        };
        const measured: Partial<Record<keyof typeof runs, LoadResult>> = {};
        for (const server of ['rizoom', 'peer'] as const) {
          log(`throughput: ${kind}, ${server}, ${seconds} s`);
          await load({ ...runs[server], connections: 10, seconds: 3 });
          measured[server] = await load({ ...runs[server], connections, seconds });
        }
        const ours = measured.rizoom as LoadResult;
        const theirs = measured.peer as LoadResult;
        metrics.push(
          {
            name: `${kind}: Rizoom requests/s`,
            value: thousands(ours.requestsPerSecond),
            ...(kind === 'simple'
              ? {
                  target: `≥ ${thousands(targetSimple)}`,
                  met: ours.requestsPerSecond >= targetSimple,
                }
              : {}),
          },
          {
            name: `${kind}: @neo4j/graphql requests/s (published anchor ${thousands(anchors[kind])})`,
            value: thousands(theirs.requestsPerSecond),
          },
          {
            name: `${kind}: Rizoom ÷ @neo4j/graphql, requests/s`,
            value: `${(ours.requestsPerSecond / theirs.requestsPerSecond).toFixed(2)}×`,
          },
          {
            name: `${kind}: p99 Rizoom / @neo4j/graphql`,
            value: `${ours.p99} ms / ${theirs.p99} ms`,
          },
          {
            name: `${kind}: requests, failed (Rizoom / @neo4j/graphql)`,
            value: `${thousands(ours.total)}, ${ours.failures} / ${thousands(theirs.total)}, ${theirs.failures}`,
          },
        );
      }
      const peak = rizoomProcess.peakRss();
      metrics.push(
        {
          name: 'Rizoom API process peak memory (VmHWM)',
          value: `${mib(peak)} (${mib(idle.rizoom)} before the load)`,
          target: `≤ ${mib(targetMemory)}`,
          met: peak <= targetMemory,
        },
        {
          name: '@neo4j/graphql process peak memory (VmHWM)',
          value: `${mib(peerProcess.peakRss())} (${mib(idle.peer)} before the load)`,
        },
      );
      notes.push(
        `autocannon ${connections} connections, ${seconds} s per run after a 3 s warm-up at 10, ids cycling over ${samples.length} organisations; one Node process per server (Rizoom: server/src/main.ts, NODE_ENV=production, rate limits off, JSON request log to /dev/null, signed in as the demo administrator; peer: no authentication). autocannon runs in the bench process: client, both servers and Neo4j share the machine's 2 cores with other work. The anchors are published figures for other hardware.`,
      );
      notes.push(
        `machine load average (1 min): ${loadAtStart} at the start, ${loadAverage()} at the end (2 cores)`,
      );
      return {
        title: 'Throughput: autocannon, Rizoom and @neo4j/graphql (issue 8)',
        metrics,
        notes,
      };
    } finally {
      for (const server of servers) await server.stop();
    }
  },
};
