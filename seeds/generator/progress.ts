import { SingleBar } from 'cli-progress';
import type { EntityName } from './types.js';

/**
 * A progress bar on stderr: rows done of the estimated total, rows per second and time left.
 * Without a terminal (CI, a log file) it prints a line every few seconds instead.
 *
 * `tick` adds rows as the Cypher loader writes them; `set` reports a load that goes in phases
 * (the bulk path: writing files, importing, indexing) as rows-equivalents done so far, so that
 * rate and time left hold for the whole load.
 */
export function progressBar(label: string) {
  const started = Date.now();
  let done = 0;
  const bar = new SingleBar({
    format: `${label} {bar} {percentage}% | {value}/{total} rows | {rate} rows/s | {left} left | {activity}`,
    barsize: 24,
    hideCursor: true,
    noTTYOutput: true,
    notTTYSchedule: 5_000,
    fps: 5,
    stream: process.stderr,
  });
  bar.start(1, 0, { rate: 0, left: '…', activity: '' });
  const set = (activity: string, rowsDone: number, total: number) => {
    done = Math.round(rowsDone);
    const seconds = (Date.now() - started) / 1000;
    const rate = seconds > 0 ? done / seconds : 0;
    const left = rate > 0 ? Math.max(0, (Math.max(total, done) - done) / rate) : Number.NaN;
    bar.setTotal(Math.max(Math.round(total), done));
    bar.update(done, {
      rate: Math.round(rate).toLocaleString('en'),
      left: Number.isFinite(left) ? formatSeconds(left) : '…',
      activity,
    });
  };
  return {
    tick(entity: EntityName, rows: number, total: number) {
      set(entity, done + rows, total);
    },
    set,
    stop() {
      bar.update(done);
      bar.setTotal(done);
      bar.stop();
    },
  };
}

export function formatSeconds(seconds: number): string {
  const s = Math.round(seconds);
  return s >= 60 ? `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s` : `${s}s`;
}
