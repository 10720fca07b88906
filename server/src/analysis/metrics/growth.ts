import type { NetworkHistory } from './network-store.js';
import { presentOn } from './snapshot.js';

export type GrowthInterval = 'MONTH' | 'QUARTER';

/** The network at the end of one month or quarter, and what changed during it. */
export interface GrowthStep {
  /** First and last day of the step (the last clamped to the end of the period). */
  start: string;
  end: string;
  organisations: number;
  /** Pairs of organisations tied on the last day (as in the snapshot). */
  tiedPairs: number;
  organisationsJoined: number;
  tiesStarted: number;
  tiesEnded: number;
}

/** The most steps one request may ask for: 20 years by month. */
export const maxGrowthSteps = 240;

const iso = (date: Date) => date.toISOString().slice(0, 10);

/** The months or quarters that overlap `from`–`to`, each as its first and last day. */
export function growthSteps(from: string, to: string, interval: GrowthInterval) {
  const months = interval === 'MONTH' ? 1 : 3;
  const first = new Date(`${from.slice(0, 7)}-01T00:00:00Z`);
  first.setUTCMonth(first.getUTCMonth() - (first.getUTCMonth() % months));
  const steps: { start: string; end: string }[] = [];
  for (const cursor = first; iso(cursor) <= to; ) {
    const start = iso(cursor);
    cursor.setUTCMonth(cursor.getUTCMonth() + months);
    const last = new Date(cursor.getTime() - 86_400_000);
    steps.push({ start: start < from ? from : start, end: iso(last) > to ? to : iso(last) });
  }
  return steps;
}

const within = (day: string | null, step: { start: string; end: string }) =>
  day !== null && day >= step.start && day <= step.end;

/** How the network grew over `from`–`to`, step by step (dates as in `presentOn`). */
export function networkGrowth(
  history: NetworkHistory,
  from: string,
  to: string,
  interval: GrowthInterval,
): GrowthStep[] {
  return growthSteps(from, to, interval).map((step) => {
    const present = new Set(
      history.organisations.filter((o) => presentOn(o, step.end)).map((o) => o.id),
    );
    const pairs = new Set<string>();
    for (const t of history.ties) {
      if (t.source === t.target || !present.has(t.source) || !present.has(t.target)) continue;
      if (presentOn(t, step.end))
        pairs.add(t.source < t.target ? `${t.source} ${t.target}` : `${t.target} ${t.source}`);
    }
    return {
      ...step,
      organisations: present.size,
      tiedPairs: pairs.size,
      organisationsJoined: history.organisations.filter((o) => within(o.since, step)).length,
      tiesStarted: history.ties.filter((t) => within(t.since, step)).length,
      tiesEnded: history.ties.filter((t) => t.archived && within(t.until, step)).length,
    };
  });
}
