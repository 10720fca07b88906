import { useId } from 'react';
import { useTexts } from '../i18n/language';
import { MAX_DEPTH } from './mapScope';

interface FocusBarProps {
  readonly depth: number;
  readonly regionName: string;
  readonly onDepth: (depth: number) => void;
  readonly onBack: () => void;
}

/** While the map shows the steps around one node: how many steps, and the way back. */
export function FocusBar({ depth, regionName, onDepth, onBack }: FocusBarProps) {
  const { ui } = useTexts();
  const id = useId();
  return (
    <div className="focus-bar" data-testid="focus-bar">
      <div className="field">
        <label className="field__label" htmlFor={id}>
          {ui.map.depth}
        </label>
        <select
          id={id}
          className="field__control"
          value={depth}
          onChange={(event) => onDepth(Number(event.target.value))}
          data-testid="focus-depth"
        >
          {Array.from({ length: MAX_DEPTH }, (_, i) => i + 1).map((steps) => (
            <option key={steps} value={steps}>
              {steps}
            </option>
          ))}
        </select>
      </div>
      <button
        type="button"
        className="button button--quiet"
        onClick={onBack}
        data-testid="focus-back"
      >
        {ui.map.backToRegion(regionName)}
      </button>
    </div>
  );
}
