import { useId } from 'react';
import type { RegionSummary } from '../api/operations/regions';
import { ui } from '../i18n/nl';

interface RegionPickerProps {
  readonly regions: readonly RegionSummary[];
  readonly value: string;
  readonly onChange: (code: string) => void;
}

export function RegionPicker({ regions, value, onChange }: RegionPickerProps) {
  const id = useId();
  return (
    <div className="field">
      <label className="field__label" htmlFor={id}>
        {ui.regionPicker.label}
      </label>
      <select
        id={id}
        className="field__control"
        value={value}
        onChange={(event) => onChange(event.target.value)}
        data-testid="region-picker"
      >
        {regions.map((region) => (
          <option key={region.code} value={region.code}>
            {ui.regionPicker.option(region.name, region.code)}
          </option>
        ))}
      </select>
    </div>
  );
}
