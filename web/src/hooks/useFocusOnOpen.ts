import { type RefObject, useLayoutEffect } from 'react';

/**
 * Moves focus to `target` when a panel opens, and back to whatever had focus before when it
 * closes, but only if focus was still inside the panel (a click on the map must not scroll
 * the page to a table row). A layout effect, so the panel is still in the DOM on cleanup.
 */
export function useFocusOnOpen(
  panel: RefObject<HTMLElement | null>,
  target: RefObject<HTMLElement | null>,
): void {
  useLayoutEffect(() => {
    const opener = document.activeElement;
    target.current?.focus();
    return () => {
      const focusInside = panel.current?.contains(document.activeElement) ?? false;
      if (focusInside && opener instanceof HTMLElement && opener.isConnected) opener.focus();
    };
  }, [panel, target]);
}
