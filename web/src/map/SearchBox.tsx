import { type KeyboardEvent, useEffect, useId, useState } from 'react';
import { SEARCH_QUERY } from '../api/operations/search';
import { useQuery } from '../hooks/useQuery';
import { useTexts } from '../i18n/language';
import { type Suggestion, suggestionsOf } from './suggestions';
import './SearchBox.css';

interface SearchBoxProps {
  readonly onPick: (suggestion: Suggestion) => void;
}

const DEBOUNCE_MS = 250;

/** A combobox (WAI-ARIA pattern): suggestions as one types, arrows to move, Enter to pick. */
export function SearchBox({ onPick }: SearchBoxProps) {
  const { ui, organisationKindLabels, roleLabels } = useTexts();
  const id = useId();
  const [text, setText] = useState('');
  const [debounced, setDebounced] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  useEffect(() => {
    const timer = window.setTimeout(() => setDebounced(text.trim()), DEBOUNCE_MS);
    return () => window.clearTimeout(timer);
  }, [text]);
  const query = useQuery(
    SEARCH_QUERY,
    debounced.length >= 2 ? { search: debounced, first: 6 } : null,
  );
  const suggestions = query.status === 'success' ? suggestionsOf(query.data) : [];
  const showList = open && text.trim().length >= 2;

  const pick = (suggestion: Suggestion) => {
    setText(suggestion.name);
    setOpen(false);
    onPick(suggestion);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      setOpen(true);
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((index) => (index + step + suggestions.length) % Math.max(suggestions.length, 1));
    } else if (event.key === 'Enter' && showList) {
      event.preventDefault();
      const chosen = suggestions[active];
      if (chosen) pick(chosen);
    } else if (event.key === 'Escape' && open) {
      event.preventDefault(); // handled here: no panel behind it closes as well
      setOpen(false);
    }
  };

  const status =
    text.trim().length < 2
      ? ''
      : query.status === 'loading' || debounced !== text.trim()
        ? ui.search.searching
        : query.status === 'error'
          ? ui.search.failed
          : suggestions.length === 0
            ? ui.search.noResults(text.trim())
            : ui.search.results(suggestions.length);
  return (
    <div className="search-box" data-testid="search-box">
      <label className="field__label" htmlFor={`${id}-input`}>
        {ui.search.label}
      </label>
      <input
        id={`${id}-input`}
        className="field__control search-box__input"
        type="search"
        role="combobox"
        autoComplete="off"
        aria-expanded={showList && suggestions.length > 0}
        aria-controls={`${id}-list`}
        aria-autocomplete="list"
        aria-activedescendant={showList && suggestions[active] ? `${id}-${active}` : undefined}
        aria-describedby={`${id}-status`}
        placeholder={ui.search.placeholder}
        value={text}
        onChange={(event) => {
          setText(event.target.value);
          setActive(0);
          setOpen(true);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => window.setTimeout(() => setOpen(false), 150)}
        onFocus={() => setOpen(true)}
        data-testid="search-input"
      />
      {showList && suggestions.length > 0 && (
        <div
          id={`${id}-list`}
          role="listbox"
          className="search-box__list"
          data-testid="search-suggestions"
        >
          {suggestions.map((suggestion, index) => (
            <div
              key={suggestion.id}
              tabIndex={-1}
              id={`${id}-${index}`}
              role="option"
              aria-selected={index === active}
              className="search-box__option"
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => pick(suggestion)}
              onKeyDown={(event) => {
                if (event.key === 'Enter') pick(suggestion);
              }}
              data-suggestion-type={suggestion.type}
            >
              <span className="search-box__name">{suggestion.name}</span>
              <span className="muted">
                {suggestion.type === 'Organisation'
                  ? organisationKindLabels[suggestion.kind]
                  : `${roleLabels[suggestion.role]}${suggestion.organisation ? ` · ${suggestion.organisation}` : ''}`}
              </span>
            </div>
          ))}
        </div>
      )}
      <p
        id={`${id}-status`}
        className="search-box__status muted"
        role="status"
        data-testid="search-status"
      >
        {showList || query.status === 'error' ? status : ''}
      </p>
    </div>
  );
}
