import { useId } from 'react';
import { useTexts } from '../i18n/language';

interface TablePagerProps {
  /** Zero-based. */
  readonly page: number;
  readonly pageSize: number;
  readonly total: number;
  readonly onPage: (page: number) => void;
}

/**
 * Previous / next and a page picker under a long table, with the rows shown out of how many:
 * every row stays reachable by keyboard while the page renders only one page of them.
 */
export function TablePager({ page, pageSize, total, onPage }: TablePagerProps) {
  const texts = useTexts().ui.pager;
  const pickerId = useId();
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  const first = total === 0 ? 0 : page * pageSize + 1;
  const last = Math.min(total, (page + 1) * pageSize);
  return (
    <nav className="table-pager" aria-label={texts.label} data-testid="table-pager">
      <button type="button" onClick={() => onPage(page - 1)} disabled={page === 0}>
        {texts.previous}
      </button>
      <label htmlFor={pickerId}>{texts.page}</label>
      <select
        id={pickerId}
        value={page}
        onChange={(event) => onPage(Number(event.target.value))}
        data-testid="table-pager-page"
      >
        {Array.from({ length: pageCount }, (_, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: the page number is the identity
          <option key={index} value={index}>
            {index + 1}
          </option>
        ))}
      </select>
      <button type="button" onClick={() => onPage(page + 1)} disabled={page >= pageCount - 1}>
        {texts.next}
      </button>
      <span className="muted" aria-live="polite" data-testid="table-pager-range">
        {texts.range(first, last, total)}
      </span>
    </nav>
  );
}
