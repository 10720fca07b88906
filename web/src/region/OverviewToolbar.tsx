import { useId } from 'react';
import { todayUtc } from '../domain/freshness';
import { useTexts } from '../i18n/language';
import type { OverviewScope } from './scope';

interface OverviewToolbarProps {
  readonly scopes: readonly OverviewScope[];
  readonly scope: OverviewScope;
  readonly onScope: (code: string) => void;
  readonly asOf: string;
  readonly onAsOf: (day: string) => void;
}

/** Which region (or, for Ingrado, the country) and which day the overview shows. */
export function OverviewToolbar(props: OverviewToolbarProps) {
  const { ui } = useTexts();
  const scopeId = useId();
  const asOfId = useId();
  const hintId = useId();
  const today = todayUtc();
  return (
    <div className="map-toolbar region-toolbar">
      <div className="field">
        <label className="field__label" htmlFor={scopeId}>
          {ui.region.scopeLabel}
        </label>
        <select
          id={scopeId}
          className="field__control"
          value={props.scope.code}
          onChange={(event) => props.onScope(event.target.value)}
          data-testid="region-picker"
        >
          {props.scopes.map((option) => (
            <option key={option.code} value={option.code}>
              {option.regionCode ? ui.regionPicker.option(option.name, option.code) : option.name}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label className="field__label" htmlFor={asOfId}>
          {ui.region.asOf}
        </label>
        <input
          id={asOfId}
          className="field__control"
          type="date"
          max={today}
          value={props.asOf}
          aria-describedby={hintId}
          // An emptied or half-typed date keeps the last full one.
          onChange={(event) => event.target.value && props.onAsOf(event.target.value)}
          data-testid="as-of"
        />
        <span id={hintId} className="visually-hidden">
          {ui.region.asOfHint}
        </span>
      </div>
      {props.asOf !== today && (
        <button
          type="button"
          className="button button--quiet"
          onClick={() => props.onAsOf(today)}
          data-testid="as-of-today"
        >
          {ui.region.asOfToday}
        </button>
      )}
    </div>
  );
}
