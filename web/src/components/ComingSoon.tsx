import { VIEW_PATHS } from '../app/routes';
import { goToPath } from '../app/url';
import { useTexts } from '../i18n/language';

/** The views whose analyses are still being built say so, and point to the map. */
export function ComingSoon() {
  const { ui } = useTexts();
  return (
    <section className="coming-soon" data-testid="coming-soon">
      <p>{ui.placeholder.body}</p>
      <button type="button" className="button" onClick={() => goToPath(VIEW_PATHS.map)}>
        {ui.placeholder.toMap}
      </button>
    </section>
  );
}
