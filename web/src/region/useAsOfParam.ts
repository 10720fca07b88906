import { useCallback } from 'react';
import { setSearchParams, useSearchParam } from '../app/url';
import { todayUtc } from '../domain/freshness';
import { resolveAsOf } from './scope';

// The reference date lives in the URL (?peildatum=2025-06-30), so an overview can be shared.
const AS_OF_PARAM = 'peildatum';

/** The overview's reference date (default today, UTC) and a setter; today drops the parameter. */
export function useAsOfParam(): [string, (day: string) => void] {
  const today = todayUtc();
  const asOf = resolveAsOf(useSearchParam(AS_OF_PARAM), today);
  const select = useCallback(
    (day: string) => setSearchParams({ [AS_OF_PARAM]: day === today ? null : day }),
    [today],
  );
  return [asOf, select];
}
