import { CASE_KINDS, type CaseKind, NEEDS, type Need } from '../api/operations/partners';

/** A submitted search; it lives in the URL, so a reload, a new sign-in or a link keeps it. */
export interface PartnerRequest {
  readonly needs: readonly Need[];
  readonly municipalityCode: string;
}

export const NEEDS_PARAM = 'behoeften';
export const MUNICIPALITY_PARAM = 'gemeentecode';
export const CASE_KIND_PARAM = 'soort';

const MUNICIPALITY_CODE = /^GM\d{4}$/;

/** The request in the URL's parameters, if they make one (unknown needs are dropped). */
export function requestFrom(needs: string | null, code: string | null): PartnerRequest | null {
  const known = (needs ?? '').split(',').filter((need): need is Need => isNeed(need));
  if (known.length === 0 || !code || !MUNICIPALITY_CODE.test(code)) return null;
  return { needs: known, municipalityCode: code };
}

export function requestParams(request: PartnerRequest): Record<string, string> {
  return {
    [NEEDS_PARAM]: request.needs.join(','),
    [MUNICIPALITY_PARAM]: request.municipalityCode,
  };
}

export function isNeed(value: string): value is Need {
  return (NEEDS as readonly string[]).includes(value);
}

/** The case kind for peers from the URL; thuiszitters by default, where advice is most sought. */
export function caseKindFrom(value: string | null): CaseKind {
  return (CASE_KINDS as readonly string[]).includes(value ?? '')
    ? (value as CaseKind)
    : 'THUISZITTER';
}
