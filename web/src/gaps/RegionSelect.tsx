import { useId } from 'react';
import { useTexts } from '../i18n/language';
import type { RegionChoice } from './RegionView';

/** The RMC region an analysis view shows. */
export function RegionSelect({ regions, region, onRegion }: RegionChoice) {
  const { ui } = useTexts();
  const id = useId();
  return (
    <div className="field">
      <label className="field__label" htmlFor={id}>
        {ui.regionPicker.label}
      </label>
      <select
        id={id}
        className="field__control"
        value={region.code}
        onChange={(event) => onRegion(event.target.value)}
        data-testid="region-picker"
      >
        {regions.map((option) => (
          <option key={option.code} value={option.code}>
            {ui.regionPicker.option(option.name, option.code)}
          </option>
        ))}
      </select>
    </div>
  );
}
