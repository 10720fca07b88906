import type { CaseCount } from '../../api/operations/gaps';
import { useTexts } from '../../i18n/language';

/**
 * Formats a rate, share or median the API may withhold: the value; “niet te tonen” when a
 * count behind it is hidden (small-count rule); “—” when there is none (e.g. nothing to divide).
 */
export function useRatioText(style: 'percent' | 'days' | 'growth' = 'percent') {
  const { ui } = useTexts();
  const texts = ui.signals.patterns;
  const format =
    style === 'percent'
      ? new Intl.NumberFormat(ui.locale, { style: 'percent', maximumFractionDigits: 0 })
      : new Intl.NumberFormat(ui.locale, { maximumFractionDigits: 1 });
  return (value: number | null, counts: readonly CaseCount[]) => {
    if (value !== null) {
      const number = format.format(value);
      return style === 'growth' ? texts.times(number) : number;
    }
    return counts.some((count) => count.value === null) ? texts.notShown : texts.none;
  };
}
