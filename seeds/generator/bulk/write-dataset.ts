import { needCodes } from '../../../server/src/vocabulary/needs.js';
import { readMunicipalities } from '../../reference/read.js';
import type { Dataset } from '../generate.js';
import { assertedByOf, emptyCounts } from '../load.js';
import type { CaseChunk, EntityName, NetworkRows } from '../types.js';
import { integer, list, temporal as t, text } from './csv-file.js';
import { type ImportFiles, openImportFiles } from './files.js';
import { IdSpace, NodeCounter } from './id-space.js';

export interface WriteOptions {
  /** Told after each entity of the network and each region's cases, like `loadDataset`. */
  onProgress?: (entity: EntityName, rows: number, estimatedTotal: number) => void;
}

/**
 * Writes a dataset as the CSV files of a bulk import into `dir`: the same nodes, relationships,
 * properties and types as `loadDataset` writes with Cypher, plus the municipalities and needs
 * as bare nodes keyed by code, which the geography and vocabulary loaders complete afterwards
 * (they MERGE on the code). Cases are written region by region as they are generated.
 */
export function writeImportFiles(dataset: Dataset, dir: string, options: WriteOptions = {}) {
  const files = openImportFiles(dir);
  const counts = emptyCounts();
  const networkRows = Object.values(dataset.network).reduce((sum, rows) => sum + rows.length, 0);
  let estimate = networkRows + dataset.estimatedCaseRows;
  const done = (entity: EntityName, rows: number) => {
    counts[entity] += rows;
    options.onProgress?.(entity, rows, estimate);
  };
  try {
    const ids = writeNetwork(files, dataset, done);
    let caseRows = 0;
    let population = 0;
    for (const chunk of dataset.caseChunks()) {
      writeCases(files, ids, chunk);
      caseRows += chunk.cases.length + chunk.involvements.length + chunk.handovers.length;
      population += dataset.regionPopulation.get(chunk.regionCode) ?? 0;
      estimate =
        networkRows + Math.round((caseRows / Math.max(1, population)) * dataset.totalPopulation);
      done('cases', chunk.cases.length);
      done('involvements', chunk.involvements.length);
      done('handovers', chunk.handovers.length);
    }
  } finally {
    files.close();
  }
  return {
    counts,
    rows: Object.values(counts).reduce((a, b) => a + b, 0),
    manifest: dataset.manifest(),
  };
}

type Done = (entity: EntityName, rows: number) => void;
type Ids = ReturnType<typeof writeNetwork>;

function writeNetwork(files: ImportFiles, dataset: Dataset, done: Done) {
  const { nodes, relationships: rel } = files;
  const net: NetworkRows = dataset.network;
  const source = text(dataset.preset.name);
  const counter = new NodeCounter();
  const space = (label: string) => new IdSpace(label, counter);
  const ids = {
    municipality: space('Municipality'),
    need: space('Need'),
    organisation: space('Organisation'),
    professional: space('Professional'),
    table: space('ConsultationTable'),
    subject: space('Subject'),
    counter,
  };
  for (const m of readMunicipalities())
    nodes.Municipality.line(`${ids.municipality.add(m.code)},${m.code}`);
  for (const code of needCodes) nodes.Need.line(`${ids.need.add(code)},${code}`);

  for (const o of net.organisations) {
    const n = ids.organisation.add(o.id);
    nodes.Organisation.line(
      `${n},${text(o.id)},${text(o.name)},${text(o.kind)},${text(o.brin)},${text(o.kvk)},${text(o.swvCode)},ACTIVE,${source},${o.createdAt},${o.createdAt}`,
    );
    // SERVES and OFFERS are MERGEd by the Cypher loader: one per distinct end.
    for (const code of new Set(o.municipalityCodes))
      rel.serves.line(`${n},${ids.municipality.of(code)}`);
    for (const need of new Set(o.offers)) rel.offers.line(`${n},${ids.need.of(need)}`);
  }
  for (const o of net.organisations) {
    if (o.swvId !== null) {
      rel.swvMember.line(`${ids.organisation.of(o.id)},${ids.organisation.of(o.swvId)}`);
    }
  }
  done('organisations', net.organisations.length);

  for (const p of net.professionals) {
    const n = ids.professional.add(p.id);
    nodes.Professional.line(
      `${n},${text(p.id)},${text(p.name)},${text(p.role)},${text(p.email)},ACTIVE,${source},${p.createdAt},${p.createdAt}`,
    );
    rel.worksAt.line(`${n},${ids.organisation.of(p.organisationId)},${t(p.from)}`);
    for (const need of p.expertise) rel.expertise.line(`${n},${ids.need.of(need)}`);
  }
  done('professionals', net.professionals.length);

  const assertedBy = text(assertedByOf(dataset.preset.name));
  for (const tie of net.ties) {
    const [file, space] =
      tie.type === 'Organisation'
        ? [rel.organisationTie, ids.organisation]
        : [rel.professionalTie, ids.professional];
    file.line(
      `${space.of(tie.fromId)},${space.of(tie.toId)},${text(tie.id)},${text(tie.kind)},${integer(tie.strength)},ACTIVE,${text(tie.activeKey)},${assertedBy},${tie.assertedAt},${source},${tie.lastConfirmedAt}`,
    );
  }
  done('ties', net.ties.length);

  for (const table of net.tables) {
    const n = ids.table.add(table.id);
    nodes.ConsultationTable.line(
      `${n},${text(table.id)},${text(table.name)},${text(table.kind)},ACTIVE,${source},${table.createdAt},${table.createdAt}`,
    );
    for (const code of new Set(table.municipalityCodes)) {
      rel.forMunicipality.line(`${n},${ids.municipality.of(code)}`);
    }
  }
  done('tables', net.tables.length);

  // A seat that exists is left as it is: one per member and table.
  const seated = new Set<string>();
  for (const seat of net.seats) {
    const key = `${seat.type}|${seat.memberId}|${seat.tableId}`;
    if (seated.has(key)) continue;
    seated.add(key);
    const [file, space] =
      seat.type === 'Organisation'
        ? [rel.organisationSeat, ids.organisation]
        : [rel.professionalSeat, ids.professional];
    file.line(`${space.of(seat.memberId)},${ids.table.of(seat.tableId)},${seat.since}`);
  }
  done('seats', net.seats.length);
  return ids;
}

