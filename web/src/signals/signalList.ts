import type { Signal, SignalStatus } from '../api/operations/signals';

// The signal list as the page shows it: what the API listed, with the answers of this page's
// own mutations laid over it, so every change shows at once without reloading the list.

/**
 * The fetched signals with `changes` (each a signal as a mutation returned it, oldest change
 * first) applied: a changed signal replaces its listed version in place, a new one (raised
 * here) goes on top, newest first.
 */
export function mergeSignals(fetched: readonly Signal[], changes: readonly Signal[]): Signal[] {
  const latest = new Map<string, Signal>();
  for (const change of changes) latest.set(change.id, change);
  const listed = new Set(fetched.map((signal) => signal.id));
  const added = [...latest.values()].filter((signal) => !listed.has(signal.id)).reverse();
  return [...added, ...fetched.map((signal) => latest.get(signal.id) ?? signal)];
}

/** Which signals a status tab shows: null shows every one. */
export function withStatus(signals: readonly Signal[], status: SignalStatus | null): Signal[] {
  return status === null ? [...signals] : signals.filter((signal) => signal.status === status);
}

/** How many signals there are per status. */
export function countByStatus(signals: readonly Signal[]): Record<SignalStatus, number> {
  const counts: Record<SignalStatus, number> = { OPEN: 0, ON_AGENDA: 0, CLOSED: 0 };
  for (const signal of signals) counts[signal.status] += 1;
  return counts;
}
