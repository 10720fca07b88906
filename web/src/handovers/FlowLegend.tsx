import { useId } from 'react';
import { useTexts } from '../i18n/language';
import { DAY_BOUNDS, DAY_COLOURS, MIN_FLOW_WIDTH, NO_MEDIAN_COLOUR } from './flowGraph';

function Line(props: {
  readonly colour: string;
  readonly width: number;
  readonly dotted?: boolean;
}) {
  return (
    <svg className="swatch" viewBox="0 0 32 14" width="32" height="14" aria-hidden="true">
      <line
        x1={0}
        y1={7}
        x2={32}
        y2={7}
        stroke={props.colour}
        strokeWidth={props.width}
        strokeDasharray={props.dotted ? '2 2' : undefined}
      />
    </svg>
  );
}

/** What colour and width of a flow mean. */
export function FlowLegend() {
  const { ui } = useTexts();
  const headingId = useId();
  const labels = [
    ui.handovers.daysUnder(DAY_BOUNDS[0]),
    ...DAY_BOUNDS.slice(1).map((bound, index) =>
      ui.handovers.daysBetween(DAY_BOUNDS[index] ?? 0, bound),
    ),
    ui.handovers.daysAtLeast(DAY_BOUNDS[DAY_BOUNDS.length - 1] ?? 0),
  ];
  return (
    <section className="legend flow-legend" aria-labelledby={headingId} data-testid="flow-legend">
      <h3 id={headingId}>{ui.handovers.legendHeading}</h3>
      <div className="legend__columns">
        <div>
          <h4>{ui.handovers.legendColour}</h4>
          <ul className="legend__list legend__list--column">
            {labels.map((text, index) => (
              <li key={text}>
                <Line colour={DAY_COLOURS[index] ?? NO_MEDIAN_COLOUR} width={4} />
                {text}
              </li>
            ))}
            <li>
              <Line colour={NO_MEDIAN_COLOUR} width={3} dotted />
              {ui.handovers.noMedian}
            </li>
          </ul>
        </div>
        <div>
          <h4>{ui.handovers.legendWidth}</h4>
          <ul className="legend__list legend__list--column">
            <li>
              <Line colour="#4d4d4d" width={MIN_FLOW_WIDTH} />
              {ui.handovers.widthFew}
            </li>
            <li>
              <Line colour="#4d4d4d" width={8} />
              {ui.handovers.widthMany}
            </li>
          </ul>
        </div>
      </div>
    </section>
  );
}
