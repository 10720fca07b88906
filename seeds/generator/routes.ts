import type { CaseKind } from '../../server/src/vocabulary/cases.js';
import type { Need } from '../../server/src/vocabulary/needs.js';
import type { Random } from '../random.js';
import type { Directory } from './directory.js';
import type { Journey } from './journey.js';
import type { HandoverRow, OrganisationRow } from './types.js';

export interface Draft {
  kind: CaseKind;
  age: number;
  needs: Need[];
  frequentSickness: boolean;
  registrar: OrganisationRow;
}

type Route = (j: Journey, draft: Draft, random: Random, receiver: Receiver) => void;
type Receiver = (handover: HandoverRow | null) => OrganisationRow | null;

const careNeeds: readonly Need[] = [
  'GGZ_JEUGD',
  'ANGST_DEPRESSIE',
  'AUTISME',
  'GEDRAG',
  'GEZIN',
  'LVB',
  'VERSLAVING',
];

/** The organisation that accepted the handover, if it did. */
export const receiverIn =
  (directory: Directory): Receiver =>
  (handover) =>
    handover && (handover.status === 'ACCEPTED' || handover.status === 'COMPLETED')
      ? (directory.byId.get(handover.toOrganisationId) ?? null)
      : null;

/** How each kind of case travels (DOMAIN.md, "How a case travels"): each arrow a handover. */
export const routes: Record<CaseKind, Route> = {
  // school → (DUO verzuimloket) → leerplicht → talk, care first, Halt, or OM with a copy to the Raad.
  RELATIEF_VERZUIM(j, d, random, accepted) {
    const school = d.registrar;
    const lp = accepted(
      j.request(['LEERPLICHT'], 'VERZUIMMELDING', 'LEERPLICHTWET', { outcome: 'accept' }),
    );
    if (d.frequentSickness) j.request(['GGD'], 'MAZL', 'TOESTEMMING', { from: school });
    if (!lp) return;
    const next = random.weighted({
      END: 45,
      CARE: 25,
      HALT: d.age >= 12 ? 15 : 0,
      OM: d.age >= 12 ? 7 : 0,
      VEILIG_THUIS: d.needs.includes('VEILIGHEID') ? 20 : 2,
      CONSULENT: 6,
    });
    if (next === 'CARE') {
      const wijkteam = accepted(j.request(['WIJKTEAM'], 'ZORG_NODIG', 'JEUGDWET', { from: lp }));
      if (wijkteam && d.needs.some((n) => careNeeds.includes(n)) && random.chance(0.5)) {
        j.request(['JEUGDZORG', 'GGZ'], 'ZORG_NODIG', 'JEUGDWET', {
          from: wijkteam,
          needs: d.needs,
        });
      }
    } else if (next === 'HALT') {
      j.request(['HALT'], 'HALT_AFDOENING', 'LEERPLICHTWET', { from: lp });
    } else if (next === 'OM') {
      j.request(['OM'], 'PROCES_VERBAAL', 'LEERPLICHTWET', { from: lp });
      j.request(['RAAD_KINDERBESCHERMING'], 'PROCES_VERBAAL', 'LEERPLICHTWET', {
        from: lp,
        after: 0,
      });
    } else if (next === 'VEILIG_THUIS') {
      j.request(['VEILIG_THUIS'], 'VEILIGHEID', 'JEUGDWET', { from: lp });
    } else if (next === 'CONSULENT') {
      j.request(['ONDERWIJSCONSULENTEN'], 'ONDERWIJSCONSULENT', 'LEERPLICHTWET', { from: lp });
    }
  },
  LUXE_VERZUIM(j, _d, random, accepted) {
    const lp = accepted(
      j.request(['LEERPLICHT'], 'VERZUIMMELDING', 'LEERPLICHTWET', { outcome: 'accept' }),
    );
    if (lp && random.chance(0.15))
      j.request(['OM'], 'PROCES_VERBAAL', 'LEERPLICHTWET', { from: lp });
  },
  // M@ZL: school → jeugdarts; the jeugdarts advises, leerplicht enforces.
  SIGNAALVERZUIM(j, d, random, accepted) {
    const ggd = accepted(j.request(['GGD'], 'MAZL', 'TOESTEMMING', { outcome: 'accept' }));
    if (!ggd) return;
    const next = random.weighted({ END: 40, WIJKTEAM: 25, GGZ: 15, LEERPLICHT: 20 });
    if (next === 'WIJKTEAM') j.request(['WIJKTEAM'], 'ZORG_NODIG', 'JEUGDWET', { from: ggd });
    if (next === 'GGZ')
      j.request(['GGZ', 'JEUGDZORG'], 'ZORG_NODIG', 'JEUGDWET', { from: ggd, needs: d.needs });
    if (next === 'LEERPLICHT')
      j.request(['LEERPLICHT'], 'VERZUIMMELDING', 'LEERPLICHTWET', { from: ggd });
  },
  ABSOLUUT_VERZUIM(j, d, random, accepted) {
    const lp = d.registrar;
    const next = random.weighted({ SWV: 40, WIJKTEAM: 25, CONSULENT: 15, OM: 10, END: 10 });
    if (next === 'SWV')
      j.request([d.age < 12 ? 'SWV_PO' : 'SWV_VO'], 'OTHER', 'LEERPLICHTWET', { from: lp });
    if (next === 'WIJKTEAM') j.request(['WIJKTEAM'], 'ZORG_NODIG', 'JEUGDWET', { from: lp });
    if (next === 'CONSULENT')
      j.request(['ONDERWIJSCONSULENTEN'], 'ONDERWIJSCONSULENT', 'LEERPLICHTWET', { from: lp });
    if (next === 'OM') {
      accepted(j.request(['OM'], 'PROCES_VERBAAL', 'LEERPLICHTWET', { from: lp }));
      j.request(['RAAD_KINDERBESCHERMING'], 'PROCES_VERBAAL', 'LEERPLICHTWET', {
        from: lp,
        after: 0,
      });
    }
  },
  // school / SWV → leerplicht, SWV consulent, onderwijsconsulent after 4 weeks, care.
  THUISZITTER(j, d, random, accepted) {
    const registrar = d.registrar;
    const lp = accepted(
      j.request(['LEERPLICHT'], 'VERZUIMMELDING', 'LEERPLICHTWET', {
        from: registrar,
        outcome: 'accept',
      }),
    );
    const isSwv = registrar.kind === 'SWV_PO' || registrar.kind === 'SWV_VO';
    const swv = isSwv
      ? registrar
      : accepted(j.request(['SWV_PO', 'SWV_VO'], 'OTHER', 'TOESTEMMING', { from: registrar }));
    if (swv && random.chance(0.4)) {
      j.request(['ONDERWIJSCONSULENTEN'], 'ONDERWIJSCONSULENT', 'LEERPLICHTWET', {
        from: swv,
        after: 20,
      });
    }
    if (swv && d.needs.some((n) => careNeeds.includes(n)) && random.chance(0.5)) {
      j.request(['GGZ', 'JEUGDZORG'], 'ZORG_NODIG', 'JEUGDWET', { from: swv, needs: d.needs });
    }
    if (lp && random.chance(0.3)) j.request(['WIJKTEAM'], 'ZORG_NODIG', 'JEUGDWET', { from: lp });
  },
  // Vrijstelling 5a: independent medical advice, often the GGD.
  VRIJSTELLING(j, d, random, accepted) {
    if (!random.chance(0.7)) return;
    const ggd = accepted(j.request(['GGD'], 'OTHER', 'LEERPLICHTWET', { from: d.registrar }));
    if (ggd && d.needs.includes('DAGBESTEDING') && random.chance(0.5)) {
      j.request(['JEUGDZORG'], 'ZORG_NODIG', 'JEUGDWET', { from: ggd, needs: d.needs });
    }
  },
  // DUO list of leavers → RMC, which guides to school, UWV, Werk & Inkomen or an employer.
  VSV(j, d, random, accepted) {
    const rmc =
      d.registrar.kind === 'RMC'
        ? d.registrar
        : accepted(j.request(['RMC'], 'RMC_TRAJECT', 'RMC', { outcome: 'accept' }));
    if (rmc) toWorkOrSchool(j, rmc, random, accepted);
  },
  KWETSBARE_POSITIE(j, _d, random, accepted) {
    const rmc = accepted(j.request(['RMC'], 'RMC_TRAJECT', 'RMC', { outcome: 'accept' }));
    if (rmc) toWorkOrSchool(j, rmc, random, accepted);
  },
};

function toWorkOrSchool(j: Journey, rmc: OrganisationRow, random: Random, accepted: Receiver) {
  const next = random.weighted({
    SCHOOL_MBO: 35,
    UWV: 25,
    WERK_EN_INKOMEN: 20,
    EMPLOYER: 15,
    END: 5,
  });
  if (next === 'END') return;
  const to = accepted(
    j.request([next], 'RMC_TRAJECT', 'RMC', { from: rmc, warm: random.chance(0.5) }),
  );
  if (to?.kind === 'WERK_EN_INKOMEN' && random.chance(0.2)) {
    j.request(['WIJKTEAM'], 'ZORG_NODIG', 'JEUGDWET', { from: to });
  }
}

/** Days that an organisation's part of a case takes (from acceptance to completion), per kind. */
export const workDays: Record<CaseKind, readonly [number, number]> = {
  RELATIEF_VERZUIM: [5, 60],
  LUXE_VERZUIM: [5, 30],
  SIGNAALVERZUIM: [10, 90],
  ABSOLUUT_VERZUIM: [20, 120],
  THUISZITTER: [40, 200],
  VRIJSTELLING: [10, 60],
  VSV: [30, 180],
  KWETSBARE_POSITIE: [30, 180],
};
