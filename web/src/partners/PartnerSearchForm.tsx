import { type FormEvent, useId, useRef, useState } from 'react';
import { MUNICIPALITIES_QUERY } from '../api/operations/municipalities';
import type { Need } from '../api/operations/partners';
import type { RegionSummary } from '../api/operations/regions';
import { ErrorMessage } from '../components/ErrorMessage';
import { useQuery } from '../hooks/useQuery';
import { sortByName } from '../i18n/compare';
import { useTexts } from '../i18n/language';
import { NeedPicker } from './NeedPicker';
import type { PartnerRequest } from './request';

interface PartnerSearchFormProps {
  readonly regions: readonly RegionSummary[];
  readonly regionCode: string;
  readonly onRegion: (code: string) => void;
  /** The search now shown, which the form starts from. */
  readonly request: PartnerRequest | null;
  readonly onSubmit: (request: PartnerRequest) => void;
}

interface FormErrors {
  readonly needs: string | null;
  readonly municipality: string | null;
}

/** Needs, and a municipality picked within an RMC region; checked before anything is sent. */
export function PartnerSearchForm(props: PartnerSearchFormProps) {
  const { ui } = useTexts();
  const ids = { region: useId(), municipality: useId(), needsError: useId(), error: useId() };
  const [needs, setNeeds] = useState<ReadonlySet<Need>>(() => new Set(props.request?.needs));
  const [code, setCode] = useState(props.request?.municipalityCode ?? '');
  const [errors, setErrors] = useState<FormErrors>({ needs: null, municipality: null });
  const municipalitySelect = useRef<HTMLSelectElement>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const municipalities = useQuery(MUNICIPALITIES_QUERY, { code: props.regionCode });
  const options =
    municipalities.status === 'success'
      ? sortByName(municipalities.data.region?.municipalities ?? [])
      : [];
  const known = options.some((municipality) => municipality.code === code);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const next: FormErrors = {
      needs: needs.size === 0 ? ui.partners.missingNeeds : null,
      municipality: known ? null : ui.partners.missingMunicipality,
    };
    setErrors(next);
    if (next.needs) {
      formRef.current?.querySelector<HTMLInputElement>('.need-picker input')?.focus();
      return;
    }
    if (next.municipality) {
      municipalitySelect.current?.focus();
      return;
    }
    props.onSubmit({ needs: [...needs], municipalityCode: code });
  };

  return (
    <form
      ref={formRef}
      className="partner-form"
      onSubmit={submit}
      noValidate
      data-testid="partner-form"
    >
      <h2>{ui.partners.formHeading}</h2>
      <NeedPicker
        selected={needs}
        onChange={(next) => {
          setNeeds(next);
          if (next.size > 0) setErrors((previous) => ({ ...previous, needs: null }));
        }}
        error={errors.needs}
        errorId={ids.needsError}
      />
      <div className="partner-form__place">
        <div className="field">
          <label className="field__label" htmlFor={ids.region}>
            {ui.regionPicker.label}
          </label>
          <select
            id={ids.region}
            className="field__control"
            value={props.regionCode}
            onChange={(event) => {
              props.onRegion(event.target.value);
              setCode('');
            }}
            data-testid="partner-region"
          >
            {props.regions.map((region) => (
              <option key={region.code} value={region.code}>
                {ui.regionPicker.option(region.name, region.code)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label className="field__label" htmlFor={ids.municipality}>
            {ui.partners.municipality}
          </label>
          <select
            id={ids.municipality}
            ref={municipalitySelect}
            className="field__control"
            value={known ? code : ''}
            onChange={(event) => {
              setCode(event.target.value);
              if (event.target.value)
                setErrors((previous) => ({ ...previous, municipality: null }));
            }}
            aria-invalid={errors.municipality ? true : undefined}
            aria-describedby={errors.municipality ? ids.error : undefined}
            aria-busy={municipalities.status === 'loading'}
            data-testid="partner-municipality"
          >
            <option value="">
              {municipalities.status === 'loading'
                ? ui.partners.loadingMunicipalities
                : ui.partners.chooseMunicipality}
            </option>
            {options.map((municipality) => (
              <option key={municipality.code} value={municipality.code}>
                {municipality.name}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="button" data-testid="partner-submit">
          {ui.partners.submit}
        </button>
      </div>
      {errors.municipality && (
        <p id={ids.error} className="form-error" role="alert">
          {errors.municipality}
        </p>
      )}
      {municipalities.status === 'error' && (
        <ErrorMessage
          title={ui.partners.municipalitiesFailed}
          error={municipalities.error}
          onRetry={municipalities.retry}
        />
      )}
    </form>
  );
}
