import { useSyncExternalStore } from 'react';

// The app's state that belongs in a link (view, region, municipality, focus) lives in the URL.
// Every change goes through `navigate`, which tells the hooks below with one custom event.
const URL_CHANGED = 'rizoom:url';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange);
  window.addEventListener(URL_CHANGED, onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
    window.removeEventListener(URL_CHANGED, onChange);
  };
}

export function navigate(url: URL, mode: 'push' | 'replace' = 'push'): void {
  if (url.href === window.location.href) return;
  if (mode === 'push') window.history.pushState(null, '', url);
  else window.history.replaceState(null, '', url);
  window.dispatchEvent(new Event(URL_CHANGED));
}

/** Sets (or, with null, removes) query parameters, keeping the others. */
export function setSearchParams(
  changes: Readonly<Record<string, string | null>>,
  mode: 'push' | 'replace' = 'push',
): void {
  const url = new URL(window.location.href);
  for (const [name, value] of Object.entries(changes)) {
    if (value === null) url.searchParams.delete(name);
    else url.searchParams.set(name, value);
  }
  navigate(url, mode);
}

/** Goes to another view; the query (e.g. ?regio=MC19) comes along. */
export function goToPath(pathname: string): void {
  const url = new URL(window.location.href);
  url.pathname = pathname;
  navigate(url, 'push');
}

export function useSearchParam(name: string): string | null {
  return useSyncExternalStore(subscribe, () =>
    new URLSearchParams(window.location.search).get(name),
  );
}

export function usePathname(): string {
  return useSyncExternalStore(subscribe, () => window.location.pathname);
}
