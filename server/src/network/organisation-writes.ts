import { cypher } from '../db/cypher.js';
import type { Database, Transaction } from '../db/database.js';
import {
  type FieldIssue,
  InvalidTransitionError,
  NotFoundError,
  ValidationFailedError,
} from '../errors.js';
import type { OrganisationKind } from './kinds.js';
import { identifierIssues, isSwv } from './organisation-rules.js';
import { newOrganisationId } from './organisation-store.js';

export interface CreateOrganisation {
  name: string;
  kind: OrganisationKind;
  brin?: string | null | undefined;
  kvk?: string | null | undefined;
  swvCode?: string | null | undefined;
  municipalityCodes: readonly string[];
  offers?: readonly string[] | null | undefined;
  samenwerkingsverbandId?: string | null | undefined;
}

export type UpdateOrganisation = Partial<Omit<CreateOrganisation, 'kind'>>;

type References = {
  missingMunicipalities: string[];
  missingNeeds: string[];
  swvKind: OrganisationKind | null;
};

const referencesQuery = cypher<
  { municipalityCodes: readonly string[]; needs: readonly string[]; swvId: string | null },
  References
>('network/organisation-references');
const statusQuery = cypher<{ id: string }, { status: string; kind: OrganisationKind }>(
  'network/organisation-status',
);
const createQuery = cypher<
  {
    id: string;
    name: string;
    kind: OrganisationKind;
    source: string;
    identifiers: Record<string, string>;
    municipalityCodes: readonly string[];
    needs: readonly string[];
    swvId: string | null;
  },
  { id: string }
>('network/create-organisation');
const updateQuery = cypher<
  {
    id: string;
    changes: Record<string, string | null>;
    municipalityCodes: readonly string[] | null;
    needs: readonly string[] | null;
    setSwv: boolean;
    swvId: string | null;
  },
  { id: string }
>('network/update-organisation');
const archiveQuery = cypher<{ id: string }, { id: string }>('network/archive-organisation');

/** Unknown municipalities are NOT_FOUND; unknown needs or a non-SWV "samenwerkingsverband" are invalid input. */
async function checkReferences(
  tx: Transaction,
  input: { municipalityCodes?: readonly string[] | null; offers?: readonly string[] | null },
  swvId: string | null,
) {
  const [refs] = await tx.run(referencesQuery, {
    municipalityCodes: input.municipalityCodes ?? [],
    needs: input.offers ?? [],
    swvId,
  });
  const missing = refs?.missingMunicipalities[0];
  if (missing) throw new NotFoundError('Municipality', missing);
  const issues: FieldIssue[] = (refs?.missingNeeds ?? []).map((need) => ({
    field: 'offers',
    message: `unknown need ${need}`,
  }));
  if (swvId !== null && refs?.swvKind == null) throw new NotFoundError('Organisation', swvId);
  if (swvId !== null && refs?.swvKind && !isSwv(refs.swvKind)) {
    issues.push({ field: 'samenwerkingsverbandId', message: 'is not a samenwerkingsverband' });
  }
  if (issues.length > 0) throw new ValidationFailedError(issues);
}

function withoutEmpty(values: Record<string, string | null | undefined>) {
  return Object.fromEntries(
    Object.entries(values).filter((entry): entry is [string, string] => Boolean(entry[1])),
  );
}

/** Creates an organisation and its relations in one transaction: all of it, or nothing. */
export function createOrganisation(db: Database, input: CreateOrganisation, source: string) {
  const issues = identifierIssues(input.kind, input);
  if (issues.length > 0) throw new ValidationFailedError(issues);
  return db.writeTransaction(async (tx) => {
    const swvId = input.samenwerkingsverbandId ?? null;
    await checkReferences(tx, input, swvId);
    const id = newOrganisationId();
    await tx.run(createQuery, {
      id,
      name: input.name,
      kind: input.kind,
      source,
      identifiers: withoutEmpty({ brin: input.brin, kvk: input.kvk, swvCode: input.swvCode }),
      municipalityCodes: input.municipalityCodes,
      needs: input.offers ?? [],
      swvId,
    });
    return id;
  });
}

async function activeKind(tx: Transaction, id: string, attempted: string) {
  const [current] = await tx.run(statusQuery, { id });
  if (!current) throw new NotFoundError('Organisation', id);
  if (current.status !== 'ACTIVE') {
    throw new InvalidTransitionError('organisation', current.status.toLowerCase(), attempted);
  }
  return current.kind;
}

export function updateOrganisation(db: Database, id: string, input: UpdateOrganisation) {
  return db.writeTransaction(async (tx) => {
    const kind = await activeKind(tx, id, 'updated');
    const issues = identifierIssues(kind, input);
    if (issues.length > 0) throw new ValidationFailedError(issues);
    const setSwv = input.samenwerkingsverbandId !== undefined;
    const swvId = input.samenwerkingsverbandId ?? null;
    await checkReferences(tx, input, swvId);
    const changes: Record<string, string | null> = {};
    for (const key of ['name', 'brin', 'kvk', 'swvCode'] as const) {
      if (input[key] !== undefined) changes[key] = input[key] || null;
    }
    await tx.run(updateQuery, {
      id,
      changes,
      municipalityCodes: input.municipalityCodes ?? null,
      needs: input.offers ?? null,
      setSwv,
      swvId,
    });
    return id;
  });
}

export function archiveOrganisation(db: Database, id: string) {
  return db.writeTransaction(async (tx) => {
    await activeKind(tx, id, 'archived');
    await tx.run(archiveQuery, { id });
    return id;
  });
}
