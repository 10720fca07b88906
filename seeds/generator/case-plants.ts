import type { Random } from '../random.js';
import { dayOfMinute, officeMoment, subtractWorkingDays, workingDaysBetween } from './calendar.js';
import { sortNeeds } from './case-drafts.js';
import { type CaseContext, type CaseSpec, type ChunkBuilder, makeCase } from './cases.js';
import type { Journey } from './journey.js';
import type { Preset } from './presets.js';
import { openingDay, type RegionPools } from './region-cases.js';
import { receiverIn, routes } from './routes.js';
import { pairKey } from './ties.js';
import type { OrganisationRow } from './types.js';

export interface StalledHandover {
  regionCode: string;
  caseId: string;
  handoverId: string;
  fromId: string;
  toId: string;
  requestedAt: string;
  workingDaysWaiting: number;
}
export interface PingPong {
  regionCode: string;
  caseId: string;
  handoverIds: [string, string];
  organisationIds: [string, string];
}
export interface Uncoordinated {
  regionCode: string;
  caseId: string;
  organisationIds: string[];
}
export interface HiddenCollaboration {
  regionCode: string;
  organisationIds: [string, string];
  caseIds: string[];
  handoverIds: string[];
}

export interface CasePlants {
  stalled: StalledHandover[];
  pingPong: PingPong[];
  noCoordinator: Uncoordinated[];
  hidden: HiddenCollaboration | null;
}

type Plant = { context: CaseContext; pools: RegionPools; builder: ChunkBuilder; random: Random };

function spec(
  plant: Plant,
  school: OrganisationRow,
  opened: number,
  age: number,
  extra: Partial<CaseSpec>,
): CaseSpec {
  return {
    kind: 'RELATIEF_VERZUIM',
    age,
    needs: [],
    risks: ['RELATIEF_VERZUIM'],
    residence: plant.pools.residenceOf(school),
    school,
    registrar: school,
    opened,
    subjectKey: plant.context.subjects.next(plant.pools.regionCode),
    ...extra,
  };
}

