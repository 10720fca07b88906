import { cypher } from '../../db/cypher.js';
import type { Database } from '../../db/database.js';
import { shownCount } from '../../privacy/small-counts.js';
import { needs as needLabels } from '../../vocabulary/needs.js';
import { careSwitchReport } from './care-switch-report.js';
import { careSwitchRule } from './care-switch-rule.js';
import { demandReport } from './demand-report.js';
import { quarterLabel } from './periods.js';
import type { NewSignal } from './signal-types.js';
import { type Actor, createSignal } from './signal-writes.js';
import { transferDropoutReport } from './transfer-dropout-report.js';

const keysQuery = cypher<{ keys: string[] }, { key: string; id: string }>(
  'analysis/signals/signal-keys',
);

const percent = (rate: number | null) => `${Math.round((rate ?? 0) * 100)}%`;

/**
 * Everything the analyses flag in the region as of `asOf`, as new signals. A pattern becomes a
 * signal once a quarter (its key: kind, region, school or need, quarter), so asking again
 * changes nothing. The texts (Dutch, for the app) hold only counts of five or more, or "<5".
 */
async function flagged(db: Database, regionCode: string, asOf: string) {
  const [dropout, demand, care] = await Promise.all([
    transferDropoutReport(db, regionCode, asOf, null),
    demandReport(db, regionCode, asOf, { needs: null, quarterCount: 8, organisationId: null }),
    careSwitchReport(db, regionCode, asOf, 24, null),
  ]);
  const found: (NewSignal & { subject: string })[] = [];
  for (const s of dropout.schools.filter((school) => school.flagged)) {
    found.push({
      kind: 'TRANSFER_DROPOUT',
      subject: s.schoolId,
      regionCode,
      need: null,
      schoolId: s.schoolId,
      title: 'Veel uitval in het eerste mbo-jaar na de warme overdracht',
      description: `Van ${s.transfers.count} warm overgedragen leerlingen (volledige cohorten) vielen er ${s.dropouts.count} uit in hun eerste mbo-jaar (${percent(s.rate)}), tegen ${percent(s.baselineRate)} bij de andere scholen in de regio.`,
    });
  }
  for (const n of demand.needs.filter((need) => need.rising)) {
    found.push({
      kind: 'RISING_DEMAND',
      subject: n.need,
      regionCode,
      need: n.need,
      schoolId: null,
      title: `Stijgende vraag: ${needLabels[n.need]}`,
      description: `${shownCount(n.recent.count, false)} casussen in de laatste twaalf maanden, tegen ${shownCount(n.earlier.count, false)} in de twaalf maanden daarvoor.`,
    });
  }
  for (const s of care.schools.filter((school) => school.flagged)) {
    found.push({
      kind: 'LATE_CARE_SWITCH',
      subject: s.schoolId,
      regionCode,
      need: null,
      schoolId: s.schoolId,
      title: 'Late overstap van zorg in school naar zorg buiten school',
      description: `Mediaan ${Math.round(s.medianDays ?? 0)} dagen (grens ${careSwitchRule.lateAfterDays}) over ${s.cases.count} casussen.`,
    });
  }
  return found;
}

/** Materialises the region's flagged patterns; returns the ids of the signals made. */
export async function materialiseSignals(
  db: Database,
  regionCode: string,
  asOf: string,
  actor: Actor,
): Promise<string[]> {
  const found = await flagged(db, regionCode, asOf);
  const keyOf = (s: (typeof found)[number]) =>
    `${s.kind}~${regionCode}~${s.subject}~${quarterLabel(asOf)}`;
  const taken = new Set(
    (await db.read(keysQuery, { keys: found.map(keyOf) })).map((row) => row.key),
  );
  const ids: string[] = [];
  for (const { subject, ...signal } of found) {
    const key = keyOf({ ...signal, subject });
    if (!taken.has(key)) ids.push(await createSignal(db, signal, actor, { key, asOf }));
  }
  return ids;
}
