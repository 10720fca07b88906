import type { InvolvementRole } from '../../server/src/cases/types.js';
import {
  type DeclineReason,
  declineReasons,
  type HandoverReason,
} from '../../server/src/handovers/reasons.js';
import type { OrganisationKind } from '../../server/src/network/kinds.js';
import type { LegalBasis } from '../../server/src/vocabulary/cases.js';
import type { Need } from '../../server/src/vocabulary/needs.js';
import type { Role } from '../../server/src/vocabulary/roles.js';
import type { Random } from '../random.js';
import {
  addWorkingDays,
  dayOfMinute,
  isoDateTime,
  minutesPerDay,
  officeMoment,
  workingDaysBetween,
} from './calendar.js';
import type { Directory } from './directory.js';
import { coordinatorRoles, rolesByKind } from './roles.js';
import { pairKey } from './ties.js';
import type { HandoverRow, InvolvementRow, OrganisationRow } from './types.js';

/** A requested handover stays pending at most this many working days (the service level is 5). */
export const maxPendingWorkingDays = 3;
export const serviceLevelWorkingDays = 5;

export interface JourneyContext {
  directory: Directory;
  tied: ReadonlySet<string>;
  random: Random;
  referenceDay: number;
  nextHandoverId: () => string;
}

export interface RequestOptions {
  /** The sender; the current holder by default. */
  from?: OrganisationRow;
  /** The receiver; otherwise chosen among tied organisations of `kinds` serving the case. */
  to?: OrganisationRow;
  warm?: boolean;
  /** Prefer receivers offering one of these. */
  needs?: readonly Need[];
  /** Forced outcome; by default mostly accepted, sometimes declined. */
  outcome?: 'accept' | 'decline' | 'pending';
  /** Working days after the current moment before the request; 0–3 by default. */
  after?: number;
  /** The day of the request, instead of `after`. */
  on?: number;
  /** Skip the check that sender and receiver are tied, and the ping-pong guard (for plants). */
  unchecked?: boolean;
}

const acceptDelay = { 0: 30, 1: 35, 2: 20, 3: 10, 4: 5 } as const;

/** One case's organisations and handovers as time goes on, keeping the invariants of the data. */
export class Journey {
  readonly handovers: HandoverRow[] = [];
  readonly involvements: InvolvementRow[] = [];
  private readonly involved = new Map<string, number>();
  private readonly sent = new Set<string>();
  holder: OrganisationRow;
  /** The latest moment in the case so far (minutes). */
  now: number;
  /** Set when a request would fall after the reference date: nothing more happens. */
  ended = false;

  constructor(
    private readonly context: JourneyContext,
    readonly caseId: string,
    readonly places: readonly string[],
    registrar: OrganisationRow,
    opened: number,
  ) {
    this.holder = registrar;
    this.now = opened;
    this.involve(registrar, 'REGISTERED', opened);
  }

  get organisationCount() {
    return this.involved.size;
  }

  isInvolved(id: string) {
    return this.involved.has(id);
  }

  /** The moment each organisation became involved, in order. */
  involvementMoments() {
    return [...this.involved.values()].sort((a, b) => a - b);
  }

  involve(organisation: OrganisationRow, role: InvolvementRole, at: number) {
    if (this.involved.has(organisation.id)) return;
    this.involved.set(organisation.id, at);
    this.involvements.push({
      caseId: this.caseId,
      organisationId: organisation.id,
      role,
      since: isoDateTime(at),
    });
  }

  /** Tied organisations of these kinds serving the case's places, the sender excluded. */
  candidates(from: OrganisationRow, kinds: readonly OrganisationKind[], unchecked = false) {
    const { directory, tied } = this.context;
    const seen = new Map<string, OrganisationRow>();
    for (const code of this.places) {
      for (const o of directory.serving(code, ...kinds)) {
        if (o.id === from.id || this.involved.has(o.id)) continue;
        if (
          !unchecked &&
          (!tied.has(pairKey(from.id, o.id)) || this.sent.has(`${o.id}>${from.id}`))
        )
          continue;
        seen.set(o.id, o);
      }
    }
    return [...seen.values()];
  }