/** The planted case patterns of one region, each listed for the manifest. */
export function plantCases(
  context: CaseContext,
  preset: Preset,
  pools: RegionPools,
  builder: ChunkBuilder,
): CasePlants {
  const random = context.random;
  const plant: Plant = { context, pools, builder, random };
  const plans = preset.plants;
  const here = (list: readonly string[]) => list.includes(pools.regionCode);
  const out: CasePlants = { stalled: [], pingPong: [], noCoordinator: [], hidden: null };
  const vo = () => pools.school({ SCHOOL_VO: 1 });
  const ref = context.referenceDay;

  for (let i = 0; here(plans.stalled.regionCodes) && i < plans.stalled.perRegion; i++) {
    const school = vo();
    if (!school) break;
    // Requested 6 to 25 working days before the reference date, still not answered.
    const waiting = random.int(6, 25);
    const requestDay = subtractWorkingDays(ref, waiting);
    const opened = officeMoment(
      subtractWorkingDays(requestDay, random.int(8, 20)),
      random.int(0, 300),
    );
    let stalled: ReturnType<Journey['request']> = null;
    const made = builder.add(
      makeCase(
        context,
        spec(plant, school, opened, random.int(12, 16), { needs: ['GEZIN'] }),
        (j) => {
          const lp = receiverIn(pools.directory)(
            j.request(['LEERPLICHT'], 'VERZUIMMELDING', 'LEERPLICHTWET', {
              outcome: 'accept',
              after: 1,
            }),
          );
          if (lp)
            stalled = j.request(['WIJKTEAM'], 'ZORG_NODIG', 'JEUGDWET', {
              from: lp,
              on: requestDay,
              outcome: 'pending',
            });
        },
      ),
    );
    const h = stalled as ReturnType<Journey['request']>;
    if (h) {
      out.stalled.push({
        regionCode: pools.regionCode,
        caseId: made.row.id,
        handoverId: h.id,
        fromId: h.fromOrganisationId,
        toId: h.toOrganisationId,
        requestedAt: h.requestedAt,
        workingDaysWaiting: workingDaysBetween(
          dayOfMinute(Date.parse(h.requestedAt) / 60_000),
          ref,
        ),
      });
    }
  }

  for (let i = 0; here(plans.pingPong.regionCodes) && i < plans.pingPong.perRegion; i++) {
    const school = pools.school({ SCHOOL_VO: 3, SCHOOL_PO: 1 });
    const swv = school?.swvId ? pools.directory.byId.get(school.swvId) : undefined;
    if (!school || !swv) break;
    const opened = officeMoment(ref - random.int(30, 150), random.int(0, 300));
    const made = builder.add(
      makeCase(
        context,
        spec(plant, school, opened, random.int(10, 15), {
          kind: 'THUISZITTER',
          needs: sortNeeds(['ONDERWIJS_OP_MAAT', 'GEDRAG']),
        }),
        (j) => {
          // The school asks the SWV for an arrangement; the SWV hands the pupil straight back.
          j.request(['SWV_PO', 'SWV_VO'], 'OTHER', 'TOESTEMMING', { to: swv, outcome: 'accept' });
          j.request([school.kind], 'OTHER', 'TOESTEMMING', {
            from: swv,
            to: school,
            outcome: 'accept',
            unchecked: true,
          });
        },
      ),
    );
    const [there, back] = made.journey.handovers;
    if (there && back) {
      out.pingPong.push({
        regionCode: pools.regionCode,
        caseId: made.row.id,
        handoverIds: [there.id, back.id],
        organisationIds: [school.id, swv.id],
      });
    }
  }

  for (
    let i = 0, tries = 0;
    here(plans.noCoordinator.regionCodes) && i < plans.noCoordinator.perRegion && tries < 50;
    tries++
  ) {
    const school = vo();
    if (!school) break;
    const opened = officeMoment(subtractWorkingDays(ref, random.int(40, 90)), random.int(0, 300));
    const needs = sortNeeds([
      'GEZIN',
      random.pick(['GGZ_JEUGD', 'GEDRAG', 'ANGST_DEPRESSIE'] as const),
    ]);
    const made = makeCase(
      context,
      spec(plant, school, opened, random.int(13, 16), { needs }),
      (j) => {
        const accepted = receiverIn(pools.directory);
        const lp = accepted(
          j.request(['LEERPLICHT'], 'VERZUIMMELDING', 'LEERPLICHTWET', { outcome: 'accept' }),
        );
        const wijkteam =
          lp &&
          accepted(
            j.request(['WIJKTEAM'], 'ZORG_NODIG', 'JEUGDWET', { from: lp, outcome: 'accept' }),
          );
        if (wijkteam)
          j.request(['JEUGDZORG', 'GGZ'], 'ZORG_NODIG', 'JEUGDWET', {
            from: wijkteam,
            needs,
            outcome: 'accept',
          });
      },
      // Work goes on (so the case stays open), and nobody takes the regie.
      {
        coordinator: false,
        finish: (j) => {
          j.finish([400, 500]);
          return null;
        },
      },
    );
    if (made.journey.organisationCount < 3 || made.row.status !== 'OPEN') continue;
    builder.add(made);
    i++;
    out.noCoordinator.push({
      regionCode: pools.regionCode,
      caseId: made.row.id,
      organisationIds: made.journey.involvements.map((inv) => inv.organisationId),
    });
  }

  if (plans.provisionGap?.regionCode === pools.regionCode) {
    for (let i = 0; i < plans.provisionGap.cases; i++) {
      const school = pools.school({ SCHOOL_VO: 2, SCHOOL_PO: 1 });
      if (!school) break;
      const age = school.kind === 'SCHOOL_PO' ? random.int(9, 11) : random.int(12, 15);
      const needs = sortNeeds([
        'AUTISME',
        plans.provisionGap.need,
        ...(random.chance(0.5) ? (['ONDERWIJS_OP_MAAT'] as const) : []),
      ]);
      const s = spec(
        plant,
        school,
        officeMoment(openingDay(random, ref), random.int(0, 510)),
        age,
        { kind: 'THUISZITTER', needs },
      );
      const draft = { kind: s.kind, age, needs, frequentSickness: false, registrar: school };
      builder.add(
        makeCase(context, s, (j) =>
          routes.THUISZITTER(j, draft, random, receiverIn(pools.directory)),
        ),
      );
    }
  }

  const hidden = plans.hiddenCollaboration;
  if (hidden?.regionCode === pools.regionCode) out.hidden = plantHidden(plant, hidden.handovers);
  return out;
}

/** A VO school that hands many pupils straight to a GGZ provider, with no tie between them. */
function plantHidden(plant: Plant, count: number): HiddenCollaboration | null {
  const { context, pools, builder, random } = plant;
  for (const school of random.shuffle(pools.own('SCHOOL_VO'))) {
    const code = school.municipalityCodes[0] ?? '';
    const ggz = pools.directory
      .serving(code, 'GGZ')
      .find((o) => !context.tied.has(pairKey(school.id, o.id)));
    if (!ggz) continue;
    const found: HiddenCollaboration = {
      regionCode: pools.regionCode,
      organisationIds: [school.id, ggz.id],
      caseIds: [],
      handoverIds: [],
    };
    for (let i = 0; i < count; i++) {
      const opened = officeMoment(
        openingDay(random, context.referenceDay - 10),
        random.int(0, 510),
      );
      const needs = sortNeeds([random.pick(['GGZ_JEUGD', 'ANGST_DEPRESSIE'] as const)]);
      const made = builder.add(
        makeCase(
          context,
          { ...spec(plant, school, opened, random.int(12, 16), { needs }), residence: code },
          (j) => {
            j.request(['GGZ'], 'ZORG_NODIG', 'JEUGDWET', {
              to: ggz,
              outcome: 'accept',
              unchecked: true,
            });
          },
        ),
      );
      const handover = made.journey.handovers[0];
      if (handover) {
        found.caseIds.push(made.row.id);
        found.handoverIds.push(handover.id);
      }
    }
    return found;
  }
  return null;
}
