import { useId } from 'react';
import type { MunicipalitySummary } from '../api/operations/municipalities';
import type { RegionSummary } from '../api/operations/regions';
import { sortByName } from '../i18n/compare';
import { useTexts } from '../i18n/language';

interface ScopePickerProps {
  readonly regions: readonly RegionSummary[];
  readonly regionCode: string;
  readonly onRegion: (code: string) => void;
  readonly municipalities: readonly MunicipalitySummary[];
  /** The municipality's global id, or null for the whole region. */
  readonly municipalityId: string | null;
  readonly onMunicipality: (id: string | null) => void;
}

/** Which part of the country the map shows: an RMC region, or one of its municipalities. */
export function ScopePicker(props: ScopePickerProps) {
  const { ui } = useTexts();
  const regionId = useId();
  const municipalityFieldId = useId();
  const municipalities = sortByName(props.municipalities);
  return (
    <div className="scope-picker">
      <div className="field">
        <label className="field__label" htmlFor={regionId}>
          {ui.regionPicker.label}
        </label>
        <select
          id={regionId}
          className="field__control"
          value={props.regionCode}
          onChange={(event) => props.onRegion(event.target.value)}
          data-testid="region-picker"
        >
          {props.regions.map((region) => (
            <option key={region.code} value={region.code}>
              {ui.regionPicker.option(region.name, region.code)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label className="field__label" htmlFor={municipalityFieldId}>
          {ui.regionPicker.municipality}
        </label>
        <select
          id={municipalityFieldId}
          className="field__control"
          value={props.municipalityId ?? ''}
          onChange={(event) => props.onMunicipality(event.target.value || null)}
          data-testid="municipality-picker"
        >
          <option value="">{ui.regionPicker.wholeRegion}</option>
          {municipalities.map((municipality) => (
            <option key={municipality.id} value={municipality.id}>
              {municipality.name}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}