  /**
   * Requests a handover to an organisation of one of `kinds`; resolves it as accepted or declined
   * within the service level, or leaves it pending when requested in the last few working days
   * before the reference date. Returns the receiver, or null when there is none or time ran out.
   */
  request(
    kinds: readonly OrganisationKind[],
    reason: HandoverReason,
    legalBasis: LegalBasis,
    options: RequestOptions = {},
  ): HandoverRow | null {
    const { random, referenceDay } = this.context;
    if (this.ended) return null;
    const from = options.from ?? this.holder;
    // Only an organisation involved in the case may hand it over (as the API requires).
    if (!this.involved.has(from.id)) return null;
    const pool = options.to ? [options.to] : this.candidates(from, kinds, options.unchecked);
    const offering = options.needs?.length
      ? pool.filter((o) => o.offers.some((need) => options.needs?.includes(need)))
      : [];
    const to =
      offering.length > 0 ? random.pick(offering) : pool.length > 0 ? random.pick(pool) : null;
    if (!to) return null;

    const requestDay =
      options.on ?? addWorkingDays(dayOfMinute(this.now) + 1, options.after ?? random.int(0, 3));
    if (requestDay >= referenceDay) {
      this.ended = true;
      return null;
    }
    const requested = officeMoment(requestDay, random.int(0, 510));
    const outcome = options.outcome ?? (random.chance(0.9) ? 'accept' : 'decline');
    const waited = workingDaysBetween(requestDay, referenceDay);
    let answered: number | null = null;
    if (outcome !== 'pending') {
      const delay = Number(random.weighted(acceptDelay));
      const day = addWorkingDays(requestDay, delay);
      answered =
        day === requestDay
          ? requested + random.int(15, 240)
          : officeMoment(day, random.int(0, 510));
      // Not answered by the reference date: pending if recent, else answered just in time.
      if (dayOfMinute(answered) >= referenceDay) {
        answered =
          waited <= maxPendingWorkingDays
            ? null
            : officeMoment(referenceDay - 1, random.int(0, 60));
      }
    }
    const accepted = answered !== null && outcome === 'accept';
    const declined = answered !== null && outcome === 'decline';
    const row: HandoverRow = {
      id: this.context.nextHandoverId(),
      caseId: this.caseId,
      fromOrganisationId: from.id,
      toOrganisationId: to.id,
      fromProfessionalId: this.professional(from)?.id ?? null,
      toProfessionalId: accepted && random.chance(0.6) ? (this.professional(to)?.id ?? null) : null,
      reason,
      legalBasis,
      warm: options.warm ?? random.chance(0.3),
      status: accepted ? 'ACCEPTED' : declined ? 'DECLINED' : 'REQUESTED',
      declineReason: declined ? random.weighted(declineWeights) : null,
      requestedAt: isoDateTime(requested),
      acceptedAt: accepted && answered !== null ? isoDateTime(answered) : null,
      declinedAt: declined && answered !== null ? isoDateTime(answered) : null,
      completedAt: null,
    };
    this.handovers.push(row);
    this.sent.add(`${from.id}>${to.id}`);
    this.now = Math.max(this.now, answered ?? requested);
    if (accepted && answered !== null) {
      this.involve(to, 'HANDOVER', answered);
      this.holder = to;
    }
    return row;
  }

  get hasPending() {
    return this.handovers.some((h) => h.status === 'REQUESTED');
  }

  /**
   * Completes accepted handovers after their work took `days` (at most the reference date), and
   * returns the moment the case could be closed, or null while work is still going on.
   */
  finish(days: readonly [number, number]): number | null {
    const { random, referenceDay } = this.context;
    let last = this.now;
    let ongoing = this.hasPending;
    for (const h of this.handovers) {
      if (h.status !== 'ACCEPTED' || !h.acceptedAt) continue;
      const done = Date.parse(h.acceptedAt) / 60_000 + random.int(days[0], days[1]) * minutesPerDay;
      if (dayOfMinute(done) >= referenceDay) {
        ongoing = true;
        continue;
      }
      h.status = 'COMPLETED';
      h.completedAt = isoDateTime(done);
      last = Math.max(last, done);
    }
    this.now = last;
    return ongoing ? null : last;
  }

  /** A professional to hold the regie: preferably a coordinating role at an involved organisation. */
  coordinator(): { id: string; since: number } | null {
    const moments = this.involvementMoments();
    const third = moments[2];
    if (third === undefined) return null;
    const { directory, random } = this.context;
    for (const role of coordinatorRoles) {
      for (const id of this.involved.keys()) {
        const person = (directory.staff.get(id) ?? []).find((p) => p.role === role);
        if (person) return { id: person.id, since: third + random.int(30, 2 * minutesPerDay) };
      }
    }
    const anyone = directory.professional([...this.involved.keys()][0] ?? '', random);
    return anyone ? { id: anyone.id, since: third + 60 } : null;
  }

  private professional(o: OrganisationRow) {
    const roles: readonly Role[] = rolesByKind[o.kind].slice(0, 1);
    return this.context.directory.professional(o.id, this.context.random, roles);
  }
}

const declineWeights: Record<DeclineReason, number> = Object.fromEntries(
  Object.keys(declineReasons).map((reason) => [reason, reason === 'OTHER' ? 1 : 3]),
) as Record<DeclineReason, number>;
