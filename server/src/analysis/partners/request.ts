import { NotFoundError, ValidationFailedError } from '../../errors.js';
import type { Context } from '../../schema/context.js';
import type { Need } from '../../vocabulary/needs.js';
import { requestFacts } from './store.js';

export interface RequestArgs {
  needs?: readonly Need[] | null;
  municipalityCode?: string | null;
  /** Raw ids: the scope check has already allowed the case (`caseReader`). */
  caseId?: string | null;
  askerId?: string | null;
}

/**
 * What a partner or peer request is about, with the case filling in what was not given: the
 * municipality (must exist), the needs, the asker (default: the viewer's professional; must
 * exist) and their organisation. Reading the case's facts is audited as a read of the case.
 */
export async function resolveRequest(context: Context, args: RequestArgs) {
  const askerId = args.askerId ?? context.viewer?.professionalId ?? null;
  const facts = await requestFacts(context.db, {
    municipalityCode: args.municipalityCode ?? null,
    askerId,
    caseId: args.caseId ?? null,
  });
  if (args.caseId) {
    if (!facts.case) throw new NotFoundError('Case', args.caseId);
    context.audit.readCases([args.caseId]);
  }
  if (args.municipalityCode && !facts.municipalityCode) {
    throw new NotFoundError('Municipality', args.municipalityCode);
  }
  if (askerId && !facts.asker) throw new NotFoundError('Professional', askerId);
  return {
    municipalityCode: args.municipalityCode ?? facts.case?.municipalityCode ?? null,
    needs: [...new Set(args.needs?.length ? args.needs : (facts.case?.needs ?? []))],
    caseKind: facts.case?.kind ?? null,
    asker: facts.asker,
  };
}

export type ResolvedRequest = Awaited<ReturnType<typeof resolveRequest>>;

/** Fails with VALIDATION_FAILED naming the field when neither the arguments nor the case gave it. */
export function required<T>(value: T | null | undefined, field: string, what: string): T {
  if (value === null || value === undefined || (Array.isArray(value) && value.length === 0)) {
    throw new ValidationFailedError([{ field, message: `give ${what}, or a case that has it` }]);
  }
  return value;
}
