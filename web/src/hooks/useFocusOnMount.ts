import { type RefObject, useEffect } from 'react';

/** Moves focus to `target` once, when mounted and `when` holds (e.g. after a page change). */
export function useFocusOnMount(target: RefObject<HTMLElement | null>, when = true): void {
  // biome-ignore lint/correctness/useExhaustiveDependencies: only on mount, not when `when` changes.
  useEffect(() => {
    if (when) target.current?.focus();
  }, [target]);
}
