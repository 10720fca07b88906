import { type ReactNode, useId, useState } from 'react';
import { useTexts } from '../i18n/language';
import './charts.css';

interface ChartFrameProps {
  readonly title: string;
  readonly description?: string;
  readonly testId?: string;
  /** The drawing. */
  readonly chart: ReactNode;
  /** The same figures as a table, shown instead when the user asks. */
  readonly table: ReactNode;
  /** Extra lines under the caption (a legend note, a measure picker). */
  readonly children?: ReactNode;
}

/** A captioned chart with a "Toon als tabel" switch to its table alternative. */
export function ChartFrame(props: ChartFrameProps) {
  const { ui } = useTexts();
  const [asTable, setAsTable] = useState(false);
  const captionId = useId();
  const bodyId = useId();
  return (
    <figure
      className="chart"
      aria-labelledby={captionId}
      data-testid={props.testId}
      data-mode={asTable ? 'table' : 'chart'}
    >
      <div className="chart__header">
        <figcaption id={captionId} className="chart__title">
          {props.title}
        </figcaption>
        <button
          type="button"
          className="button button--quiet button--small"
          aria-controls={bodyId}
          aria-pressed={asTable}
          onClick={() => setAsTable((shown) => !shown)}
          data-testid="chart-toggle"
        >
          {asTable ? ui.region.chart.showChart : ui.region.chart.showTable}
        </button>
      </div>
      {props.description && <p className="chart__description muted">{props.description}</p>}
      {props.children}
      <div id={bodyId} className="chart__body">
        {asTable ? props.table : props.chart}
      </div>
    </figure>
  );
}
