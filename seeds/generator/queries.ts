import type { BatchQuery } from '../../server/src/db/batches.js';
import { cypher } from '../../server/src/db/cypher.js';
import type {
  CaseRow,
  EntityName,
  HandoverRow,
  InvolvementRow,
  OrganisationRow,
  ProfessionalRow,
  SeatRow,
  TableRow,
  TieRow,
} from './types.js';

// The statements that load a generated dataset (cypher/seeds/*.cypher), each over a batch of rows.

type Source = { source: string };
const batch = <R, P extends object = object>(name: string) =>
  cypher<P & { rows: R[] }, object>(`seeds/${name}`) as BatchQuery<R, P>;

export const seedQueries = {
  organisations: batch<OrganisationRow, Source>('organisations'),
  professionals: batch<ProfessionalRow, Source>('professionals'),
  organisationTies: batch<TieRow, Source & { assertedBy: string }>('organisation-ties'),
  professionalTies: batch<TieRow, Source & { assertedBy: string }>('professional-ties'),
  tables: batch<TableRow, Source>('tables'),
  seats: batch<SeatRow>('seats'),
  cases: batch<CaseRow>('cases'),
  involvements: batch<InvolvementRow>('involvements'),
  handovers: batch<HandoverRow>('handovers'),
};

type Temporal = { dates?: readonly string[]; dateTimes?: readonly string[] };

/** Which fields of each kind of row are dates and date-times (sent as temporal values). */
export const temporalFields = {
  organisations: { dateTimes: ['createdAt'] },
  professionals: { dates: ['from'], dateTimes: ['createdAt'] },
  ties: { dates: ['lastConfirmedAt'], dateTimes: ['assertedAt'] },
  tables: { dateTimes: ['createdAt'] },
  seats: { dates: ['since'] },
  cases: {
    dates: ['openedAt', 'closedAt', 'retainUntil'],
    dateTimes: ['createdAt', 'updatedAt', 'coordinatorSince'],
  },
  involvements: { dateTimes: ['since'] },
  handovers: { dateTimes: ['requestedAt', 'acceptedAt', 'declinedAt', 'completedAt'] },
} satisfies Record<EntityName, Temporal>;

export const deletePresetSubjects = cypher<{ prefix: string; limit: number }, { deleted: number }>(
  'seeds/delete-preset-subjects',
);
export const deletePresetNodes = cypher<
  { prefix: string; label: string; limit: number },
  { deleted: number }
>('seeds/delete-preset-nodes');
