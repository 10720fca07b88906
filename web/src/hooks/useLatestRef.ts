import { type RefObject, useLayoutEffect, useRef } from 'react';

/** A ref that always holds the latest value, for event handlers registered once (e.g. on cy). */
export function useLatestRef<T>(value: T): RefObject<T> {
  const ref = useRef(value);
  useLayoutEffect(() => {
    ref.current = value;
  });
  return ref;
}
