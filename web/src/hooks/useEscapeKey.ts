import { useEffect } from 'react';
import { useLatestRef } from './useLatestRef';

/** Calls `onEscape` when Escape is pressed anywhere on the page while the caller is mounted. */
export function useEscapeKey(onEscape: () => void): void {
  const latest = useLatestRef(onEscape);
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Escape' && !event.defaultPrevented) latest.current();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [latest]);
}
