import { describe, expect, it } from 'vitest';
import { categoryText, valueText } from './format';
import { SERIES_COLOURS, seriesColour } from './palette';

const row = { quarter: '2026-03-31', signals: 4 };
const props = {
  data: [row],
  xKey: 'quarter' as const,
  xLabel: 'Kwartaal',
  yKeys: [{ key: 'signals' as const, label: 'Signalen' }],
  title: 'Signalen per kwartaal',
};

describe('chart formatting', () => {
  it('shows a category as its text unless the chart formats it', () => {
    expect(categoryText(props, row)).toBe('2026-03-31');
    expect(
      categoryText({ ...props, formatX: (value) => `Q1 ${String(value).slice(0, 4)}` }, row),
    ).toBe('Q1 2026');
  });

  it('shows values as Dutch numbers, through the chart’s format, and no value as a dash', () => {
    expect(valueText(1234.567, undefined, 'nl-NL')).toBe('1.234,57');
    expect(valueText(0.25, (value) => `${value * 100}%`, 'nl-NL')).toBe('25%');
    expect(valueText(null, undefined, 'nl-NL')).toBe('–');
    expect(valueText(Number.NaN, undefined, 'nl-NL')).toBe('–');
  });

  it('repeats the colour-blind-safe series colours when there are more series', () => {
    expect(seriesColour(0)).toBe(SERIES_COLOURS[0]);
    expect(seriesColour(SERIES_COLOURS.length)).toBe(SERIES_COLOURS[0]);
    expect(new Set(SERIES_COLOURS).size).toBe(SERIES_COLOURS.length);
  });
});