function writeCases(files: ImportFiles, ids: Ids, chunk: CaseChunk) {
  const { nodes, relationships: rel } = files;
  // A region's involvements and handovers are of its own cases: their ids need keeping only
  // while the region is written (which keeps the writer's memory small).
  const cases = new IdSpace('Case', ids.counter);
  for (const c of chunk.cases) {
    const n = cases.add(c.id);
    nodes.Case.line(
      `${n},${text(c.id)},${text(c.kind)},${text(c.status)},${integer(c.age)},${list(c.riskIndicators)},${c.openedAt},${t(c.closedAt)},${c.retainUntil},${c.createdAt},${c.updatedAt}`,
    );
    const [subject, added] = ids.subject.upsert(c.subjectKey);
    if (added) nodes.Subject.line(`${subject},${text(c.subjectKey)}`);
    rel.concerns.line(`${n},${subject}`);
    rel.inMunicipality.line(`${n},${ids.municipality.of(c.municipalityCode)}`);
    for (const need of c.needs) rel.needs.line(`${n},${ids.need.of(need)}`);
    if (c.schoolId !== null) rel.atSchool.line(`${n},${ids.organisation.of(c.schoolId)}`);
    if (c.coordinatorId !== null) {
      rel.coordinates.line(`${ids.professional.of(c.coordinatorId)},${n},${t(c.coordinatorSince)}`);
    }
  }
  // An involvement that exists is left as it is: one per organisation and case.
  const involved = new Set<string>();
  for (const i of chunk.involvements) {
    const pair = `${ids.organisation.of(i.organisationId)},${cases.of(i.caseId)}`;
    if (involved.has(pair)) continue;
    involved.add(pair);
    rel.involvedIn.line(`${pair},${i.since},${text(i.role)}`);
  }
  for (const h of chunk.handovers) {
    const n = ids.counter.next++;
    nodes.Handover.line(
      `${n},${text(h.id)},${text(h.reason)},${text(h.legalBasis)},${h.warm},${text(h.status)},${text(h.declineReason)},${h.requestedAt},${t(h.acceptedAt)},${t(h.declinedAt)},${t(h.completedAt)}`,
    );
    rel.hasHandover.line(`${cases.of(h.caseId)},${n}`);
    rel.from.line(`${n},${ids.organisation.of(h.fromOrganisationId)}`);
    rel.to.line(`${n},${ids.organisation.of(h.toOrganisationId)}`);
    if (h.fromProfessionalId !== null) {
      rel.fromProfessional.line(`${n},${ids.professional.of(h.fromProfessionalId)}`);
    }
    if (h.toProfessionalId !== null) {
      rel.toProfessional.line(`${n},${ids.professional.of(h.toProfessionalId)}`);
    }
  }
}
