import { NEEDS, type Need } from '../api/operations/partners';
import { useTexts } from '../i18n/language';

interface NeedPickerProps {
  readonly selected: ReadonlySet<Need>;
  readonly onChange: (selected: ReadonlySet<Need>) => void;
  /** The message when nothing is chosen on submit; null while fine. */
  readonly error: string | null;
  readonly errorId: string;
}

/** The needs as checkboxes: several can be chosen, each reachable with Tab and Space. */
export function NeedPicker({ selected, onChange, error, errorId }: NeedPickerProps) {
  const { ui, needLabels } = useTexts();
  const toggle = (need: Need) => {
    const next = new Set(selected);
    if (next.has(need)) next.delete(need);
    else next.add(need);
    onChange(next);
  };
  return (
    <fieldset
      className="need-picker"
      data-testid="partner-needs"
      aria-describedby={error ? errorId : undefined}
      aria-invalid={error ? true : undefined}
    >
      <legend>
        {ui.partners.needs} <span className="muted">{ui.partners.needsHint}</span>
      </legend>
      <div className="need-picker__options">
        {NEEDS.map((need) => (
          <label key={need} className="need-picker__option">
            <input
              type="checkbox"
              value={need}
              checked={selected.has(need)}
              onChange={() => toggle(need)}
            />
            {needLabels[need]}
          </label>
        ))}
      </div>
      {error && (
        <p id={errorId} className="form-error" role="alert">
          {error}
        </p>
      )}
    </fieldset>
  );
}
