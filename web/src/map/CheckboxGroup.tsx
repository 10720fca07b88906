import { useTexts } from '../i18n/language';

interface CheckboxGroupProps<T extends string> {
  readonly legend: string;
  readonly hint?: string | undefined;
  readonly options: readonly T[];
  readonly labels: Readonly<Record<T, string>>;
  /** Empty: no filter, every box shows as ticked. */
  readonly selected: ReadonlySet<T>;
  readonly onChange: (selected: ReadonlySet<T>) => void;
  readonly testId: string;
}

/**
 * A filter over a vocabulary. Nothing selected means everything shows, so all boxes start
 * ticked; unticking one keeps the others.
 */
export function CheckboxGroup<T extends string>(props: CheckboxGroupProps<T>) {
  const { ui } = useTexts();
  const { options, selected, onChange } = props;
  const isOn = (option: T) => selected.size === 0 || selected.has(option);
  const toggle = (option: T) => {
    const next = new Set(selected.size === 0 ? options : selected);
    if (next.has(option)) next.delete(option);
    else next.add(option);
    onChange(next.size === options.length ? new Set() : next);
  };
  return (
    <fieldset className="filter-panel__group" data-testid={props.testId}>
      <legend>{props.legend}</legend>
      {props.hint && <p className="muted filter-panel__hint">{props.hint}</p>}
      <div className="filter-panel__quick">
        <button type="button" className="link-button" onClick={() => onChange(new Set())}>
          {ui.filters.all}
        </button>
        <button
          type="button"
          className="link-button"
          // An impossible value keeps the set non-empty: nothing of this vocabulary shows.
          onClick={() => onChange(new Set(['∅' as T]))}
        >
          {ui.filters.none}
        </button>
      </div>
      <div className="filter-panel__options">
        {options.map((option) => (
          <label key={option} className="filter-panel__option">
            <input
              type="checkbox"
              checked={isOn(option)}
              onChange={() => toggle(option)}
              value={option}
            />
            {props.labels[option]}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
