import { readFileSync } from 'node:fs';
import type { Metric } from '../context.js';

/** The p-th percentile (nearest rank) of ascending times. */
export const percentile = (sorted: readonly number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ??
  Number.NaN;

export interface Summary {
  count: number;
  p50: number;
  p95: number;
}

export function summarize(times: readonly number[]): Summary {
  const sorted = [...times].sort((a, b) => a - b);
  return { count: sorted.length, p50: percentile(sorted, 50), p95: percentile(sorted, 95) };
}

export const ms = (value: number) => `${value.toFixed(2)} ms`;
export const ratio = (value: number) => `${value.toFixed(2)}×`;

/**
 * Runs each variant once per plan entry, in an order that rotates every round so that no variant
 * always goes first (warm caches) or last; returns each variant's times in milliseconds.
 * `check` sees every answer and may throw, so a variant that fails is not timed as a fast one.
 */
export async function interleave<Item>(
  plan: readonly Item[],
  variants: Record<string, (item: Item) => Promise<unknown>>,
  check: (variant: string, answer: unknown) => void = () => {},
): Promise<Record<string, number[]>> {
  const names = Object.keys(variants);
  const times = Object.fromEntries(names.map((name) => [name, [] as number[]]));
  for (const [index, item] of plan.entries()) {
    for (let k = 0; k < names.length; k++) {
      const name = names[(index + k) % names.length] as string;
      const run = variants[name] as (item: Item) => Promise<unknown>;
      const started = performance.now();
      const answer = await run(item);
      times[name]?.push(performance.now() - started);
      check(name, answer);
    }
  }
  return times;
}

/**
 * The figures of one read done two ways: both medians and p95s, and `a ÷ b` of each, the
 * ratios held to `maxRatio` when given (a target met when the ratio is at most it).
 */
export function comparison(
  read: string,
  a: { name: string; times: readonly number[] },
  b: { name: string; times: readonly number[] },
  maxRatio?: { value: number; label: string },
): Metric[] {
  const sa = summarize(a.times);
  const sb = summarize(b.times);
  const held = (value: number): Partial<Metric> =>
    maxRatio ? { target: maxRatio.label, met: value <= maxRatio.value } : {};
  return [
    { name: `${read}: ${a.name} p50 / p95`, value: `${ms(sa.p50)} / ${ms(sa.p95)}` },
    { name: `${read}: ${b.name} p50 / p95`, value: `${ms(sb.p50)} / ${ms(sb.p95)}` },
    {
      name: `${read}: ${a.name} ÷ ${b.name}, medians`,
      value: ratio(sa.p50 / sb.p50),
      ...held(sa.p50 / sb.p50),
    },
    {
      name: `${read}: ${a.name} ÷ ${b.name}, p95`,
      value: ratio(sa.p95 / sb.p95),
      ...held(sa.p95 / sb.p95),
    },
  ];
}

/** The machine's 1-minute load average (from /proc/loadavg), to read the figures by. */
export function loadAverage(): string {
  try {
    return readFileSync('/proc/loadavg', 'utf8').split(' ')[0] ?? '?';
  } catch {
    return '?';
  }
}
