import { useEffect } from 'react';

/** The tab's title, which screen readers announce when the page changes. */
export function useDocumentTitle(title: string): void {
  useEffect(() => {
    document.title = title;
  }, [title]);
}
