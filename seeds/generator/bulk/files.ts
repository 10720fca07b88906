import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { CsvFile } from './csv-file.js';

// The files of one bulk import (neo4j/BulkImport): nodes/<Label>.csv and
// relationships/<TYPE>.<Start>-<End>.csv, each with its Neo4j import header. Node ids are the
// store's own (`actual`), unique across labels; the start and end labels only name the files. The properties and their
// types are exactly those cypher/seeds/*.cypher write (see the comments there).

const datetime = (name: string) => `${name}:datetime`;
const date = (name: string) => `${name}:date`;
const created = [datetime('createdAt'), datetime('updatedAt')];

const nodeHeaders = {
  Municipality: [':ID', 'code'],
  Need: [':ID', 'code'],
  Organisation: [
    ':ID',
    ...['id', 'name', 'kind', 'brin', 'kvk', 'swvCode', 'status', 'source'],
    ...created,
  ],
  Professional: [':ID', ...['id', 'name', 'role', 'email', 'status', 'source'], ...created],
  ConsultationTable: [':ID', 'id', 'name', 'kind', 'status', 'source', ...created],
  Case: [
    ':ID',
    ...['id', 'kind', 'status', 'age:long', 'riskIndicators:string[]'],
    ...[date('openedAt'), date('closedAt'), date('retainUntil')],
    ...created,
  ],
  Subject: [':ID', 'key'],
  Handover: [
    ':ID',
    ...['id', 'reason', 'legalBasis', 'warm:boolean', 'status', 'declineReason'],
    ...['requestedAt', 'acceptedAt', 'declinedAt', 'completedAt'].map(datetime),
  ],
};

const tie = [
  ...['id', 'kind', 'strength:long', 'status', 'activeKey', 'assertedBy'],
  ...[datetime('assertedAt'), 'source', date('lastConfirmedAt')],
];

/** Relationship files: [type, start label, end label, properties]. */
const relationshipFiles = {
  serves: ['SERVES', 'Organisation', 'Municipality', []],
  offers: ['OFFERS', 'Organisation', 'Need', []],
  swvMember: ['MEMBER_OF_SWV', 'Organisation', 'Organisation', []],
  worksAt: ['WORKS_AT', 'Professional', 'Organisation', [date('from')]],
  expertise: ['HAS_EXPERTISE', 'Professional', 'Need', []],
  organisationTie: ['TIE', 'Organisation', 'Organisation', tie],
  professionalTie: ['TIE', 'Professional', 'Professional', tie],
  forMunicipality: ['FOR_MUNICIPALITY', 'ConsultationTable', 'Municipality', []],
  organisationSeat: ['MEMBER_OF', 'Organisation', 'ConsultationTable', [date('since')]],
  professionalSeat: ['MEMBER_OF', 'Professional', 'ConsultationTable', [date('since')]],
  concerns: ['CONCERNS', 'Case', 'Subject', []],
  inMunicipality: ['IN_MUNICIPALITY', 'Case', 'Municipality', []],
  needs: ['NEEDS', 'Case', 'Need', []],
  atSchool: ['AT_SCHOOL', 'Case', 'Organisation', []],
  coordinates: ['COORDINATES', 'Professional', 'Case', [datetime('since')]],
  involvedIn: ['INVOLVED_IN', 'Organisation', 'Case', [datetime('since'), 'role']],
  hasHandover: ['HAS_HANDOVER', 'Case', 'Handover', []],
  from: ['FROM', 'Handover', 'Organisation', []],
  to: ['TO', 'Handover', 'Organisation', []],
  fromProfessional: ['FROM_PROFESSIONAL', 'Handover', 'Professional', []],
  toProfessional: ['TO_PROFESSIONAL', 'Handover', 'Professional', []],
} satisfies Record<string, [string, string, string, string[]]>;

export type NodeFiles = Record<keyof typeof nodeHeaders, CsvFile>;
export type RelationshipFiles = Record<keyof typeof relationshipFiles, CsvFile>;

/** Opens every file of an import in `dir` (created, and expected to be empty). */
export function openImportFiles(dir: string) {
  mkdirSync(join(dir, 'nodes'), { recursive: true });
  mkdirSync(join(dir, 'relationships'), { recursive: true });
  const nodes = Object.fromEntries(
    Object.entries(nodeHeaders).map(([label, header]) => [
      label,
      new CsvFile(join(dir, 'nodes', `${label}.csv`), header.join(',')),
    ]),
  ) as NodeFiles;
  const relationships = Object.fromEntries(
    Object.entries(relationshipFiles).map(([name, [type, start, end, properties]]) => [
      name,
      new CsvFile(
        join(dir, 'relationships', `${type}.${start}-${end}.csv`),
        [':START_ID', ':END_ID', ...properties].join(','),
      ),
    ]),
  ) as RelationshipFiles;
  const all = [...Object.values(nodes), ...Object.values(relationships)];
  return {
    nodes,
    relationships,
    flush: () => {
      for (const file of all) file.flush();
    },
    close: () => {
      for (const file of all) file.close();
    },
    lines: () => all.reduce((sum, file) => sum + file.lines, 0),
  };
}

export type ImportFiles = ReturnType<typeof openImportFiles>;
