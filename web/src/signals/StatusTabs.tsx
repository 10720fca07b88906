import { SIGNAL_STATUSES, type Signal, type SignalStatus } from '../api/operations/signals';
import { useTexts } from '../i18n/language';
import { countByStatus } from './signalList';

interface StatusTabsProps {
  readonly signals: readonly Signal[];
  readonly current: SignalStatus | null;
  readonly onChange: (status: SignalStatus | null) => void;
}

/** Which signals to list (open, on an agenda, closed, or all), with how many of each. */
export function StatusTabs({ signals, current, onChange }: StatusTabsProps) {
  const { ui } = useTexts();
  const texts = ui.signals.list;
  const counts = countByStatus(signals);
  const options: readonly (SignalStatus | null)[] = [null, ...SIGNAL_STATUSES];
  return (
    <fieldset className="status-tabs">
      <legend className="visually-hidden">{texts.filterLegend}</legend>
      {options.map((option) => (
        <button
          key={option ?? 'ALL'}
          type="button"
          className="button button--small button--quiet"
          aria-pressed={current === option}
          onClick={() => onChange(option)}
          data-testid={`status-tab-${option ?? 'ALL'}`}
        >
          {option === null
            ? texts.all(signals.length)
            : texts.withStatus(ui.signals.statuses[option], counts[option])}
        </button>
      ))}
    </fieldset>
  );
}
