import { oneKeyForAllRegions, subjectKey } from '../../server/src/cases/pseudonym.js';
import { retainUntil } from '../../server/src/cases/retention.js';
import { developmentPseudonymKey } from '../../server/src/config.js';
import type { CaseKind, RiskIndicator } from '../../server/src/vocabulary/cases.js';
import type { Need } from '../../server/src/vocabulary/needs.js';
import { dayOfMinute, isoDate, isoDateTime, minutesPerDay } from './calendar.js';
import { syntheticBsns } from './codes.js';
import { Journey, type JourneyContext } from './journey.js';
import type { PresetName } from './presets.js';
import { workDays } from './routes.js';
import type { CaseChunk, CaseRow, OrganisationRow } from './types.js';

/**
 * Subjects as the product keys them: the pseudonym (HMAC under the development key) of a
 * synthetic BSN that passes the 11-test. The BSN lives only inside `next` and is never kept.
 */
export class Subjects {
  private readonly bsns: Generator<string>;
  private readonly keys = oneKeyForAllRegions(developmentPseudonymKey);
  /** How many subjects were made. */
  issued = 0;

  constructor(preset: PresetName) {
    this.bsns = syntheticBsns(preset);
  }

  next(regionCode: string): string {
    const bsn = this.bsns.next();
    if (bsn.done) throw new RangeError('out of synthetic BSNs');
    this.issued++;
    return subjectKey(bsn.value, regionCode, this.keys);
  }
}

export interface CaseContext extends JourneyContext {
  nextCaseId: () => string;
  subjects: Subjects;
}

export interface CaseSpec {
  kind: CaseKind;
  age: number;
  needs: Need[];
  risks: RiskIndicator[];
  residence: string;
  school: OrganisationRow | null;
  registrar: OrganisationRow;
  /** The moment of registration (minutes). */
  opened: number;
  subjectKey: string;
}

export interface MadeCase {
  row: CaseRow;
  journey: Journey;
}

/**
 * Registers a case, lets `route` move it along, completes the work that is done by the reference
 * date and closes the case when everything is finished well before it. With `coordinator` (the
 * default), a case that involves three or more organisations gets a professional holding the regie.
 */
export function makeCase(
  context: CaseContext,
  spec: CaseSpec,
  route: (journey: Journey) => void,
  options: { coordinator?: boolean; finish?: (journey: Journey) => number | null } = {},
): MadeCase {
  const { random, referenceDay } = context;
  const id = context.nextCaseId();
  const places = [spec.residence, ...(spec.school?.municipalityCodes.slice(0, 1) ?? [])];
  const journey = new Journey(context, id, [...new Set(places)], spec.registrar, spec.opened);
  route(journey);
  const done = options.finish ? options.finish(journey) : journey.finish(workDays[spec.kind]);
  const closeDay = done === null ? null : dayOfMinute(done) + random.int(1, 20);
  const closed = closeDay !== null && closeDay < referenceDay;
  const closedMoment =
    closed && closeDay !== null ? closeDay * minutesPerDay + random.int(420, 960) : null;
  const regie =
    options.coordinator !== false && journey.organisationCount >= 3 ? journey.coordinator() : null;
  const lastMoment = referenceDay * minutesPerDay - 1;
  const openedAt = isoDate(dayOfMinute(spec.opened));
  const row: CaseRow = {
    id,
    subjectKey: spec.subjectKey,
    kind: spec.kind,
    status: closed ? 'CLOSED' : 'OPEN',
    age: spec.age,
    needs: spec.needs,
    riskIndicators: spec.risks,
    municipalityCode: spec.residence,
    schoolId: spec.school?.id ?? null,
    openedAt,
    closedAt: closedMoment === null ? null : isoDate(dayOfMinute(closedMoment)),
    retainUntil: retainUntil(spec.kind, spec.age, openedAt),
    createdAt: isoDateTime(spec.opened),
    updatedAt: isoDateTime(Math.min(lastMoment, Math.max(journey.now, closedMoment ?? 0))),
    coordinatorId: regie?.id ?? null,
    coordinatorSince: regie ? isoDateTime(Math.min(regie.since, lastMoment)) : null,
  };
  return { row, journey };
}

/** Collects made cases into a region's chunk of rows. */
export class ChunkBuilder {
  readonly chunk: CaseChunk;

  constructor(regionCode: string) {
    this.chunk = { regionCode, cases: [], involvements: [], handovers: [] };
  }

  add(made: MadeCase) {
    this.chunk.cases.push(made.row);
    this.chunk.involvements.push(...made.journey.involvements);
    this.chunk.handovers.push(...made.journey.handovers);
    return made;
  }
}
