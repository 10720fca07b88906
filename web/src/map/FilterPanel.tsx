import { useId } from 'react';
import { ORGANISATION_KINDS, PROFESSIONAL_ROLES, TIE_KINDS } from '../api/schema';
import { activeFilterCount, type MapFilters } from '../domain/filters';
import type { Freshness } from '../domain/freshness';
import { useTexts } from '../i18n/language';
import { CheckboxGroup } from './CheckboxGroup';
import './FilterPanel.css';

interface FilterPanelProps {
  readonly filters: MapFilters;
  readonly onChange: (filters: MapFilters) => void;
  readonly onReset: () => void;
  /** Professionals are on the map (a focus): the role filter applies. */
  readonly professionalsShown: boolean;
}

const FRESHNESS: readonly Freshness[] = ['all', 'fresh', 'stale'];

/** The map's filters in a disclosure: kinds, roles, tie kinds, freshness on a reference date. */
export function FilterPanel({ filters, onChange, onReset, professionalsShown }: FilterPanelProps) {
  const { ui, organisationKindLabels, roleLabels, tieKindLabels } = useTexts();
  const asOfId = useId();
  const active = activeFilterCount(filters);
  const freshnessLabel: Record<Freshness, string> = {
    all: ui.filters.freshnessAll,
    fresh: ui.filters.freshnessFresh,
    stale: ui.filters.freshnessStale,
  };
  return (
    <details className="filter-panel" data-testid="filter-panel">
      <summary>
        {ui.filters.heading}{' '}
        {active > 0 && <span className="muted">{ui.filters.active(active)}</span>}
      </summary>
      <div className="filter-panel__body">
        <CheckboxGroup
          legend={ui.filters.organisationKinds}
          options={ORGANISATION_KINDS}
          labels={organisationKindLabels}
          selected={filters.organisationKinds}
          onChange={(organisationKinds) => onChange({ ...filters, organisationKinds })}
          testId="filter-organisation-kinds"
        />
        <CheckboxGroup
          legend={ui.filters.roles}
          hint={professionalsShown ? undefined : ui.filters.rolesHint}
          options={PROFESSIONAL_ROLES}
          labels={roleLabels}
          selected={filters.roles}
          onChange={(roles) => onChange({ ...filters, roles })}
          testId="filter-roles"
        />
        <CheckboxGroup
          legend={ui.filters.tieKinds}
          options={TIE_KINDS}
          labels={tieKindLabels}
          selected={filters.tieKinds}
          onChange={(tieKinds) => onChange({ ...filters, tieKinds })}
          testId="filter-tie-kinds"
        />
        <fieldset className="filter-panel__group" data-testid="filter-freshness">
          <legend>{ui.filters.freshness}</legend>
          {FRESHNESS.map((value) => (
            <label key={value} className="filter-panel__option">
              <input
                type="radio"
                name={`${asOfId}-freshness`}
                value={value}
                checked={filters.freshness === value}
                onChange={() => onChange({ ...filters, freshness: value })}
              />
              {freshnessLabel[value]}
            </label>
          ))}
          <label className="filter-panel__date" htmlFor={asOfId}>
            {ui.filters.asOf}
          </label>
          <input
            id={asOfId}
            type="date"
            className="field__control"
            value={filters.asOf}
            required
            onChange={(event) => {
              if (event.target.value) onChange({ ...filters, asOf: event.target.value });
            }}
            data-testid="filter-as-of"
          />
        </fieldset>
        <button type="button" className="button button--quiet" onClick={onReset}>
          {ui.filters.reset}
        </button>
      </div>
    </details>
  );
}
